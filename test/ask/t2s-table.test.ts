// The compact Traditional→Simplified table agrees with opencc-js, character for character.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { toSimplified } from "../../graph/ask/normalize.js";
import { T2S_PAIRS } from "../../graph/ask/t2s-table.js";

async function openccPairs(): Promise<string> {
  // The package's exports do not expose its dictionaries, so import the file itself.
  const url = new URL("../../node_modules/opencc-js/dist/esm-lib/dict/TSCharacters.js", import.meta.url).href;
  const dict = (await import(/* @vite-ignore */ url)) as { default: string };
  const pairs: string[] = [];
  for (const entry of dict.default.split("|")) {
    const [t, s] = entry.split(" ");
    if (t?.length === 1 && s?.length === 1 && t !== s) pairs.push(t + s);
  }
  return pairs.join("");
}

describe("Traditional to Simplified", () => {
  it("is the BMP single-character part of OpenCC's TSCharacters", async () => {
    const expected = await openccPairs();
    if (process.env.QKG_WRITE_T2S === "1") {
      const path = fileURLToPath(new URL("../../graph/ask/t2s-table.ts", import.meta.url));
      const chunks = expected.match(/[\s\S]{1,120}/g) ?? [];
      const src = (await import("node:fs")).readFileSync(path, "utf8");
      writeFileSync(
        path,
        `${src.slice(0, src.indexOf("export const"))}export const T2S_PAIRS =\n  ${chunks.map((c) => JSON.stringify(c)).join(" +\n  ")};\n`,
      );
    }
    expect(T2S_PAIRS).toBe(expected);
  });

  it("converts the characters of award and company names", () => {
    expect(toSimplified("湖南省省長質量獎")).toBe("湖南省省长质量奖");
    expect(toSimplified("南京鋼鐵股份有限公司")).toBe("南京钢铁股份有限公司");
    expect(toSimplified("哪些企業獲得過")).toBe("哪些企业获得过");
  });
});

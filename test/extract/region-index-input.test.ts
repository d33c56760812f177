import { describe, expect, it } from "vitest";
import type { AwardFact, ObservationFact } from "../../graph/types.js";
import { extractDocument } from "../../ingest/extract/index.js";
import { prepareDocument } from "../../ingest/prepare.js";
import { type RegionEntry, RegionIndex } from "../../ingest/regions.js";
import { segment } from "../../ingest/segment.js";

// Issue 15: extractors read the region index their input was prepared with, not a module-global
// one. An invented country with one province and one city shows it: with the national index
// neither name resolves.
const entries: RegionEntry[] = [
  { name: "中国", level: "country", parent: null, short: "中国", province: "" },
  { name: "青岚省", level: "province", parent: "中国", short: "青岚", province: "青岚省" },
  { name: "云溪市", level: "city", parent: "青岚省", short: "云溪", province: "青岚省" },
];
const index = new RegionIndex(entries);

const TEXT = [
  "云溪市市场监管局关于质量工作情况的通报",
  "2024年，云溪星河电子有限公司荣获省长质量奖，云溪清泉食品有限公司荣获云溪市市长质量奖。",
  "2024年，全市新增质量标杆企业12家。",
].join("\n");

function run(regions: RegionIndex) {
  const doc = prepareDocument(
    { id: "inline.txt", path: "inline.txt", bytes: new TextEncoder().encode(TEXT), hash: "t" },
    { segment, regions },
  );
  return { doc, facts: extractDocument(doc).facts };
}

describe("extractors take the region index from their input", () => {
  it("resolves the document's region and its awards with the index the document was prepared with", () => {
    const { doc, facts } = run(index);
    expect(doc.regions).toBe(index);
    expect(doc.region).toBe("云溪市");
    const awards = facts.filter((f): f is AwardFact => f.kind === "award").map((f) => [f.recipient, f.award, f.level]);
    expect(awards).toEqual(
      expect.arrayContaining([
        ["云溪星河电子有限公司", "青岚省省长质量奖", "provincial"],
        ["云溪清泉食品有限公司", "云溪市市长质量奖", "municipal"],
      ]),
    );
    const obs = facts.filter((f): f is ObservationFact => f.kind === "observation");
    expect(obs.map((o) => o.region)).toEqual(["云溪市"]);
  });
});

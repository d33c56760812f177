import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readGraphFile } from "../../ingest/graph-file.js";
import { decodeBytes } from "../../ingest/read/decode.js";
import { sniffFormat } from "../../ingest/read/magic.js";
import { runCli } from "../run-cli.js";

// Our own sentences. The Traditional one is what a notice from Taiwan or Hong Kong is written in (Big5).
const SIMPLIFIED =
  "关于公布2021年度示范区区长质量奖获奖名单的通知\n经评审委员会审议，决定授予示范区精工机械股份有限公司本年度区长质量奖。\n";
const TRADITIONAL =
  "關於公布二〇二一年度示範區區長品質獎獲獎名單的通知\n經評審委員會審議，決定授予示範區精工機械股份有限公司本年度區長品質獎。\n";
const bom = (b: number[], body: Buffer) => Buffer.concat([Buffer.from(b), body]);

describe("decoding the encodings notices come in", async () => {
  const cases: Array<[string, Buffer, string, string]> = [
    ["UTF-8", Buffer.from(SIMPLIFIED, "utf8"), SIMPLIFIED, "utf-8"],
    ["UTF-8 with BOM", bom([0xef, 0xbb, 0xbf], Buffer.from(SIMPLIFIED, "utf8")), SIMPLIFIED, "utf-8"],
    ["UTF-16LE with BOM", bom([0xff, 0xfe], iconv.encode(SIMPLIFIED, "utf16le")), SIMPLIFIED, "utf-16le"],
    ["UTF-16BE with BOM", bom([0xfe, 0xff], iconv.encode(SIMPLIFIED, "utf16be")), SIMPLIFIED, "utf-16be"],
    ["GBK", iconv.encode(SIMPLIFIED, "gbk"), SIMPLIFIED, "gb18030"],
    // 𠀾 (outside the BMP) needs a 4-byte GB18030 sequence that TextDecoder('gbk') mangles.
    ["GB18030", iconv.encode(`${SIMPLIFIED}𠀾字测试。\n`, "gb18030"), `${SIMPLIFIED}𠀾字测试。\n`, "gb18030"],
    ["Big5", iconv.encode(TRADITIONAL, "big5"), TRADITIONAL, "big5"],
  ];
  for (const [name, bytes, text, encoding] of cases) {
    it(`reads ${name}`, async () => {
      const d = decodeBytes(bytes);
      expect(d.text.replace(/^\uFEFF/, "")).toBe(text);
      expect(d.encoding).toBe(encoding);
      expect(d.uncertain).toBeUndefined();
    });
  }

  it("says when the encoding is a guess", async () => {
    // Four characters are too few for the detector to be sure.
    const d = decodeBytes(iconv.encode("品質獎項", "big5"));
    expect(d.uncertain).toMatch(/encoding uncertain: read as (GB18030|Big5) \(detector confidence \d+\/100/);
  });

  it("refuses text that is plainly another script rather than misreading it", async () => {
    expect(() => decodeBytes(iconv.encode("品質賞の受賞企業を発表しました。審査委員会の審議を経て決定しました。", "shift_jis"))).toThrow(
      /looks like Shift_JIS/,
    );
  });

  it("recognises formats by their first bytes", async () => {
    expect(sniffFormat(Buffer.from("%PDF-1.7\n%âãÏÓ\n"))).toEqual({ format: "pdf" });
    expect(sniffFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toEqual({ format: "doc" });
    expect(sniffFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ format: "binary", what: "a JPEG image" });
    expect(sniffFormat(Buffer.from(SIMPLIFIED))).toEqual({ format: "text" });
  });
});

describe("ingesting legacy encodings", async () => {
  const dir = mkdtempSync(join(tmpdir(), "qkg-enc-"));
  writeFileSync(join(dir, "big5.txt"), iconv.encode(TRADITIONAL, "big5"));
  writeFileSync(join(dir, "gbk.txt"), iconv.encode(SIMPLIFIED, "gbk"));
  writeFileSync(join(dir, "short.txt"), iconv.encode("品質獎項", "big5"));
  const graph = join(dir, "g.json");
  const r = runCli(["ingest", dir, "--graph", graph]);
  const docs = async () => (await readGraphFile(graph)).documents;

  it("decodes a Big5 file as Big5, not as GB18030 garbage", async () => {
    expect(r.status).toBe(0);
    const big5 = (await docs()).find((d) => d.id === "big5.txt")!;
    expect(big5.encoding).toBe("big5");
    expect(big5.text).toContain("區長品質獎");
    expect((await docs()).find((d) => d.id === "gbk.txt")!.text).toContain("区长质量奖");
  });

  it("warns, naming the file and the guess, when the encoding is uncertain", async () => {
    expect(r.stderr).toMatch(/warning short\.txt: encoding uncertain: read as (GB18030|Big5)/);
    const kept = (await readGraphFile(graph)).warnings.find((w) => w.doc === "short.txt");
    expect(kept?.code).toBe("encoding_uncertain");
  });
});

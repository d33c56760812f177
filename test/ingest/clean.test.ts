import { describe, expect, it } from "vitest";
import { cleanDocument } from "../../ingest/read/clean.js";
import { decodeBytes } from "../../ingest/read/decode.js";
import { normalizeForExtraction } from "../../ingest/text/normalize.js";
import { splitSentences } from "../../ingest/text/sentences.js";

describe("cleaning a document", () => {
  it("takes title and date from Jekyll front matter and keeps it out of the text", () => {
    const raw = '---\nlayout: post\ntitle: "示例标题"\ndate: 2022-03-28 08:04:31 +0800\n---\n正文第一段。\n';
    expect(cleanDocument(raw, "a.txt")).toEqual({ text: "正文第一段。", title: "示例标题", date: "2022-03-28" });
  });

  it("turns HTML paragraphs into lines and decodes entities", () => {
    const raw = "<p>甲公司&nbsp;获奖&amp;表彰</p> <p>乙公司</p><br/><table><tr><td>丙</td><td>丁</td></tr></table>";
    expect(cleanDocument(raw, "a.html").text).toBe("甲公司 获奖&表彰\n\n乙公司\n\n丙 丁");
  });

  it("uses a short first line as the title and a closing date line as the date", () => {
    const raw = "某市质量强市工作的决定\n\n正文。\n\n某市人民政府\n2019年5月8日\n";
    const c = cleanDocument(raw, "a.txt");
    expect(c.title).toBe("某市质量强市工作的决定");
    expect(c.date).toBe("2019-05-08");
  });
});

describe("decoding bytes", () => {
  it("reads UTF-8 with a BOM and UTF-16 with a BOM", () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("质量")])).text).toBe("质量");
    const le = new Uint8Array([0xff, 0xfe, 0x28, 0x8d, 0xcf, 0x91]);
    expect(decodeBytes(le)).toEqual({ text: "质量", encoding: "utf-16le" });
  });
});

describe("normalising for extraction", () => {
  it("folds full-width forms and simplifies Traditional characters without moving offsets", () => {
    const t = "南京鋼鐵股份有限公司（２０２１年）榮獲市長質量獎";
    const n = normalizeForExtraction(t);
    expect(n).toBe("南京钢铁股份有限公司(2021年)荣获市长质量奖");
    expect(n.length).toBe(t.length);
  });
});

describe("splitting sentences", () => {
  it("cuts after sentence-final punctuation and keeps offsets into the text", () => {
    const text = "第一句。第二句！“第三句？”\n第四句";
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(["第一句。", "第二句！", "“第三句？”", "第四句"]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});

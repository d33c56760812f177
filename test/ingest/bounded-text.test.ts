import { describe, expect, it } from "vitest";
import { finalizeFacts } from "../../ingest/extract/finalize.js";
import { extractDocument } from "../../ingest/extract/index.js";
import { prepareDocument } from "../../ingest/prepare.js";
import { regionIndex } from "../../ingest/regions.js";
import { segment } from "../../ingest/segment.js";
import { MAX_PARAGRAPH, MAX_SENTENCE, splitParagraphs, splitSentences } from "../../ingest/text/sentences.js";
import { extractBounded, mergeSameFacts, pageAt, windowRanges } from "../../ingest/text/windows.js";
import { NOTICE } from "./make-files.js";

const prepare = (text: string) =>
  prepareDocument({ id: "t.txt", path: "t.txt", bytes: new TextEncoder().encode(text), hash: "" }, { segment, regions: regionIndex() });

describe("bounded sentences and paragraphs", () => {
  it("cuts a run with no 。 at clause marks, else at the length limit, keeping offsets", () => {
    const clauses = "全市规上工业企业新增主导制定标准若干项，".repeat(100);
    const bare = "质量强市建设稳步推进".repeat(300);
    const text = `${clauses}\n${bare}`;
    const sentences = splitSentences(text);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(sentences.filter((s) => s.end <= clauses.length).every((s) => s.text.endsWith("，"))).toBe(true);
    expect(sentences.map((s) => s.text).join("")).toBe(text.replace("\n", ""));
  });

  it("cuts a line longer than MAX_PARAGRAPH after sentence ends", () => {
    const text = "到2025年全市制造业产品质量合格率达到95%。".repeat(400);
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.length).toBeGreaterThan(1);
    for (const p of paragraphs) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_PARAGRAPH);
      expect(p.text.endsWith("。")).toBe(true);
    }
  });

  it("leaves ordinary text as it was", () => {
    const text = NOTICE.join("\n");
    expect(splitSentences(text).map((s) => s.text)).toEqual(NOTICE.flatMap((l) => l.split(/(?<=[。；])/)).filter(Boolean));
  });
});

describe("extraction in windows", () => {
  const text = Array.from({ length: 6 }, (_, i) => NOTICE.join("\n").replace(/2022/g, String(2010 + i))).join("\n\n");

  it("gives a short document exactly what whole-document extraction gives", () => {
    const doc = prepare(text);
    expect(extractBounded(doc, { segment })).toEqual(extractDocument(doc));
  });

  it("finds the facts of every window with offsets into the whole text", () => {
    const doc = prepare(text);
    const windowed = extractBounded({ ...doc, tokens: [] }, { segment, whole: 0, window: 300 });
    expect(windowRanges(doc.paragraphs, 300).length).toBeGreaterThanOrEqual(6);
    const years = new Set(windowed.facts.filter((f) => f.kind === "award").map((f) => (f.kind === "award" ? f.year : null)));
    expect([...years].sort()).toEqual([2010, 2011, 2012, 2013, 2014, 2015]);
    for (const f of windowed.facts) for (const e of f.evidence) expect(doc.record.text.slice(e.start, e.end)).toBe(e.text);
  });

  it("merges a fact restated in many windows as finalizeFacts would, in one pass", () => {
    const facts = extractDocument(prepare(text)).facts;
    const restated = [0, 0, 100, 200].flatMap((shift) =>
      facts.map((f) => ({ ...f, evidence: f.evidence.map((e) => ({ ...e, start: e.start + shift, end: e.end + shift })) })),
    );
    const merged = mergeSameFacts(restated);
    expect(merged.length).toBeLessThan(restated.length);
    expect(finalizeFacts(merged)).toEqual(finalizeFacts(restated));
  });

  it("names the page an offset is on", () => {
    expect([0, 5, 9, 10, 25].map((o) => pageAt([0, 10, 10, 20], o))).toEqual([1, 1, 1, 3, 4]);
  });
});

// Segmenting a document whole (one nodejieba call) gives exactly the words of its paragraphs
// segmented one by one, on every seed and dev document and on texts written for the edge cases;
// and the compact form sent to extraction threads comes back as the same tokens.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Token } from "../../ingest/extract/prepared-document.js";
import { fromThreadForm, segmentForThread, transferables } from "../../ingest/pool/segmented-document.js";
import { prepareSplit, type SplitDocument, splitDocument } from "../../ingest/prepare.js";
import { regionIndex } from "../../ingest/regions.js";
import { segment, tagWords } from "../../ingest/segment.js";
import { tagParagraphs } from "../../ingest/text/paragraph-tokens.js";
import { SHARED } from "../seed-paths.js";

const split = (id: string, bytes: Uint8Array): SplitDocument => splitDocument({ id, path: id, bytes, hash: "h" });
const text = (id: string, s: string) => split(id, new TextEncoder().encode(s));

/** The reference: each paragraph segmented on its own. */
const oneByOne = (doc: SplitDocument): Token[] => doc.paragraphs.flatMap((p) => segment(p.text, p.start));

function tokens(doc: SplitDocument): { tokens: Token[]; calls: number } {
  const out: Token[] = [];
  let calls = 0;
  const counted = (s: string) => {
    calls++;
    return tagWords(s);
  };
  tagParagraphs(doc.norm, doc.paragraphs, counted, ({ word, tag }, start) => out.push({ word, tag, start, end: start + word.length }));
  return { tokens: out, calls };
}

const evalDocs = [join(SHARED, "corpus"), join(SHARED, "eval/dev/docs")].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ id: f, bytes: readFileSync(join(dir, f)) })),
);

describe("whole-document segmenting", () => {
  it("gives every seed and dev document the words of its paragraphs segmented one by one, in one call", () => {
    expect(evalDocs.length).toBeGreaterThan(40);
    for (const f of evalDocs) {
      const doc = split(f.id, f.bytes);
      const got = tokens(doc);
      expect(got.tokens, f.id).toEqual(oneByOne(doc));
      expect(got.calls, f.id).toBe(1);
    }
  });

  it("keeps words of lines parted by blank lines, indents and trailing spaces, and drops the spaces between", () => {
    const doc = text("t.txt", "一、示例标题\n\n   某某公司荣获年度质量奖。  \n\t二、其余事项，另行通知。\n");
    const got = tokens(doc);
    expect(got.calls).toBe(1);
    expect(got.tokens).toEqual(oneByOne(doc));
    expect(got.tokens.every((t) => doc.norm.slice(t.start, t.end) === t.word)).toBe(true);
  });

  it("segments one by one when a line is cut in touching pieces (no separator between them)", () => {
    const long = "示例企业持续推进质量提升工作并取得进展，".repeat(300);
    const doc = text("long.txt", `开头一行\n${long}\n末尾一行`);
    expect(doc.paragraphs.some((p, i) => i > 0 && p.start === doc.paragraphs[i - 1]!.end)).toBe(true);
    const got = tokens(doc);
    expect(got.calls).toBe(doc.paragraphs.length);
    expect(got.tokens).toEqual(oneByOne(doc));
  });

  it("gives prepareDocument's tokens the same words as before", () => {
    const f = evalDocs[0]!;
    const doc = split(f.id, f.bytes);
    expect(prepareSplit(doc, { segment, regions: regionIndex() }).tokens).toEqual(oneByOne(doc));
  });
});

describe("the compact form sent to extraction threads", () => {
  it("comes back as the split document and tokens the main thread would have made", () => {
    for (const f of evalDocs.slice(0, 12)) {
      const doc = split(f.id, f.bytes);
      const wire = segmentForThread(doc, tagWords);
      expect(wire.words).toBeUndefined();
      expect(transferables(wire)).toHaveLength(3);
      const back = fromThreadForm(structuredClone(wire, { transfer: transferables(wire) }));
      expect(back.paragraphs).toEqual(doc.paragraphs);
      expect(back.tokens).toEqual(oneByOne(doc));
      expect({ ...back, paragraphs: 0, tokens: 0 }).toEqual({ ...doc, paragraphs: 0, tokens: 0 });
    }
  });

  it("carries the words themselves when one is not the text at its offsets", () => {
    const doc = text("t.txt", "甲公司获奖\n乙公司获奖");
    // A tagger that changes a word: its offsets no longer cut it out of the text.
    const odd = (s: string) => tagWords(s).map((w, i) => (i === 0 ? { ...w, word: w.word.replace("甲", "丙") } : w));
    const wire = segmentForThread(doc, odd);
    expect(wire.words).toBeDefined();
    expect(fromThreadForm(wire).tokens[0]!.word.startsWith("丙")).toBe(true);
  });
});

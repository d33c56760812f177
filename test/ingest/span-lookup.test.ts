// The binary search that finds a paragraph or sentence by offset answers what a scan of every span
// answers, at every offset of the seed and dev documents (between spans and past the end included).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitDocument } from "../../ingest/prepare.js";
import { spanAt, spanIndexAt, splitSentences } from "../../ingest/text/sentences.js";
import { SHARED } from "../seed-paths.js";

const scanIndex = (spans: Array<{ start: number; end: number }>, at: number) => spans.findIndex((s) => s.start <= at && at < s.end);

describe("span lookup by offset", () => {
  it("finds the paragraph and the sentence a scan finds, at every offset of every seed and dev document", () => {
    const dirs = [join(SHARED, "corpus"), join(SHARED, "eval/dev/docs")];
    let checked = 0;
    for (const dir of dirs)
      for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt"))) {
        const doc = splitDocument({ id: f, path: f, bytes: readFileSync(join(dir, f)), hash: "" });
        const sentences = splitSentences(doc.norm, doc.paragraphs);
        for (let at = -1; at <= doc.norm.length + 1; at++) {
          expect(spanIndexAt(doc.paragraphs, at)).toBe(scanIndex(doc.paragraphs, at));
          expect(spanIndexAt(sentences, at)).toBe(scanIndex(sentences, at));
          checked++;
        }
      }
    expect(checked).toBeGreaterThan(20_000);
  });

  it("gives undefined outside every span and for no spans", () => {
    const spans = [
      { start: 2, end: 5 },
      { start: 7, end: 8 },
    ];
    expect(spanAt(spans, 4)).toBe(spans[0]);
    expect(spanAt(spans, 5)).toBeUndefined();
    expect(spanAt(spans, 7)).toBe(spans[1]);
    expect(spanAt(spans, 8)).toBeUndefined();
    expect(spanIndexAt([], 0)).toBe(-1);
  });
});

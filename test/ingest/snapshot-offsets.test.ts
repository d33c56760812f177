import { describe, expect, it } from "vitest";
import { readGraphFile } from "../../ingest/graph-file.js";
import { SEED_GRAPH } from "../seed-paths.js";

const snapshot = await readGraphFile(SEED_GRAPH);

describe("the seed graph", () => {
  const texts = new Map(snapshot.documents.map((d) => [d.id, d.text]));

  it("keeps every seed document's cleaned text", () => {
    expect(snapshot.documents.map((d) => d.id)).toHaveLength(5);
    for (const d of snapshot.documents) {
      expect(d.text.length).toBeGreaterThan(1000);
      expect(d.text).not.toMatch(/<\/?p>/);
    }
  });

  it("cuts every fact's evidence text from its document at the stated offsets", () => {
    const spans = snapshot.facts.flatMap((f) => f.evidence);
    expect(spans.length).toBeGreaterThan(0);
    for (const e of spans) {
      expect(texts.has(e.doc)).toBe(true);
      expect(texts.get(e.doc)!.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it("links every fact node to the document that states it", () => {
    const factNodes = snapshot.nodes.filter((n) => n.labels.includes("Fact"));
    expect(factNodes).toHaveLength(snapshot.facts.length);
    const stated = new Set(snapshot.relationships.filter((r) => r.type === "STATED_IN").map((r) => r.start));
    for (const n of factNodes) expect(stated.has(n.id)).toBe(true);
  });
});

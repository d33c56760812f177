// Gold lines (../shared/eval schema) as graph facts, independently of the extractors: used to
// build "oracle" snapshots that tell question-understanding failures from extraction ones
// (test/fixtures/gold-snapshot.ts for the seeds, scripts/eval.ts for any set).
import { factKey } from "../graph/fact-keys.js";
import { stableHash } from "../graph/ids.js";
import { metricKey } from "../graph/metrics.js";
import { regionWithin } from "../graph/regions.js";
import type { AwardFact, DocumentRecord, Evidence, Fact, RegionRecord } from "../graph/types.js";

/**
 * Where a recipient is: the most specific region its name (or a person's affiliation) starts
 * with, unless the document's region lies inside that one (江苏某某集团 in a 常州 paper is in
 * 常州市); else the document's region.
 */
export function recipientRegion(regions: RegionRecord[], name: string, docRegion: string | null): string | null {
  const order = ["county", "district", "city", "province"];
  const named = regions
    .filter((r) => r.level !== "country" && (name.startsWith(r.name) || (r.short.length >= 2 && name.startsWith(r.short))))
    .sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level))[0]?.name;
  if (!named) return docRegion;
  return docRegion && regionWithin(regions, docRegion, named) ? docRegion : named;
}

/** One fact per strict key, evidence located in the document text (lines stated twice merge). */
export function goldToFacts(goldJsonl: string, docs: Map<string, DocumentRecord>, regions: RegionRecord[]): Fact[] {
  const byId = new Map<string, Fact>();
  for (const line of goldJsonl.split("\n")) {
    if (!line.trim()) continue;
    const { evidence: text, ...g } = JSON.parse(line) as Record<string, unknown> & { doc: string; evidence: string };
    const doc = docs.get(g.doc);
    if (!doc) continue;
    const at = Math.max(0, doc.text.indexOf(text));
    const evidence: Evidence = { doc: g.doc, start: at, end: at + text.length, text };
    const base = g as unknown as Parameters<typeof factKey>[0];
    const fact = { ...base } as Fact;
    if (fact.kind === "award") {
      const a = fact as AwardFact;
      const where = a.recipient_type === "person" || a.recipient_type === "brand" ? (a.affiliation ?? a.recipient) : a.recipient;
      a.recipient_region = recipientRegion(regions, where, doc.region);
    }
    if (fact.kind === "target" || fact.kind === "observation") fact.metric_key = metricKey(fact.metric);
    const id = stableHash(factKey(base));
    const seen = byId.get(id);
    if (seen) seen.evidence.push(evidence);
    else byId.set(id, { ...fact, id, evidence: [evidence] } as Fact);
  }
  return [...byId.values()];
}

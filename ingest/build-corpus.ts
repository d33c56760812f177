import { buildGazetteer } from "../graph/build-graph.js";
import { createSnapshot } from "../graph/snapshot.js";
import type { DocumentGraph } from "../graph/sql/write.js";
import type { DocumentRecord, RegionRecord, Snapshot } from "../graph/types.js";
import type { NewFact } from "./extract/extractor.js";
import { finalizeFacts } from "./extract/finalize.js";
import { extractDocument, mergeExtractions } from "./extract/index.js";
import type { PreparedDocument } from "./extract/prepared-document.js";
import type { RegionIndex } from "./regions.js";

/** Extracts every prepared document and assembles the snapshot: the pure heart of `qkg ingest`. */
export function buildSnapshot(docs: PreparedDocument[], regions: RegionIndex, extract = extractDocument): Snapshot {
  const { facts, warnings, aliases, standards } = mergeExtractions(docs.map((doc) => extract(doc)));
  const documents = docs.map((doc) => doc.record);
  const finalFacts = finalizeFacts(facts);
  return createSnapshot({
    documents,
    facts: finalFacts,
    warnings,
    aliases,
    regions: regionTable(finalFacts, documents, regions),
    standards,
  });
}

/** The regions the graph mentions, with their ancestors, so containment can be checked later. */
export function regionTable(facts: NewFact[], documents: DocumentRecord[], index: RegionIndex): RegionRecord[] {
  const names = new Set<string>();
  for (const d of documents) if (d.region) names.add(d.region);
  for (const f of facts) {
    if ("region" in f && f.region) names.add(f.region);
    if (f.kind === "award" && f.recipient_region) names.add(f.recipient_region);
  }
  const out = new Map<string, RegionRecord>();
  for (const n of names) {
    const entry = index.byName.get(n)?.[0];
    if (!entry) continue;
    for (const r of index.chain(entry)) if (!out.has(r.name)) out.set(r.name, r);
  }
  return [...out.values()];
}

/**
 * Extracts each document of a batch on its own: its facts (merged per key: keys include the
 * document, so this equals merging the whole corpus), warnings, and the names they give the
 * gazetteer. What `qkg ingest` writes, a batch at a time.
 */
export function extractBatch(docs: PreparedDocument[], extract = extractDocument): DocumentGraph[] {
  return docs.map((doc) => {
    const { facts, warnings, aliases, standards } = extract(doc);
    const finalFacts = finalizeFacts(facts);
    return {
      record: doc.record,
      facts: finalFacts,
      warnings,
      names: buildGazetteer(finalFacts, aliases),
      ...(standards ? { standards } : {}),
    };
  });
}

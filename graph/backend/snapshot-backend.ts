import {
  compareFacts,
  countGraph,
  pageOf,
  selectAwards,
  selectDocuments,
  selectObservations,
  selectPolicies,
  selectTargets,
} from "../queries.js";
import type { Snapshot } from "../types.js";
import type { Backend } from "./backend.js";

/**
 * Answers from a snapshot held in memory: the reference the other backends are held to in the
 * contract suite, and the backend over gold facts in tests. Not for serving a corpus: it scans.
 */
export function snapshotBackend(snapshot: Snapshot): Backend {
  return {
    kind: "snapshot",
    awards: async (q, page) => pageOf(selectAwards(snapshot, q), page),
    policies: async (page) => pageOf(selectPolicies(snapshot), page),
    targets: async (q, page) => pageOf(selectTargets(snapshot, q), page),
    observations: async (q, page) => pageOf(selectObservations(snapshot, q), page),
    documents: async (ids) => selectDocuments(snapshot, ids),
    document: async (id) => {
      const d = snapshot.documents.find((x) => x.id === id);
      if (!d) return null;
      const facts = snapshot.facts.filter((f) => f.doc === id).sort(compareFacts);
      return { id: d.id, title: d.title, date: d.date, region: d.region, text: d.text, facts };
    },
    gazetteer: async () => snapshot.gazetteer,
    regions: async () => snapshot.regions,
    stats: async () => countGraph(snapshot),
  };
}

import {
  countGraph,
  selectAwards,
  selectDocuments,
  selectObservations,
  selectPolicies,
  selectTargets,
} from "../../graph/queries.js";
import type { Snapshot } from "../../graph/types.js";
import type { Backend } from "./backend.js";

/** Answers from a snapshot held in memory: the embedded default, no database. */
export function snapshotBackend(snapshot: Snapshot): Backend {
  return {
    kind: "snapshot",
    awards: async (q) => selectAwards(snapshot, q),
    policies: async () => selectPolicies(snapshot),
    targets: async (q) => selectTargets(snapshot, q),
    observations: async (q) => selectObservations(snapshot, q),
    documents: async (ids) => selectDocuments(snapshot, ids),
    gazetteer: async () => snapshot.gazetteer,
    regions: async () => snapshot.regions,
    stats: async () => countGraph(snapshot),
  };
}

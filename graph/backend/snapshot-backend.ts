import { NameKeyIndex, newestYear } from "../ask/name-keys.js";
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
import { findStandard, gatherStandards, selectDrafting, selectStandardEntities } from "../standards.js";
import type { Snapshot, StandardEntity } from "../types.js";
import type { Backend } from "./backend.js";

/**
 * Answers from a snapshot held in memory: the reference the other backends are held to in the
 * contract suite, and the backend over gold facts in tests. Not for serving a corpus: it scans.
 */
export function snapshotBackend(snapshot: Snapshot): Backend {
  let gathered: StandardEntity[] | undefined;
  const allStandards = () => (gathered ??= gatherStandards(snapshot.standards ?? { refs: [], drafting: [] }));
  let index: NameKeyIndex | undefined;
  const keys = () => (index ??= new NameKeyIndex(snapshot.gazetteer, snapshot.regions));
  return {
    kind: "snapshot",
    awards: async (q, page) => pageOf(selectAwards(snapshot, q), page),
    policies: async (page) => pageOf(selectPolicies(snapshot), page),
    targets: async (q, page) => pageOf(selectTargets(snapshot, q), page),
    observations: async (q, page) => pageOf(selectObservations(snapshot, q), page),
    documents: async (ids) => selectDocuments(snapshot, ids),
    nameKeys: async (lookup) => keys().lookup(lookup),
    askMeta: async () => ({ newestYear: newestYear(snapshot.facts), maxNameLength: keys().maxLen, firstChars: keys().firstChars }),
    documentText: async (id) => snapshot.documents.find((d) => d.id === id)?.text ?? null,
    document: async (id) => {
      const d = snapshot.documents.find((x) => x.id === id);
      if (!d) return null;
      const facts = snapshot.facts.filter((f) => f.doc === id).sort(compareFacts);
      return { id: d.id, title: d.title, date: d.date, region: d.region, text: d.text, facts };
    },
    gazetteer: async () => snapshot.gazetteer,
    canonicalNames: async (kind) => [...new Set(snapshot.gazetteer.filter((g) => g.kind === kind).map((g) => g.canonical))].sort(),
    regions: async () => snapshot.regions,
    stats: async () => countGraph(snapshot),
    standards: async (q, page) => selectStandardEntities(allStandards(), q, page),
    standard: async (code) => findStandard(allStandards(), code),
    standardDrafting: async (q) => selectDrafting(snapshot.standards?.drafting ?? [], q),
  };
}

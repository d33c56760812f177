// Node counts per label and relationship counts per type, as countGraph (graph/queries.ts) counts
// the snapshot. QkgMeta is qkg's bookkeeping node, not part of the graph, and is not counted.
// The statements are shared with `qkg stats --neo4j` (ingest/neo4j/stats.ts), which runs them over Bolt.
import type { GraphStats } from "../backend.js";
import type { RunQuery } from "./run-query.js";

export const LABEL_COUNTS = `
MATCH (n)
WHERE NOT n:QkgMeta
UNWIND labels(n) AS label
RETURN label, count(*) AS count`;

export const TYPE_COUNTS = `
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count`;

export type CountParams = Record<string, never>;

export interface LabelCountRow {
  label: string;
  count: number;
}

export interface TypeCountRow {
  type: string;
  count: number;
}

/** Keys in JavaScript's string order, like countGraph's. */
export function toGraphStats(labels: LabelCountRow[], types: TypeCountRow[]): GraphStats {
  const sorted = (entries: [string, number][]) => Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    labels: sorted(labels.map((r) => [r.label, r.count])),
    types: sorted(types.map((r) => [r.type, r.count])),
  };
}

export async function labelCounts(run: RunQuery): Promise<LabelCountRow[]> {
  return run<LabelCountRow>(LABEL_COUNTS, {} satisfies CountParams);
}

export async function typeCounts(run: RunQuery): Promise<TypeCountRow[]> {
  return run<TypeCountRow>(TYPE_COUNTS, {} satisfies CountParams);
}

// Node counts per label and relationship counts per type, as countGraph (graph/queries.ts) counts
// the snapshot, read from Neo4j's count store: one `MATCH (n:Label) RETURN count(n)` per label and
// one per relationship type is O(1), whatever the size of the graph; no node is read. Labels and
// types cannot be parameters, so the statement is built from graph/graph-labels.ts (the labels and
// types graph/build-graph.ts makes; the loader's allowlists too).
// qkg's bookkeeping nodes (QkgMeta, QkgName, QkgNameKey) are not part of the graph and not counted.
import { FACT_LABELS, PRIMARY_LABELS, REL_TYPES } from "../../graph-labels.js";
import type { GraphStats } from "../backend.js";
import type { RunQuery } from "./run-query.js";

export const GRAPH_LABELS = [...PRIMARY_LABELS, ...FACT_LABELS] as const;
export const GRAPH_TYPES = REL_TYPES;

export const COUNTS = [
  ...GRAPH_LABELS.map((l) => `MATCH (n:${l}) RETURN 'label' AS kind, '${l}' AS name, count(n) AS count`),
  ...GRAPH_TYPES.map((t) => `MATCH ()-[r:${t}]->() RETURN 'type' AS kind, '${t}' AS name, count(r) AS count`),
].join("\nUNION ALL\n");

export type CountParams = Record<string, never>;

export interface CountRow {
  kind: "label" | "type";
  name: string;
  count: number;
}

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

/** The counts; labels and types with nothing in them are not listed, as countGraph does not list them. */
export async function graphStats(run: RunQuery): Promise<GraphStats> {
  const rows = (await run<CountRow>(COUNTS, {} satisfies CountParams)).filter((r) => r.count > 0);
  return toGraphStats(
    rows.filter((r) => r.kind === "label").map((r) => ({ label: r.name, count: r.count })),
    rows.filter((r) => r.kind === "type").map((r) => ({ type: r.name, count: r.count })),
  );
}

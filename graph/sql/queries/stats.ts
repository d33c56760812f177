import type { GraphStats } from "../../filters.js";
import type { SqlDatabase } from "../database.js";

// The graph's node and relationship counts, kept in meta when the graph is written (STORE_STATS in
// graph/sql/write.ts, from GRAPH_COUNTS in schema.ts). Zero counts are left out, as countGraph
// (graph/queries.ts) has no entry for a label no node carries.
export const STATS = `SELECT value FROM meta WHERE key = 'stats'`;
export interface StatsRow {
  value: string;
}

export async function stats(db: SqlDatabase): Promise<GraphStats> {
  const [row] = await db.all<StatsRow>(STATS);
  if (!row) return { labels: {}, types: {} };
  const counts = JSON.parse(row.value) as GraphStats;
  const present = (o: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(o)
        .filter(([, n]) => n > 0)
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  return { labels: present(counts.labels), types: present(counts.types) };
}

/** The graph's format and schema version, to refuse a file of another kind with a reason. */
export const META = `SELECT key, value FROM meta WHERE key IN ('format', 'version')`;
export interface MetaRow {
  key: string;
  value: string;
}
export const graphMeta = (db: SqlDatabase) => db.all<MetaRow>(META);

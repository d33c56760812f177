// Gazetteer entries as (:QkgName {name, kind, canonical}) nodes (written by ingest/neo4j/name-keys.ts),
// looked up by surface form, by canonical name or by kind on their indexes (graph/schema.cypher):
// the routes and questions that name something read those entries only, never the whole gazetteer.
import { compareGazetteer } from "../../build-graph.js";
import type { GazetteerEntry } from "../../types.js";
import type { RunQuery } from "./run-query.js";

export const NAMES_CALLED = `
UNWIND $names AS v
MATCH (n:QkgName {name: v})
RETURN n.name AS name, n.kind AS kind, n.canonical AS canonical`;

export const NAMES_OF = `
UNWIND $names AS v
MATCH (n:QkgName {canonical: v})
RETURN n.name AS name, n.kind AS kind, n.canonical AS canonical`;

export interface NamesParams {
  names: string[];
}

export type NameRow = GazetteerEntry;

/** The entries whose surface form (or, with of = "canonical", canonical name) is one of `names`, longest first. */
export async function names(run: RunQuery, values: string[], of: "name" | "canonical"): Promise<GazetteerEntry[]> {
  const wanted = [...new Set(values)];
  if (!wanted.length) return [];
  const rows = await run<NameRow>(of === "name" ? NAMES_CALLED : NAMES_OF, { names: wanted } satisfies NamesParams);
  // Entries the gazetteer's order cannot tell apart (one short name of two organisations) by canonical name.
  return rows
    .map(({ name, kind, canonical }) => ({ name, kind, canonical }))
    .sort((a, b) => compareGazetteer(a, b) || (a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0));
}

export const CANONICAL_NAMES = `
MATCH (n:QkgName {kind: $kind})
RETURN DISTINCT n.canonical AS canonical`;

export interface CanonicalNamesParams {
  kind: GazetteerEntry["kind"];
}

/** Every canonical name of one kind, each once, in JavaScript's string order. */
export async function canonicalNames(run: RunQuery, kind: GazetteerEntry["kind"]): Promise<string[]> {
  const rows = await run<{ canonical: string }>(CANONICAL_NAMES, { kind } satisfies CanonicalNamesParams);
  return rows.map((r) => r.canonical).sort();
}

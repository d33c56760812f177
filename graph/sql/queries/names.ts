import { compareGazetteer } from "../../build-graph.js";
import type { GazetteerEntry } from "../../types.js";
import type { SqlDatabase } from "../database.js";

// The gazetteer: all of it (longest name first), or the entries for given surface forms or
// canonical names, each answered from an index.
export const ALL_NAMES = `SELECT name, kind, canonical, len FROM names ORDER BY len DESC, name, kind, id`;
export type NameRow = GazetteerEntry & { len: number };
const entry = ({ name, kind, canonical }: NameRow): GazetteerEntry => ({ name, kind, canonical });

export async function gazetteer(db: SqlDatabase): Promise<GazetteerEntry[]> {
  return (await db.all<NameRow>(ALL_NAMES)).map(entry).sort(compareGazetteer);
}

export const NAMES_CALLED = `SELECT name, kind, canonical, len FROM names
  WHERE name IN (SELECT value FROM json_each(?1)) ORDER BY len DESC, name, kind, id`;

export interface NamesCalledParams {
  names: string[];
}

/** Runs a name query whose one parameter is a JSON list of strings. */
async function namesIn(db: SqlDatabase, sql: string, values: string[]): Promise<GazetteerEntry[]> {
  return (await db.all<NameRow>(sql, [JSON.stringify(values)])).map(entry).sort(compareGazetteer);
}

/** The entries whose surface form is one of `names`. */
export function namesCalled(db: SqlDatabase, q: NamesCalledParams): Promise<GazetteerEntry[]> {
  return namesIn(db, NAMES_CALLED, q.names);
}

export const NAMES_OF = `SELECT name, kind, canonical, len FROM names
  WHERE canonical IN (SELECT value FROM json_each(?1)) ORDER BY len DESC, name, kind, id`;

export interface NamesOfParams {
  canonical: string[];
}

/** Every surface form of the given canonical names (their aliases and short names). */
export function namesOf(db: SqlDatabase, q: NamesOfParams): Promise<GazetteerEntry[]> {
  return namesIn(db, NAMES_OF, q.canonical);
}

// The programmes list: every canonical award name, from the names_kind index (kind, canonical).
export const CANONICAL_NAMES = `SELECT DISTINCT canonical FROM names WHERE kind = ?1`;

export interface CanonicalNamesParams {
  kind: GazetteerEntry["kind"];
}

/** Every canonical name of one kind, each once, in JavaScript's string order (not SQLite's). */
export async function canonicalNames(db: SqlDatabase, q: CanonicalNamesParams): Promise<string[]> {
  return (await db.all<{ canonical: string }>(CANONICAL_NAMES, [q.kind])).map((r) => r.canonical).sort();
}

// The name keys of graph/ask/name-keys.ts as Neo4j keeps them (written by ingest/neo4j/name-keys.ts):
// one (:QkgNameKey) node per group and key, holding every entry found under that key, so that a
// question's substrings are found by unique-constraint lookups on `nodeId`, not by reading the
// gazetteer. What answering needs about the graph as a whole sits on (:QkgMeta {key: 'name-keys'}).

import type { LexKind } from "../../ask/lexicon.js";
import type { AskMeta, KeyHow, KeyLookup, NameKey } from "../../ask/name-keys.js";
import type { Tier } from "../../types.js";
import type { RunQuery } from "./run-query.js";

/** The groups of keys a question looks up together (KeyLookup's four lists). */
export type KeyGroup = "surface" | "bigram" | "fragment" | "pair";

/** The group a key of this kind is looked up in: names, derived short names and award endings together. */
export function keyGroup(how: KeyHow): KeyGroup {
  return how === "name" || how === "derived" || how === "suffix" ? "surface" : how;
}

/** The `nodeId` of the node holding the entries found under `key` in `group`. */
export const keyNodeId = (group: KeyGroup, key: string) => `name-key:${group}:${key}`;

/** One entry under a key, as the node's `entries` list holds it: JSON of [how, kind, canonical, tier]. */
export type KeyEntry = [KeyHow, LexKind, string, Tier | ""];

/** The QkgMeta node with the longest key, the keys' first characters and the newest year. */
export const NAME_KEYS_META = "name-keys";

export const NAME_KEYS = `
UNWIND $ids AS id
MATCH (n:QkgNameKey {nodeId: id})
RETURN n.nodeId AS id, n.key AS key, n.entries AS entries`;

export interface NameKeysParams {
  ids: string[];
}

export interface NameKeysRow {
  id: string;
  key: string;
  entries: string[];
}

/** The lookups of one question as node ids, each group's keys once, in KeyLookup's order. */
export function lookupIds(q: KeyLookup): string[] {
  const ids = [
    ...q.surfaces.map((k) => keyNodeId("surface", k)),
    ...q.bigrams.map((k) => keyNodeId("bigram", k)),
    ...q.fragments.map((k) => keyNodeId("fragment", k)),
    ...q.pairs.map((k) => keyNodeId("pair", k)),
  ];
  return [...new Set(ids)];
}

export async function nameKeys(run: RunQuery, q: KeyLookup): Promise<NameKey[]> {
  const ids = lookupIds(q);
  if (!ids.length) return [];
  const rows = await run<NameKeysRow>(NAME_KEYS, { ids } satisfies NameKeysParams);
  // In the order of the lookups: UNWIND keeps it, but nothing promises that.
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return (row?.entries ?? []).map((e) => {
      const [how, kind, canonical, tier] = JSON.parse(e) as KeyEntry;
      return { how, key: row!.key, kind, canonical, tier };
    });
  });
}

export const ASK_META = `
OPTIONAL MATCH (m:QkgMeta {key: $key})
RETURN m.newestYear AS newestYear, m.maxNameLength AS maxNameLength, m.firstChars AS firstChars`;

export interface AskMetaParams {
  key: typeof NAME_KEYS_META;
}

export interface AskMetaRow {
  newestYear: number | null;
  maxNameLength: number | null;
  firstChars: string | null;
}

/** Written at load time; a graph loaded before name keys existed has none (maxNameLength 0: answering reads names whole). */
export async function askMeta(run: RunQuery): Promise<AskMeta> {
  const [row] = await run<AskMetaRow>(ASK_META, { key: NAME_KEYS_META } satisfies AskMetaParams);
  return { newestYear: row?.newestYear ?? null, maxNameLength: row?.maxNameLength ?? 0, firstChars: row?.firstChars ?? "" };
}

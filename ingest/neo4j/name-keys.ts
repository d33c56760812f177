// What the neo4j backend looks names up by, written at load time beside the graph: every gazetteer
// entry as a (:QkgName) node (indexed by name, canonical name and kind) and every name key of
// graph/ask/name-keys.ts (the same function the SQL writer uses) as a (:QkgNameKey) node per group
// and key, holding all entries found under it. A question then costs a few unique-constraint
// lookups of its own substrings instead of reading the gazetteer.
// Like the loader's entities, the nodes are kept in buckets with a digest each, the digests on
// (:QkgMeta {key: 'name-keys'}) with a digest of what they were derived from: a reload with the
// same gazetteer and regions reads one node and writes nothing; a changed one rewrites only the
// buckets whose rows changed (a new organisation touches a few dozen keys, not all).
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { firstCharsOf, nameKeys, newestYear, regionPrefixes } from "../../graph/ask/name-keys.js";
import { type KeyEntry, keyGroup, keyNodeId, NAME_KEYS_META } from "../../graph/backend/neo4j-queries/name-keys.js";
import { stableHash } from "../../graph/ids.js";
import type { Snapshot } from "../../graph/types.js";
import { toNeo4jProps } from "./values.js";

export const NAME_KEY_LABELS = ["QkgName", "QkgNameKey"] as const;
export type NameKeyLabel = (typeof NAME_KEY_LABELS)[number];

/**
 * Buckets per label: a bucket is rewritten whole when one of its rows changes. A new organisation
 * has some fifty keys (its fragments and pairs), each in its own bucket: many small buckets keep
 * what a new name rewrites near those fifty nodes (at 10,000 documents a bucket holds ~25 keys).
 */
export const NAME_KEY_BUCKETS = 1024;

/** What the rows are made of besides the snapshot; a change here rewrites them all. */
export const NAME_KEYS_VERSION = 1;

type Prop = string | number | string[];

export interface NameKeyRow {
  nodeId: string;
  props: Record<string, Prop>;
}

export interface NameKeyBucket {
  /** `QkgName/7`: the key of its digest on the meta node. */
  key: string;
  label: NameKeyLabel;
  bucket: number;
  digest: string;
  rows: NameKeyRow[];
}

export interface NameKeyMeta {
  /** The digest of what the rows are derived from: equal, and nothing needs writing. */
  source: string;
  maxNameLength: number;
  firstChars: string;
  newestYear: number | null;
}

export interface NameKeyPlan {
  buckets: NameKeyBucket[];
  meta: NameKeyMeta;
}

/** The digest of the gazetteer, the regions and the newest year: what every row is made from. */
export function nameKeySource(snapshot: Snapshot): string {
  return stableHash(JSON.stringify([NAME_KEYS_VERSION, snapshot.gazetteer, snapshot.regions, newestYear(snapshot.facts)]));
}

const bucketOf = (id: string) => parseInt(stableHash(id).slice(0, 8), 16) % NAME_KEY_BUCKETS;

/** The gazetteer entries, once each (as the SQL names table holds them). No position: a new name moves no other. */
function nameRows(snapshot: Snapshot): NameKeyRow[] {
  const rows = new Map<string, NameKeyRow>();
  for (const g of snapshot.gazetteer) {
    const nodeId = `name:${JSON.stringify([g.kind, g.canonical, g.name])}`;
    if (!rows.has(nodeId)) rows.set(nodeId, { nodeId, props: { name: g.name, kind: g.kind, canonical: g.canonical } });
  }
  return [...rows.values()];
}

/** Every key of every entry, grouped by the node that holds it; the longest key and the keys' first characters. */
function keyRows(snapshot: Snapshot): { rows: NameKeyRow[]; maxNameLength: number; firstChars: string } {
  const prefixes = regionPrefixes(snapshot.regions);
  const nodes = new Map<string, { key: string; group: string; entries: Set<string> }>();
  const starts: string[] = [];
  let maxNameLength = 0;
  for (const g of snapshot.gazetteer) {
    for (const k of nameKeys(g, snapshot.regions, prefixes)) {
      const group = keyGroup(k.how);
      const nodeId = keyNodeId(group, k.key);
      const node = nodes.get(nodeId) ?? nodes.set(nodeId, { key: k.key, group, entries: new Set() }).get(nodeId)!;
      node.entries.add(JSON.stringify([k.how, k.kind, k.canonical, k.tier] satisfies KeyEntry));
      if (k.how === "name" || k.how === "derived") maxNameLength = Math.max(maxNameLength, k.key.length);
      if (group === "surface") starts.push(k.key);
    }
  }
  const rows = [...nodes].map(([nodeId, n]) => ({ nodeId, props: { grp: n.group, key: n.key, entries: [...n.entries].sort() } }));
  return { rows, maxNameLength, firstChars: firstCharsOf(starts) };
}

/** The rows of one label split into buckets, each with the digest of its rows in id order. */
function bucketsOf(label: NameKeyLabel, rows: NameKeyRow[]): NameKeyBucket[] {
  const split = new Map<number, NameKeyRow[]>();
  for (const row of rows) {
    const b = bucketOf(row.nodeId);
    (split.get(b) ?? split.set(b, []).get(b)!).push(row);
  }
  return [...split].map(([bucket, list]) => {
    list.sort((x, y) => (x.nodeId < y.nodeId ? -1 : x.nodeId > y.nodeId ? 1 : 0));
    return { key: `${label}/${bucket}`, label, bucket, digest: stableHash(JSON.stringify([NAME_KEYS_VERSION, list])), rows: list };
  });
}

export function planNameKeys(snapshot: Snapshot): NameKeyPlan {
  const keys = keyRows(snapshot);
  return {
    buckets: [...bucketsOf("QkgName", nameRows(snapshot)), ...bucketsOf("QkgNameKey", keys.rows)],
    meta: {
      source: nameKeySource(snapshot),
      maxNameLength: keys.maxNameLength,
      firstChars: keys.firstChars,
      newestYear: newestYear(snapshot.facts),
    },
  };
}

/** The meta node's props: the digests as `key=digest`, sorted. */
function metaProps(plan: NameKeyPlan): Record<string, Prop> {
  const { source, maxNameLength, firstChars, newestYear: year } = plan.meta;
  return {
    key: NAME_KEYS_META,
    source,
    buckets: plan.buckets.map((b) => `${b.key}=${b.digest}`).sort(),
    maxNameLength,
    firstChars,
    ...(year != null ? { newestYear: year } : {}),
  };
}

/** For `qkg neo4j import` (ingest/neo4j/import.ts): the same nodes as CSV rows, the meta node last. */
export function nameKeyImportNodes(snapshot: Snapshot): { label: string; nodeId: string; props: Record<string, Prop> }[] {
  const plan = planNameKeys(snapshot);
  return [
    ...plan.buckets.flatMap((b) => b.rows.map((r) => ({ label: b.label, nodeId: r.nodeId, props: { ...r.props, loadBucket: b.bucket } }))),
    { label: "QkgMeta", nodeId: `qkg-meta:${NAME_KEYS_META}`, props: metaProps(plan) },
  ];
}

// ---- the statements (labels from NAME_KEY_LABELS, constants) ------------------------------------

const READ_STATE = `
OPTIONAL MATCH (m:QkgMeta {key: $key})
RETURN m.source AS source, m.buckets AS buckets`;

// A batch of buckets is emptied and refilled with two statements per label: round trips, not
// rows, are what a load of a thousand small buckets would otherwise spend its time on.
const DELETE_BUCKETS: Record<NameKeyLabel, string> = {
  QkgName: `UNWIND $buckets AS b MATCH (n:QkgName {loadBucket: b}) DELETE n`,
  QkgNameKey: `UNWIND $buckets AS b MATCH (n:QkgNameKey {loadBucket: b}) DELETE n`,
};

const CREATE_ROWS: Record<NameKeyLabel, string> = {
  QkgName: `UNWIND $rows AS row CREATE (n:QkgName) SET n = row.props, n.nodeId = row.nodeId, n.loadBucket = row.bucket`,
  QkgNameKey: `UNWIND $rows AS row CREATE (n:QkgNameKey) SET n = row.props, n.nodeId = row.nodeId, n.loadBucket = row.bucket`,
};

const WRITE_META = `
MERGE (m:QkgMeta {key: $key})
SET m = $props`;

type Tx = Pick<ManagedTransaction, "run">;

/** `fresh`: the database held no node when the load began: there is nothing to delete. */
async function rewriteBuckets(tx: Tx, buckets: NameKeyBucket[], fresh: boolean): Promise<void> {
  for (const label of NAME_KEY_LABELS) {
    const mine = buckets.filter((b) => b.label === label);
    if (!mine.length) continue;
    if (!fresh) await tx.run(DELETE_BUCKETS[label], { buckets: mine.map((b) => neo4j.int(b.bucket)) });
    const rows = mine.flatMap((b) => b.rows.map((r) => ({ nodeId: r.nodeId, bucket: neo4j.int(b.bucket), props: toNeo4jProps(r.props) })));
    if (rows.length) await tx.run(CREATE_ROWS[label], { rows });
  }
}

/** Buckets (with their rows, empty for buckets that are gone) of about `size` rows per transaction. */
function batches(buckets: NameKeyBucket[], size: number): NameKeyBucket[][] {
  const out: NameKeyBucket[][] = [];
  let current: NameKeyBucket[] = [];
  let rows = 0;
  for (const b of buckets) {
    if (current.length && rows + b.rows.length > size) {
      out.push(current);
      current = [];
      rows = 0;
    }
    current.push(b);
    rows += b.rows.length;
  }
  if (current.length) out.push(current);
  return out;
}

export interface NameKeySyncReport {
  /** Buckets rewritten (or emptied); 0 when the source was unchanged. */
  buckets: number;
  rows: number;
}

/**
 * Brings the name nodes in line with the snapshot's gazetteer and regions. Run by the loader beside
 * the documents (load.ts). The meta node is written last: digests never claim more than was written.
 * `fresh`: the database held no node when the load began, so no bucket is looked into for old rows
 * (its loadBucket indexes are dropped for such a load: each look would scan every name node).
 */
export async function syncNameKeys(driver: Driver, snapshot: Snapshot, fresh = false): Promise<NameKeySyncReport> {
  const session = driver.session();
  try {
    const state = (await session.executeRead((tx) => tx.run(READ_STATE, { key: NAME_KEYS_META }))).records[0];
    if (state?.get("source") === nameKeySource(snapshot)) return { buckets: 0, rows: 0 };
    const plan = planNameKeys(snapshot);
    const stored = new Map(
      ((state?.get("buckets") as string[] | null) ?? []).map((kv) => [kv.slice(0, kv.lastIndexOf("=")), kv.slice(kv.lastIndexOf("=") + 1)]),
    );
    const planned = new Set(plan.buckets.map((b) => b.key));
    // Without digests (a first load, or a graph loaded before name keys), every bucket is emptied.
    const known = state?.get("buckets") != null;
    const gone: NameKeyBucket[] = NAME_KEY_LABELS.flatMap((label) =>
      Array.from({ length: NAME_KEY_BUCKETS }, (_, bucket) => ({ key: `${label}/${bucket}`, label, bucket, digest: "", rows: [] })),
    ).filter((b) => !fresh && !planned.has(b.key) && (!known || stored.has(b.key)));
    const write = [...plan.buckets.filter((b) => stored.get(b.key) !== b.digest), ...gone];
    for (const batch of batches(write, 20_000)) {
      await session.executeWrite((tx) => rewriteBuckets(tx, batch, fresh));
    }
    await session.executeWrite((tx) => tx.run(WRITE_META, { key: NAME_KEYS_META, props: toNeo4jProps(metaProps(plan)) }));
    return { buckets: write.length, rows: write.reduce((n, b) => n + b.rows.length, 0) };
  } finally {
    await session.close();
  }
}

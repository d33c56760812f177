// The loader's Cypher, one statement per function, each beside its parameters. Labels and
// relationship types cannot be Cypher parameters: the statement texts below are built once per
// label/type from the allowlists in plan.ts (constants, never data), and looked up from there.
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import {
  bucketOf,
  ENTITY_REL_TYPES,
  type EntityGroup,
  FACT_LABELS,
  type FactLabel,
  type NodeRow,
  PRIMARY_LABELS,
  type PrimaryLabel,
  REL_TYPES,
  type RelGroup,
  type RelRow,
  type RelType,
} from "./plan.js";
import { toNeo4jProps, toNumber } from "./values.js";

type Tx = Pick<ManagedTransaction, "run">;

const table = <K extends string>(keys: readonly K[], text: (k: K) => string) =>
  Object.fromEntries(keys.map((k) => [k, text(k)])) as Record<K, string>;

// ---- entities (shared by documents): MERGE, then make the properties the snapshot's -------------

// `loadBucket` (plan.ts) lets a later load find this bucket's entities without reading the others.
// Each row carries its bucket, so all the changed buckets of a label go in one statement (one
// statement per bucket made a fresh load of 10,000 documents send ~200 of them for 6,000 entities).
const MERGE_ENTITY = table(
  PRIMARY_LABELS,
  (label) => `
UNWIND $rows AS row
MERGE (n:${label} {nodeId: row.id})
SET n = row.props, n.nodeId = row.id, n.loadBucket = row.bucket
RETURN count(n) AS written`,
);

/** The entities of one label from several buckets (a group per bucket, as planLoad splits them). */
export async function mergeEntities(tx: Tx, buckets: { group: EntityGroup; bucket: number }[]): Promise<number> {
  const label = buckets[0]?.group.label;
  if (!label || buckets.some((b) => b.group.label !== label)) throw new Error("mergeEntities takes the buckets of one label");
  const rows = buckets.flatMap((b) => b.group.rows.map((r) => ({ id: r.id, bucket: neo4j.int(b.bucket), props: toNeo4jProps(r.props) })));
  const res = await tx.run(MERGE_ENTITY[label], { rows });
  return toNumber(res.records[0]?.get("written"));
}

// ---- relationships: MERGE for shared ones, CREATE for a document's (its facts were just made) ----

// An end is found by its label and nodeId (an index seek), or, when it was created in this same
// transaction, by the element id that CREATE returned: index seeks over a large uncommitted
// transaction state are slow, and a document batch creates thousands of facts before linking them.
type End = { label: PrimaryLabel } | "element";

const matchEnd = (v: string, end: End, key: string) =>
  end === "element" ? `MATCH (${v}) WHERE elementId(${v}) = row.${key}` : `MATCH (${v}:${end.label} {nodeId: row.${key}})`;

// Most of a document's relationships have no properties; those skip the SET (a third less work).
const relText = (verb: "MERGE" | "CREATE", type: RelType, start: End, end: End, props: boolean) => `
UNWIND $rows AS row
${matchEnd("a", start, "start")}
${matchEnd("b", end, "end")}
${
  verb === "MERGE"
    ? `MERGE (a)-[r:${type} {relId: row.id}]->(b)
SET r = row.props, r.relId = row.id, r.loadBucket = row.bucket`
    : `CREATE (a)-[r:${type}]->(b)${props ? "\nSET r = row.props" : ""}`
}
RETURN count(r) AS written`;

// Built on first use, only from the allowlists' constants (checked here once more).
const relStatements = new Map<string, string>();
function relStatement(verb: "MERGE" | "CREATE", type: RelType, start: End, end: End, props: boolean): string {
  const key = `${verb}|${type}|${JSON.stringify(start)}|${JSON.stringify(end)}|${props}`;
  let text = relStatements.get(key);
  if (!text) {
    const ok = (e: End) => e === "element" || (PRIMARY_LABELS as readonly string[]).includes(e.label);
    if (!(REL_TYPES as readonly string[]).includes(type) || !ok(start) || !ok(end)) throw new Error(`not an allowed relationship: ${key}`);
    relStatements.set(key, (text = relText(verb, type, start, end, props)));
  }
  return text;
}

/**
 * Writes one group of relationships; a missing end node is an error (the transaction rolls back).
 * `created` maps nodeIds made in this transaction to their element ids.
 */
export async function writeRelationships(
  tx: Tx,
  group: RelGroup,
  verb: "MERGE" | "CREATE",
  created?: Map<string, string>,
): Promise<number> {
  const startEl = !!created && group.rows.every((r) => created.has(r.start));
  const endEl = !!created && group.rows.every((r) => created.has(r.end));
  const props = group.rows.some((r) => Object.values(r.props).some((v) => v != null));
  const text = relStatement(
    verb,
    group.type,
    startEl ? "element" : { label: group.startLabel },
    endEl ? "element" : { label: group.endLabel },
    props,
  );
  // A created relationship needs no id (it goes with its fact); a merged one is found by it.
  const rows = group.rows.map((r: RelRow) => ({
    ...(verb === "MERGE" ? { id: r.id, bucket: neo4j.int(bucketOf(r.id)) } : {}),
    start: startEl ? created!.get(r.start) : r.start,
    end: endEl ? created!.get(r.end) : r.end,
    ...(props || verb === "MERGE" ? { props: toNeo4jProps(r.props) } : {}),
  }));
  const res = await tx.run(text, { rows });
  const written = toNumber(res.records[0]?.get("written"));
  if (written !== rows.length) {
    throw new Error(`${group.type} ${group.startLabel}->${group.endLabel}: wrote ${written} of ${rows.length} (an end node is missing)`);
  }
  return written;
}

// ---- a document: delete its facts, write its node, its facts and their relationships -------------

const DELETE_DOCUMENT_FACTS = `
UNWIND $docs AS doc
MATCH (f:Fact {doc: doc})
DETACH DELETE f`;

export async function deleteDocumentFacts(tx: Tx, docs: string[]): Promise<void> {
  await tx.run(DELETE_DOCUMENT_FACTS, { docs });
}

const MERGE_DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {nodeId: row.id})
SET d = row.props, d.nodeId = row.id, d.loadDigest = row.digest
RETURN row.id AS id, elementId(d) AS element`;

// Into an empty database (a fresh load) nothing can be there to merge with: CREATE skips the
// lookup, and the uniqueness constraint still refuses a second node with the same nodeId.
const CREATE_DOCUMENTS = `
UNWIND $rows AS row
CREATE (d:Document)
SET d = row.props, d.nodeId = row.id, d.loadDigest = row.digest
RETURN row.id AS id, elementId(d) AS element`;

/**
 * `loadDigest` (not in the snapshot) is what lets the next load skip an unchanged document.
 * Returns nodeId → element id, for linking in the same transaction. `verb` CREATE only when the
 * database held nothing before this load.
 */
export async function mergeDocuments(
  tx: Tx,
  rows: (NodeRow & { digest: string })[],
  verb: "MERGE" | "CREATE" = "MERGE",
): Promise<Map<string, string>> {
  const params = { rows: rows.map((r) => ({ id: r.id, digest: r.digest, props: toNeo4jProps(r.props) })) };
  const res = await tx.run(verb === "CREATE" ? CREATE_DOCUMENTS : MERGE_DOCUMENTS, params);
  return new Map(res.records.map((r) => [r.get("id") as string, r.get("element") as string]));
}

/** Answered from Neo4j's count store: whether the database holds no node at all (a fresh load). */
export async function databaseEmpty(tx: Tx): Promise<boolean> {
  return toNumber((await tx.run("MATCH (n) RETURN count(n) AS count")).records[0]?.get("count")) === 0;
}

// A document batch's facts of one label go in ONE statement that also creates their relationships:
// each kind of relationship (type, direction, label at the other end) is a subquery over a list on
// the fact's row. No element ids travel back and forth, and there is no second pass of statements
// that would find the facts again in the transaction's uncommitted state.

/** One kind of relationship a fact has: its type, whether the fact is its start, what is at the other end. */
export interface FactLink {
  type: RelType;
  factIsStart: boolean;
  /** The other end's label (an index seek on nodeId), or "element": a node made in this transaction, by element id. */
  other: PrimaryLabel | "element";
  props: boolean;
}

/** A fact's row: its props, and per link (in the statement's order) the other ends, with props when the link has them. */
export interface FactRow {
  id: string;
  props: Record<string, unknown>;
  links: (string | { e: string; p: Record<string, unknown> })[][];
}

const linkCall = (k: FactLink, i: number) => {
  const end = k.props ? "x.e" : "x";
  const match = k.other === "element" ? `MATCH (e) WHERE elementId(e) = ${end}` : `MATCH (e:${k.other} {nodeId: ${end}})`;
  const pattern = k.factIsStart ? `(f)-[r:${k.type}]->(e)` : `(e)-[r:${k.type}]->(f)`;
  return `CALL {
  WITH f, row
  UNWIND row.l${i} AS x
  ${match}
  CREATE ${pattern}${k.props ? "\n  SET r = x.p" : ""}
  RETURN count(r) AS c${i}
}`;
};

const factText = (label: FactLabel, links: FactLink[]) => `
UNWIND $rows AS row
CREATE (f:Fact:${label})
SET f = row.props, f.nodeId = row.id
WITH f, row
${links.map(linkCall).join("\n")}
RETURN count(f) AS facts, sum(${links.map((_, i) => `c${i}`).join(" + ") || "0"}) AS rels`;

// Built on first use, only from the allowlists' constants (checked here once more).
const factStatements = new Map<string, string>();
function factStatement(label: FactLabel, links: FactLink[]): string {
  const key = `${label}|${JSON.stringify(links)}`;
  let text = factStatements.get(key);
  if (!text) {
    const ok = (k: FactLink) =>
      (REL_TYPES as readonly string[]).includes(k.type) &&
      (k.other === "element" || (PRIMARY_LABELS as readonly string[]).includes(k.other));
    if (!(FACT_LABELS as readonly string[]).includes(label) || !links.every(ok)) throw new Error(`not an allowed fact statement: ${key}`);
    factStatements.set(key, (text = factText(label, links)));
  }
  return text;
}

/**
 * Creates facts of one label with their relationships. A missing end node is an error (the
 * transaction rolls back). Returns the facts and relationships written.
 */
export async function createFactsWithLinks(
  tx: Tx,
  label: FactLabel,
  links: FactLink[],
  rows: FactRow[],
): Promise<{ nodes: number; relationships: number }> {
  const params = rows.map((r) => ({ id: r.id, props: r.props, ...Object.fromEntries(r.links.map((l, i) => [`l${i}`, l])) }));
  const res = await tx.run(factStatement(label, links), { rows: params });
  const nodes = toNumber(res.records[0]?.get("facts"));
  const relationships = toNumber(res.records[0]?.get("rels"));
  const expected = rows.reduce((n, r) => n + r.links.reduce((m, l) => m + l.length, 0), 0);
  if (nodes !== rows.length || relationships !== expected) {
    throw new Error(
      `${label}: wrote ${nodes} of ${rows.length} facts, ${relationships} of ${expected} relationships (an end node is missing)`,
    );
  }
  return { nodes, relationships };
}

// ---- what is there already: asked about the snapshot's own documents, never the whole graph ------

const CHANGED_DOCUMENTS = `
UNWIND $docs AS row
OPTIONAL MATCH (d:Document {name: row.id})
WITH row, d
WHERE d IS NULL OR d.loadDigest IS NULL OR d.loadDigest <> row.digest
RETURN row.id AS id, d IS NOT NULL AS present`;

/** The snapshot's documents Neo4j does not hold with the same digest, and how many of them it holds at all. */
export async function changedDocuments(tx: Tx, docs: { id: string; digest: string }[]): Promise<{ changed: Set<string>; absent: number }> {
  const res = await tx.run(CHANGED_DOCUMENTS, { docs });
  return { changed: new Set(res.records.map((r) => r.get("id") as string)), absent: res.records.filter((r) => !r.get("present")).length };
}

/** Answered from Neo4j's count store: no nodes read. */
const COUNT_DOCUMENTS = "MATCH (d:Document) RETURN count(d) AS count";

export async function countDocuments(tx: Tx): Promise<number> {
  return toNumber((await tx.run(COUNT_DOCUMENTS)).records[0]?.get("count"));
}

const OTHER_DOCUMENTS = `
MATCH (d:Document)
WHERE NOT d.name IN $names
RETURN d.name AS id`;

/** Documents Neo4j has and the snapshot does not: read only when the counts say there are some. */
export async function otherDocuments(tx: Tx, names: string[]): Promise<string[]> {
  return (await tx.run(OTHER_DOCUMENTS, { names })).records.map((r) => r.get("id") as string);
}

// ---- pruning ------------------------------------------------------------------------------------

const DELETE_DOCUMENTS = `
UNWIND $docs AS doc
MATCH (d:Document {name: doc})
OPTIONAL MATCH (f:Fact {doc: doc})
DETACH DELETE f, d`;

export async function deleteDocuments(tx: Tx, docs: string[]): Promise<void> {
  await tx.run(DELETE_DOCUMENTS, { docs });
}

/**
 * Where stale entities and relationships are looked for: the buckets whose digest changed (an index
 * seek on loadBucket), or, when Neo4j has no digests from an earlier load, everything of the kind.
 */
export type Scope = { buckets: number[] } | "all";

const scopeCondition = (v: string, scope: Scope) => (scope === "all" ? "true" : `${v}.loadBucket IN $buckets`);
const scopeParams = (scope: Scope) => (scope === "all" ? {} : { buckets: scope.buckets.map((b) => neo4j.int(b)) });

const deleteStaleRelsText = (type: RelType, scope: Scope) => `
MATCH ()-[r:${type}]->()
WHERE ${scopeCondition("r", scope)} AND NOT r.relId IN $keep
DELETE r
RETURN count(*) AS deleted`;

/** Entity-to-entity relationships of one type the snapshot no longer has (only when the snapshot is the whole graph). */
export async function deleteStaleEntityRels(tx: Tx, type: RelType, scope: Scope, keep: string[]): Promise<number> {
  if (!(ENTITY_REL_TYPES as readonly string[]).includes(type)) throw new Error(`not an entity relationship type: ${type}`);
  const res = await tx.run(deleteStaleRelsText(type, scope), { ...scopeParams(scope), keep });
  return toNumber(res.records[0]?.get("deleted"));
}

// An entity is in use while a fact reaches it: directly, or along the entity relationships, which
// all point away from facts (Fact-ABOUT->Policy-GOVERNS->Award-AWARDED_IN->Region is the longest).
const deleteUnusedText = (label: PrimaryLabel, scope: Scope) => `
MATCH (n:${label})
WHERE ${scopeCondition("n", scope)} AND NOT n.nodeId IN $keep
  AND NOT EXISTS { (n)--(:Fact) }
  AND NOT EXISTS { (:Fact)--()-->(n) }
  AND NOT EXISTS { (:Fact)--()-->()-->(n) }
DETACH DELETE n
RETURN count(*) AS deleted`;

/** Entities of one label this snapshot does not have and no fact still uses (left behind by replaced facts). */
export async function deleteUnusedEntities(tx: Tx, label: PrimaryLabel, scope: Scope, keep: string[]): Promise<number> {
  if (label === "Document" || label === "Fact" || !(PRIMARY_LABELS as readonly string[]).includes(label))
    throw new Error(`not an entity label: ${label}`);
  const res = await tx.run(deleteUnusedText(label, scope), { ...scopeParams(scope), keep });
  return toNumber(res.records[0]?.get("deleted"));
}

// ---- qkg's bookkeeping: what the Backend needs that is not in the graph -------------------------

const WRITE_META = `
MERGE (m:QkgMeta {key: 'snapshot'})
SET m.gazetteer = $gazetteer, m.regions = $regions, m.format = $format, m.version = $version, m.metaDigest = $digest`;

/** The gazetteer and the region table, as JSON, for the neo4j backend's gazetteer() and regions(). */
export async function writeMeta(
  tx: Tx,
  meta: { gazetteer: string; regions: string; format: string; version: number; digest: string },
): Promise<void> {
  await tx.run(WRITE_META, meta);
}

const READ_LOAD_STATE = `
OPTIONAL MATCH (m:QkgMeta {key: 'snapshot'})
RETURN m.metaDigest AS metaDigest, m.loadBuckets AS buckets`;

/** What the last load left: the digest of the meta lists and of every entity bucket (`key=digest`). */
export async function readLoadState(tx: Tx): Promise<{ metaDigest: string | null; buckets: Map<string, string> | null }> {
  const row = (await tx.run(READ_LOAD_STATE)).records[0];
  const list = (row?.get("buckets") as string[] | null) ?? null;
  const buckets =
    list && new Map(list.map((kv) => [kv.slice(0, kv.lastIndexOf("=")), kv.slice(kv.lastIndexOf("=") + 1)] as [string, string]));
  return { metaDigest: (row?.get("metaDigest") as string | null) ?? null, buckets };
}

const WRITE_LOAD_BUCKETS = `
MERGE (m:QkgMeta {key: 'snapshot'})
SET m.loadBuckets = $buckets`;

/** Written last, in the transaction that cleans up: digests never claim more than was done. Null drops them. */
export async function writeLoadBuckets(tx: Tx, buckets: Map<string, string> | null): Promise<void> {
  await tx.run(WRITE_LOAD_BUCKETS, { buckets: buckets && [...buckets].map(([k, d]) => `${k}=${d}`).sort() });
}

/** A new graph version (src/backend/graph-version.ts: ETags), written after a load that changed anything. */
export const WRITE_GRAPH_VERSION = `
MERGE (m:QkgMeta {key: 'snapshot'})
SET m.graphVersion = randomUUID()`;

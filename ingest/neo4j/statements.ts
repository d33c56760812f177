// The loader's Cypher, one statement per function, each beside its parameters. Labels and
// relationship types cannot be Cypher parameters: the statement texts below are built once per
// label/type from the allowlists in plan.ts (constants, never data), and looked up from there.
import type { ManagedTransaction } from "neo4j-driver";
import {
  ENTITY_REL_TYPES,
  FACT_LABELS,
  PRIMARY_LABELS,
  REL_TYPES,
  type EntityGroup,
  type FactGroup,
  type NodeRow,
  type PrimaryLabel,
  type RelGroup,
  type RelRow,
  type RelType,
} from "./plan.js";
import { toNeo4jProps, toNumber } from "./values.js";

type Tx = Pick<ManagedTransaction, "run">;

const table = <K extends string>(keys: readonly K[], text: (k: K) => string) =>
  Object.fromEntries(keys.map((k) => [k, text(k)])) as Record<K, string>;

// ---- entities (shared by documents): MERGE, then make the properties the snapshot's -------------

const MERGE_ENTITY = table(
  PRIMARY_LABELS,
  (label) => `
UNWIND $rows AS row
MERGE (n:${label} {nodeId: row.id})
SET n = row.props, n.nodeId = row.id
RETURN count(n) AS written`,
);

export async function mergeEntities(tx: Tx, group: EntityGroup): Promise<number> {
  const rows = group.rows.map((r) => ({ id: r.id, props: toNeo4jProps(r.props) }));
  const res = await tx.run(MERGE_ENTITY[group.label], { rows });
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
SET r = row.props, r.relId = row.id`
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
export async function writeRelationships(tx: Tx, group: RelGroup, verb: "MERGE" | "CREATE", created?: Map<string, string>): Promise<number> {
  const startEl = !!created && group.rows.every((r) => created.has(r.start));
  const endEl = !!created && group.rows.every((r) => created.has(r.end));
  const props = group.rows.some((r) => Object.values(r.props).some((v) => v != null));
  const text = relStatement(verb, group.type, startEl ? "element" : { label: group.startLabel }, endEl ? "element" : { label: group.endLabel }, props);
  // A created relationship needs no id (it goes with its fact); a merged one is found by it.
  const rows = group.rows.map((r: RelRow) => ({
    ...(verb === "MERGE" ? { id: r.id } : {}),
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

/**
 * `loadDigest` (not in the snapshot) is what lets the next load skip an unchanged document.
 * Returns nodeId → element id, for linking in the same transaction.
 */
export async function mergeDocuments(tx: Tx, rows: (NodeRow & { digest: string })[]): Promise<Map<string, string>> {
  const res = await tx.run(MERGE_DOCUMENTS, { rows: rows.map((r) => ({ id: r.id, digest: r.digest, props: toNeo4jProps(r.props) })) });
  return new Map(res.records.map((r) => [r.get("id") as string, r.get("element") as string]));
}

const CREATE_FACTS = table(
  FACT_LABELS,
  (label) => `
UNWIND $rows AS row
CREATE (f:Fact:${label})
SET f = row.props, f.nodeId = row.id
RETURN row.id AS id, elementId(f) AS element`,
);

/** Returns nodeId → element id of the facts created, for linking in the same transaction. */
export async function createFacts(tx: Tx, group: FactGroup): Promise<Map<string, string>> {
  const rows = group.rows.map((r) => ({ id: r.id, props: toNeo4jProps(r.props) }));
  const res = await tx.run(CREATE_FACTS[group.label], { rows });
  return new Map(res.records.map((r) => [r.get("id") as string, r.get("element") as string]));
}

// ---- what is there already ----------------------------------------------------------------------

const READ_DOCUMENT_DIGESTS = `
MATCH (d:Document)
RETURN d.name AS id, d.loadDigest AS digest`;

export async function readDocumentDigests(tx: Tx): Promise<Map<string, string | null>> {
  const res = await tx.run(READ_DOCUMENT_DIGESTS);
  return new Map(res.records.map((r) => [r.get("id") as string, (r.get("digest") as string | null) ?? null]));
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

const READ_ENTITY_RELS = `
MATCH ()-[r]->()
WHERE type(r) IN $types
RETURN elementId(r) AS element, r.relId AS id`;

const DELETE_RELS_BY_ELEMENT = `
UNWIND $elements AS element
MATCH ()-[r]->()
WHERE elementId(r) = element
DELETE r`;

/** Entity-to-entity relationships the snapshot no longer has (only when the snapshot is the whole graph). */
export async function deleteStaleEntityRels(tx: Tx, keep: Set<string>): Promise<number> {
  const res = await tx.run(READ_ENTITY_RELS, { types: [...ENTITY_REL_TYPES] });
  const elements = res.records.filter((r) => !keep.has(r.get("id") as string)).map((r) => r.get("element") as string);
  if (elements.length) await tx.run(DELETE_RELS_BY_ELEMENT, { elements });
  return elements.length;
}

const READ_ENTITIES = `
MATCH (n)
WHERE NOT n:Fact AND NOT n:Document AND NOT n:QkgMeta
RETURN elementId(n) AS element, n.nodeId AS id`;

// An entity is in use while a fact reaches it: directly, or along the entity relationships, which
// all point away from facts (Fact-ABOUT->Policy-GOVERNS->Award-AWARDED_IN->Region is the longest).
const DELETE_UNUSED_ENTITIES = `
UNWIND $elements AS element
MATCH (n)
WHERE elementId(n) = element
  AND NOT EXISTS { (n)--(:Fact) }
  AND NOT EXISTS { (:Fact)--()-->(n) }
  AND NOT EXISTS { (:Fact)--()-->()-->(n) }
DETACH DELETE n
RETURN count(*) AS deleted`;

/** Entities this snapshot does not have and no fact still uses (left behind by replaced facts). */
export async function deleteUnusedEntities(tx: Tx, keep: Set<string>): Promise<number> {
  const res = await tx.run(READ_ENTITIES);
  const elements = res.records.filter((r) => !keep.has(r.get("id") as string)).map((r) => r.get("element") as string);
  if (!elements.length) return 0;
  const del = await tx.run(DELETE_UNUSED_ENTITIES, { elements });
  return toNumber(del.records[0]?.get("deleted"));
}

// ---- qkg's bookkeeping: what the Backend needs that is not in the graph -------------------------

const WRITE_META = `
MERGE (m:QkgMeta {key: 'snapshot'})
SET m.gazetteer = $gazetteer, m.regions = $regions, m.format = $format, m.version = $version`;

/** The gazetteer and the region table, as JSON, for the neo4j backend's gazetteer() and regions(). */
export async function writeMeta(tx: Tx, meta: { gazetteer: string; regions: string; format: string; version: number }): Promise<void> {
  await tx.run(WRITE_META, meta);
}

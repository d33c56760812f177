// The pure half of the loader: which rows go into Neo4j, grouped so that every group is one
// parameterised statement, and split by document so that a document is replaced as a whole.
import { createHash } from "node:crypto";
import { factNodeSortKey } from "../../graph/backend/neo4j-queries/fact-order.js";
import { FACT_LABELS, PRIMARY_LABELS, REL_TYPES } from "../../graph/graph-labels.js";
import { stableHash } from "../../graph/ids.js";
import type { GraphNode, GraphRelationship, Snapshot } from "../../graph/types.js";

// Cypher cannot take labels or relationship types as parameters, so statements are chosen from
// these allowlists: exactly the labels and types graph/build-graph.ts produces. A node or
// relationship outside them is refused (planLoad throws) rather than spliced into a statement.
export { FACT_LABELS, PRIMARY_LABELS, REL_TYPES };
/** Relationships between two entities (neither end a Fact or a Document): shared by documents. */
export const ENTITY_REL_TYPES = ["AWARDED_IN", "AFFILIATED_WITH", "OWNED_BY", "GOVERNS", "DRAFTED", "EVALUATED_BY", "CITES"] as const;

export type PrimaryLabel = (typeof PRIMARY_LABELS)[number];
export type FactLabel = (typeof FACT_LABELS)[number];
export type RelType = (typeof REL_TYPES)[number];
export type EntityLabel = Exclude<PrimaryLabel, "Document" | "Fact">;

export interface NodeRow {
  id: string;
  props: GraphNode["props"];
}
export interface RelRow {
  id: string;
  start: string;
  end: string;
  props: GraphRelationship["props"];
}

export interface EntityGroup {
  label: EntityLabel;
  rows: NodeRow[];
}

/**
 * Shared entities and their relationships are kept in buckets (by a hash of their id) with a digest
 * each; the digests of the last load are on the QkgMeta node, so a reload writes only the buckets
 * that changed and looks for stale entities only in those, instead of reading the whole graph.
 */
export const ENTITY_BUCKETS = 64;

/** What the loader writes besides the snapshot's own props; a change here rewrites every document. */
export const LOADER_VERSION = 3;

export interface Bucket<G> {
  /** `Label/7` or `TYPE|Start|End/7`: the key of its digest in the QkgMeta node. */
  key: string;
  bucket: number;
  digest: string;
  group: G;
}
export interface FactGroup {
  label: FactLabel;
  rows: NodeRow[];
}
export interface RelGroup {
  type: RelType;
  startLabel: PrimaryLabel;
  endLabel: PrimaryLabel;
  rows: RelRow[];
}

/** One document with everything that is its own: its node, its facts, the facts' relationships. */
export interface DocumentPlan {
  id: string;
  /** Changes whenever anything this document contributes changes (text hash, facts, evidence). */
  digest: string;
  document: NodeRow;
  facts: FactGroup[];
  rels: RelGroup[];
  nodeCount: number;
  relCount: number;
}

export interface LoadPlan {
  entities: EntityGroup[];
  entityRels: RelGroup[];
  entityBuckets: Bucket<EntityGroup>[];
  entityRelBuckets: Bucket<RelGroup>[];
  documents: DocumentPlan[];
  entityIds: string[];
  entityRelIds: string[];
}

const isOneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

function primaryLabel(n: GraphNode): PrimaryLabel {
  const [first, ...rest] = n.labels;
  if (!first || !isOneOf(PRIMARY_LABELS, first)) throw new Error(`node ${n.id} has a label qkg does not load: ${n.labels.join(":")}`);
  if (first === "Fact") {
    if (rest.length !== 1 || !isOneOf(FACT_LABELS, rest[0]!)) throw new Error(`fact node ${n.id} has labels ${n.labels.join(":")}`);
  } else if (rest.length) {
    throw new Error(`node ${n.id} has more than one label: ${n.labels.join(":")}`);
  }
  return first;
}

function groupRels(rels: GraphRelationship[], labelOf: Map<string, PrimaryLabel>): RelGroup[] {
  const groups = new Map<string, RelGroup>();
  for (const r of rels) {
    if (!isOneOf(REL_TYPES, r.type)) throw new Error(`relationship ${r.id} has a type qkg does not load: ${r.type}`);
    const startLabel = labelOf.get(r.start);
    const endLabel = labelOf.get(r.end);
    if (!startLabel || !endLabel) throw new Error(`relationship ${r.id} points at a node the snapshot does not have`);
    const key = `${r.type}|${startLabel}|${endLabel}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { type: r.type, startLabel, endLabel, rows: [] }));
    g.rows.push({ id: r.id, start: r.start, end: r.end, props: r.props });
  }
  return [...groups.values()];
}

export function planLoad(snapshot: Snapshot): LoadPlan {
  const labelOf = new Map<string, PrimaryLabel>();
  const byId = new Map<string, GraphNode>();
  for (const n of snapshot.nodes) {
    labelOf.set(n.id, primaryLabel(n));
    byId.set(n.id, n);
  }

  // Facts belong to the document named in their `doc` property; everything else is an entity,
  // except Document nodes, which belong to themselves.
  const factDoc = new Map<string, string>();
  const entities = new Map<EntityLabel, NodeRow[]>();
  const documentNodes = new Map<string, GraphNode>();
  const factsOf = new Map<string, GraphNode[]>();
  for (const n of snapshot.nodes) {
    const label = labelOf.get(n.id)!;
    if (label === "Document") {
      documentNodes.set(String(n.props.name), n);
    } else if (label === "Fact") {
      const doc = String(n.props.doc);
      factDoc.set(n.id, doc);
      (factsOf.get(doc) ?? factsOf.set(doc, []).get(doc)!).push(n);
    } else {
      (entities.get(label) ?? entities.set(label, []).get(label)!).push({ id: n.id, props: withJsonProps(n.props) });
    }
  }

  const entityRels: GraphRelationship[] = [];
  const relsOf = new Map<string, GraphRelationship[]>();
  for (const r of snapshot.relationships) {
    // Checked here for every relationship, although a document's rows are built only when it is written.
    if (!isOneOf(REL_TYPES, r.type)) throw new Error(`relationship ${r.id} has a type qkg does not load: ${r.type}`);
    if (!labelOf.has(r.start) || !labelOf.has(r.end)) throw new Error(`relationship ${r.id} points at a node the snapshot does not have`);
    const doc = factDoc.get(r.start) ?? factDoc.get(r.end);
    if (doc == null) {
      if (!isOneOf(ENTITY_REL_TYPES, r.type)) throw new Error(`relationship ${r.id} joins no fact but is a ${r.type}`);
      entityRels.push(r);
    } else {
      (relsOf.get(doc) ?? relsOf.set(doc, []).get(doc)!).push(r);
    }
  }

  const documents: DocumentPlan[] = [];
  for (const [id, node] of documentNodes) {
    const facts = factsOf.get(id) ?? [];
    const rels = relsOf.get(id) ?? [];
    // The rows are built only when the document is written: a reload that finds it unchanged needs
    // only its digest (native SHA-1: the JSON of 10,000 documents is tens of megabytes).
    let rows: { facts: FactGroup[]; rels: RelGroup[] } | undefined;
    const build = () => (rows ??= { facts: factRows(facts), rels: groupRels(rels, labelOf) });
    documents.push({
      id,
      digest: createHash("sha1")
        .update(JSON.stringify([LOADER_VERSION, node, facts, rels]))
        .digest("hex"),
      document: { id: node.id, props: withJsonProps(node.props) },
      get facts() {
        return build().facts;
      },
      get rels() {
        return build().rels;
      },
      nodeCount: 1 + facts.length,
      relCount: rels.length,
    });
  }
  for (const doc of factsOf.keys()) {
    if (!documentNodes.has(doc)) throw new Error(`facts name document ${doc}, which the snapshot does not have`);
  }

  const entityGroups = [...entities].map(([label, rows]) => ({ label, rows }));
  const entityRelGroups = groupRels(entityRels, labelOf);
  return {
    entities: entityGroups,
    entityRels: entityRelGroups,
    entityBuckets: entityGroups.flatMap((g) => bucketsOf(g, g.label)),
    entityRelBuckets: entityRelGroups.flatMap((g) => bucketsOf(g, `${g.type}|${g.startLabel}|${g.endLabel}`)),
    documents,
    entityIds: [...entities.values()].flat().map((r) => r.id),
    entityRelIds: entityRels.map((r) => r.id),
  };
}

/** A document's facts as rows by label, with what the loader adds (nullProps, jsonProps, sortKey). */
function factRows(facts: GraphNode[]): FactGroup[] {
  const groups = new Map<FactLabel, NodeRow[]>();
  for (const f of facts) {
    const label = f.labels[1] as FactLabel;
    const props = { ...withNullProps(f.props), sortKey: factNodeSortKey(f.props) };
    (groups.get(label) ?? groups.set(label, []).get(label)!).push({ id: f.id, props });
  }
  return [...groups].map(([label, rows]) => ({ label, rows }));
}

/** The bucket of an entity or relationship id: a stable hash, so the same id is always in the same bucket. */
export const bucketOf = (id: string) => parseInt(stableHash(id).slice(0, 8), 16) % ENTITY_BUCKETS;

/** A group split into buckets, each with the digest of its rows (in id order, so input order does not matter). */
function bucketsOf<G extends { rows: { id: string }[] }>(group: G, name: string): Bucket<G>[] {
  const split = new Map<number, G["rows"]>();
  for (const row of group.rows) {
    const b = bucketOf(row.id);
    (split.get(b) ?? split.set(b, []).get(b)!).push(row);
  }
  return [...split].map(([bucket, rows]) => {
    rows.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    return { key: `${name}/${bucket}`, bucket, digest: stableHash(JSON.stringify([LOADER_VERSION, rows])), group: { ...group, rows } };
  });
}

/**
 * Neo4j stores no null properties, yet a fact's `role: null` and a fact without `role` are not
 * equal (the backends are compared deep-equal). The names of a fact's null fields go with it as
 * `nullProps`, so that the neo4j backend can give the fact back exactly. `programmes` is left out:
 * build-graph sets it itself (null on facts that are not policies).
 */
export function withNullProps(props: GraphNode["props"]): GraphNode["props"] {
  const nulls = Object.keys(props).filter((k) => props[k] === null && k !== "programmes");
  return withJsonProps(nulls.length ? { ...props, nullProps: nulls } : props);
}

const isPrimitive = (v: unknown) => v == null || typeof v !== "object";

/**
 * Neo4j stores primitives and lists of primitives only. A structured field (an award's stated total,
 * `{count: 12, of: "家"}`) goes as JSON, its name listed in `jsonProps` so the backend parses it back.
 */
export function withJsonProps(props: GraphNode["props"]): GraphNode["props"] {
  const structured = Object.keys(props).filter((k) => {
    const v = props[k] as unknown;
    return !isPrimitive(v) && !(Array.isArray(v) && v.every(isPrimitive));
  });
  if (!structured.length) return props;
  const out: Record<string, unknown> = { ...props, jsonProps: structured };
  for (const k of structured) out[k] = JSON.stringify(props[k]);
  return out as GraphNode["props"];
}

/** Documents in batches of about `maxRels` relationships: few transactions, bounded memory. */
export function batchDocuments(docs: DocumentPlan[], maxRels: number): DocumentPlan[][] {
  const batches: DocumentPlan[][] = [];
  let current: DocumentPlan[] = [];
  let size = 0;
  for (const d of docs) {
    const weight = d.relCount + d.nodeCount;
    if (current.length && size + weight > maxRels) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(d);
    size += weight;
  }
  if (current.length) batches.push(current);
  return batches;
}

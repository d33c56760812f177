// Loads a snapshot's graph into Neo4j over Bolt: schema first, then shared entities, then each
// changed document as a whole (its old facts deleted, its new ones written, in one transaction),
// then clean-up. Loading the same snapshot twice changes nothing; a changed document replaces only
// its own facts; a document whose transaction fails keeps its previous state and is reported.
import { readFile } from "node:fs/promises";
import type { Driver } from "neo4j-driver";
import type { GraphStats } from "../../graph/backend/backend.js";
import { stableHash } from "../../graph/ids.js";
import type { Snapshot } from "../../graph/types.js";
import type { Neo4jConnection } from "./connection.js";
import { openDriver } from "./driver.js";
import { factBatches } from "./fact-rows.js";
import { syncNameKeys } from "./name-keys.js";
import {
  type Bucket,
  batchDocuments,
  type DocumentPlan,
  ENTITY_REL_TYPES,
  type LoadPlan,
  PRIMARY_LABELS,
  type PrimaryLabel,
  planLoad,
  type RelType,
} from "./plan.js";
import {
  changedDocuments,
  countDocuments,
  createFactsWithLinks,
  databaseEmpty,
  deleteDocumentFacts,
  deleteDocuments,
  deleteStaleEntityRels,
  deleteUnusedEntities,
  mergeDocuments,
  mergeEntities,
  otherDocuments,
  readLoadState,
  type Scope,
  WRITE_GRAPH_VERSION,
  writeLoadBuckets,
  writeMeta,
  writeRelationships,
} from "./statements.js";
import { readStats } from "./stats.js";

// The CLI imports the loader and its connection helper from here.
export { neo4jConnectionFromEnv } from "./connection.js";
export { neo4jStats } from "./stats.js";

export interface LoadOptions {
  /**
   * The snapshot is the whole graph: documents Neo4j has and the snapshot does not are deleted,
   * and so are relationships between entities that the snapshot no longer has. Off by default, so
   * that loading a snapshot of some documents leaves the others alone.
   */
  prune?: boolean;
  /** Relationships + nodes per transaction when several documents are written together. */
  batchSize?: number;
  /** Document batches written at the same time (default 3: measured best on a 2-core machine). */
  concurrency?: number;
  /** How long the driver keeps retrying a transaction that failed with a transient error. */
  maxRetryMs?: number;
  /**
   * Into a database that holds no node at all, documents are CREATEd, no old facts are looked for
   * and no clean-up runs (nothing can be stale). Default true; false takes the general path always.
   */
  freshPath?: boolean;
  /**
   * A fresh load of at least this many document and fact nodes drops the schema's plain indexes and
   * builds them once at its end (deferredIndexes). Below it, dropping and building cost more than
   * they save (1,000 documents: ~2 s more; 10,000: a third less server CPU). Default 20,000.
   */
  deferIndexesFrom?: number;
}

export interface LoadReport {
  ok: boolean;
  documents: {
    loaded: string[];
    unchanged: string[];
    failed: { doc: string; error: string }[];
    removed: string[];
  };
  /** Nodes and relationships this load wrote: shared entities are merged again every time; facts only of changed documents. */
  written: { nodes: number; relationships: number };
  /** Entities left unused by replaced facts, and stale entity relationships, deleted. */
  deleted: { entities: number; relationships: number };
  ms: number;
  /** The database held no node when the load began: documents were created, nothing looked for to replace. */
  fresh: boolean;
  /** Where the time went, in ms: plan (client side), schema, read (what Neo4j holds), entities, documents, cleanup, stats. */
  phases: Record<string, number>;
  /** Counts in Neo4j after the load (same shape as `qkg stats`). */
  stats: GraphStats;
}

const SCHEMA_FILE = new URL("../../graph/schema.cypher", import.meta.url);

/** The statements of graph/schema.cypher: `//` comments dropped, split on semicolons. */
export function parseSchema(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
}

const schemaName = (statement: string) => /^(CREATE|DROP)\s+(?:CONSTRAINT|INDEX)\s+(\w+)/i.exec(statement);

export async function applySchema(driver: Driver): Promise<void> {
  const statements = parseSchema(await readFile(SCHEMA_FILE, "utf8"));
  const session = driver.session();
  try {
    // Every statement is IF NOT EXISTS, but each is a round trip: ask once what exists by name.
    // (Constraints own an index of the same name, so SHOW INDEXES lists both.)
    const existing = new Set((await session.run("SHOW INDEXES YIELD name")).records.map((r) => r.get("name") as string));
    // Schema commands cannot share a transaction with writes; each runs on its own.
    for (const s of statements) {
      const m = schemaName(s);
      const needed = !m || (m[1]!.toUpperCase() === "CREATE" ? !existing.has(m[2]!) : existing.has(m[2]!));
      if (needed) await session.run(s);
    }
    // New indexes populate in the background: wait, so the load's lookups use them.
    await session.run("CALL db.awaitIndexes(300)");
  } finally {
    await session.close();
  }
}

/**
 * The schema's plain indexes (not constraints): what no statement of a fresh load reads. Into an empty
 * database they are dropped and built again after the load: one population of each index over the
 * loaded graph costs far less than updating it in every commit (at 10,000 documents the facts' sort
 * keys alone are ~7 MB of index entries). Constraints stay: the load finds entities by them.
 */
export async function deferredIndexes(): Promise<string[]> {
  return parseSchema(await readFile(SCHEMA_FILE, "utf8")).flatMap((s) => /^CREATE\s+INDEX\s+(\w+)/i.exec(s)?.[1] ?? []);
}

async function dropIndexes(driver: Driver, names: string[]): Promise<void> {
  const session = driver.session();
  try {
    // Names from graph/schema.cypher (\w+ only), never data.
    for (const name of names) await session.run(`DROP INDEX ${name} IF EXISTS`);
  } finally {
    await session.close();
  }
}

/** `fresh`: the database held nothing when this load began, so there are no old facts to delete. */
async function writeDocuments(driver: Driver, docs: DocumentPlan[], fresh: boolean): Promise<{ nodes: number; relationships: number }> {
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      let relationships = 0;
      if (!fresh) {
        await deleteDocumentFacts(
          tx,
          docs.map((d) => d.id),
        );
      }
      const created = await mergeDocuments(
        tx,
        docs.map((d) => ({ ...d.document, digest: d.digest })),
        fresh ? "CREATE" : "MERGE",
      );
      // One statement per fact label creates the facts and their relationships (fact-rows.ts).
      let nodes = created.size;
      const { batches, rest } = factBatches(docs, created);
      for (const b of batches) {
        const w = await createFactsWithLinks(tx, b.label, b.links, b.rows);
        nodes += w.nodes;
        relationships += w.relationships;
      }
      for (const group of rest.reduce(mergeRelGroups, [])) relationships += await writeRelationships(tx, group, "CREATE");
      return { nodes, relationships };
    });
  } finally {
    await session.close();
  }
}

type RelGroups = DocumentPlan["rels"];
function mergeRelGroups(acc: RelGroups, g: RelGroups[number]): RelGroups {
  const same = acc.find((a) => a.type === g.type && a.startLabel === g.startLabel && a.endLabel === g.endLabel);
  if (same) same.rows = same.rows.concat(g.rows);
  else acc.push({ ...g, rows: [...g.rows] });
  return acc;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).split("\n")[0]!;

/** Buckets whose digest is not the one Neo4j keeps, and keys Neo4j keeps that the snapshot no longer has. */
function changedBuckets<G>(
  buckets: Bucket<G>[],
  stored: Map<string, string> | null,
  rels: boolean,
): { write: Bucket<G>[]; gone: string[] } {
  const keys = new Set(buckets.map((b) => b.key));
  // Relationship keys name a type and its ends (`TYPE|Start|End/7`); entity keys only a label.
  const ofKind = (k: string) => k.includes("|") === rels;
  return {
    write: buckets.filter((b) => stored?.get(b.key) !== b.digest),
    gone: stored ? [...stored.keys()].filter((k) => ofKind(k) && !keys.has(k)) : [],
  };
}

/** `Label/7` → ["Label", 7]; `TYPE|Start|End/7` → ["TYPE", 7]. */
const splitKey = (key: string): [string, number] => [
  key.slice(0, key.lastIndexOf("/")).split("|")[0]!,
  Number(key.slice(key.lastIndexOf("/") + 1)),
];

/** Per label (or type): the buckets to look in, from the buckets written and those gone. */
function scopes(keys: string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const key of keys) {
    const [name, bucket] = splitKey(key);
    (out.get(name) ?? out.set(name, []).get(name)!).push(bucket);
  }
  return out;
}

/** Stale entity relationships (prune only) and unused entities, looked for only where something changed. */
async function cleanUp(
  tx: Parameters<Parameters<ReturnType<Driver["session"]>["executeWrite"]>[0]>[0],
  plan: LoadPlan,
  touched: { entities: string[]; rels: string[] },
  everywhere: boolean,
  prune: boolean,
): Promise<{ entities: number; relationships: number }> {
  let relationships = 0;
  let entities = 0;
  if (prune) {
    const relScopes = everywhere ? new Map(ENTITY_REL_TYPES.map((t) => [t, [] as number[]])) : scopes(touched.rels);
    for (const [type, buckets] of relScopes) {
      const scope: Scope = everywhere ? "all" : { buckets };
      const inScope = new Set(buckets);
      const keep = plan.entityRelBuckets
        .filter((b) => b.group.type === type && (everywhere || inScope.has(b.bucket)))
        .flatMap((b) => b.group.rows.map((r) => r.id));
      relationships += await deleteStaleEntityRels(tx, type as RelType, scope, keep);
    }
  }
  const labels = everywhere
    ? new Map(PRIMARY_LABELS.filter((l) => l !== "Document" && l !== "Fact").map((l) => [l, [] as number[]]))
    : scopes(touched.entities);
  for (const [label, buckets] of labels) {
    const scope: Scope = everywhere ? "all" : { buckets };
    const inScope = new Set(buckets);
    const keep = plan.entityBuckets
      .filter((b) => b.group.label === label && (everywhere || inScope.has(b.bucket)))
      .flatMap((b) => b.group.rows.map((r) => r.id));
    entities += await deleteUnusedEntities(tx, label as PrimaryLabel, scope, keep);
  }
  return { entities, relationships };
}

export async function loadIntoNeo4j(snapshot: Snapshot, conn: Neo4jConnection, options: LoadOptions = {}): Promise<LoadReport> {
  const started = performance.now();
  const plan = planLoad(snapshot);
  const driver = openDriver(conn, options.maxRetryMs);
  const report: LoadReport = {
    ok: true,
    documents: { loaded: [], unchanged: [], failed: [], removed: [] },
    written: { nodes: 0, relationships: 0 },
    deleted: { entities: 0, relationships: 0 },
    ms: 0,
    fresh: false,
    phases: {},
    stats: { labels: {}, types: {} },
  };
  let mark = started;
  const phase = (name: string) => {
    const now = performance.now();
    report.phases[name] = Math.round(now - mark);
    mark = now;
  };
  phase("plan");
  const meta = {
    gazetteer: JSON.stringify(snapshot.gazetteer),
    regions: JSON.stringify(snapshot.regions),
    format: snapshot.format,
    version: snapshot.version,
  };
  const metaDigest = stableHash(JSON.stringify(meta));
  // Plain indexes dropped for a fresh load; built again at its end (or, if it fails, by the next load's schema).
  let deferred: string[] = [];
  let indexesBack = true;
  try {
    await applySchema(driver);
    phase("schema");

    // What Neo4j holds is asked about the snapshot's own documents and the digests of the last
    // load (one node): a reload reads nothing else, whatever the size of the graph.
    const session = driver.session();
    let changed: Set<string>;
    let state: Awaited<ReturnType<typeof readLoadState>>;
    let others: string[] = [];
    let fresh = false;
    let entityBuckets: ReturnType<typeof changedBuckets<LoadPlan["entityBuckets"][number]["group"]>>;
    let relBuckets: ReturnType<typeof changedBuckets<LoadPlan["entityRelBuckets"][number]["group"]>>;
    try {
      const known = await session.executeRead(async (tx) => {
        // An empty database (count store: no node read) has nothing to compare with.
        if (options.freshPath !== false && (await databaseEmpty(tx))) {
          const all = { changed: new Set(plan.documents.map((d) => d.id)), absent: plan.documents.length };
          return { docs: all, extra: [], state: { metaDigest: null, buckets: null }, fresh: true };
        }
        const docs = await changedDocuments(
          tx,
          plan.documents.map((d) => ({ id: d.id, digest: d.digest })),
        );
        const held = plan.documents.length - docs.absent;
        // Documents the snapshot does not have exist only if Neo4j holds more than it matched.
        const extra =
          options.prune && (await countDocuments(tx)) > held
            ? await otherDocuments(
                tx,
                plan.documents.map((d) => d.id),
              )
            : [];
        return { docs, extra, state: await readLoadState(tx), fresh: false };
      });
      fresh = report.fresh = known.fresh;
      const nodes = plan.documents.reduce((n, d) => n + d.nodeCount, 0);
      if (fresh && nodes >= (options.deferIndexesFrom ?? 20_000)) {
        indexesBack = false;
        deferred = await deferredIndexes();
        await dropIndexes(driver, deferred);
      }
      changed = known.docs.changed;
      others = known.extra;
      state = known.state;
      phase("read");
      entityBuckets = changedBuckets(plan.entityBuckets, state.buckets, false);
      relBuckets = changedBuckets(plan.entityRelBuckets, state.buckets, true);
      // Entities first (facts' relationships point at them), the changed buckets only, in one
      // transaction: they are shared, so there is no per-document way to fail here.
      if (entityBuckets.write.length || relBuckets.write.length) {
        const written = await session.executeWrite(async (tx) => {
          let nodes = 0;
          let relationships = 0;
          // One statement per label and per relationship group, whatever the number of buckets.
          for (const label of new Set(entityBuckets.write.map((b) => b.group.label))) {
            nodes += await mergeEntities(
              tx,
              entityBuckets.write.filter((b) => b.group.label === label),
            );
          }
          for (const group of relBuckets.write.map((b) => b.group).reduce(mergeRelGroups, [])) {
            relationships += await writeRelationships(tx, group, "MERGE");
          }
          return { nodes, relationships };
        });
        report.written.nodes += written.nodes;
        report.written.relationships += written.relationships;
      }
    } finally {
      await session.close();
    }

    phase("entities");
    // Name keys touch no node the documents touch: written beside them, waited for after.
    const namesPending = syncNameKeys(driver, snapshot, fresh);
    namesPending.catch(() => {});
    report.documents.unchanged = plan.documents.filter((d) => !changed.has(d.id)).map((d) => d.id);
    const loadBatch = async (batch: DocumentPlan[]) => {
      try {
        const w = await writeDocuments(driver, batch, fresh);
        report.written.nodes += w.nodes;
        report.written.relationships += w.relationships;
        report.documents.loaded.push(...batch.map((d) => d.id));
      } catch (batchError) {
        if (batch.length === 1) {
          report.documents.failed.push({ doc: batch[0]!.id, error: message(batchError) });
          return;
        }
        // The batch rolled back as a whole. Write its documents one by one so that only the
        // document at fault is left out (it keeps whatever version Neo4j had before).
        for (const doc of batch) {
          try {
            const done = await writeDocuments(driver, [doc], fresh);
            report.written.nodes += done.nodes;
            report.written.relationships += done.relationships;
            report.documents.loaded.push(doc.id);
          } catch (e) {
            report.documents.failed.push({ doc: doc.id, error: message(e) });
          }
        }
      }
    };
    // Batches touch disjoint documents, so several can be written at once; they meet only on shared
    // entity nodes, where a lock wait or a deadlock (transient: retried by the driver) is the cost.
    const queue = batchDocuments(
      plan.documents.filter((d) => changed.has(d.id)),
      options.batchSize ?? 10_000,
    );
    const workers = Array.from({ length: Math.max(1, options.concurrency ?? 3) }, async () => {
      for (let batch = queue.shift(); batch; batch = queue.shift()) await loadBatch(batch);
    });
    await Promise.all(workers);
    report.documents.loaded.sort();
    report.documents.failed.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));
    phase("documents");

    // Replaced facts can leave entities unused only where the entity buckets changed; without
    // digests from an earlier load (a database loaded by an older qkg), everything is looked at.
    const touched = {
      entities: [...entityBuckets.write.map((b) => b.key), ...entityBuckets.gone],
      rels: [...relBuckets.write.map((b) => b.key), ...relBuckets.gone],
    };
    const everywhere = state.buckets == null && !fresh;
    const removed = options.prune ? others : [];
    // The digests describe the entities Neo4j holds only after a whole-graph load (prune) in which
    // every document was written: after a partial load, or with a document left at its old version
    // (whose facts may use entities the snapshot lacks), they are dropped and the next load looks
    // everywhere.
    const keepDigests = !!options.prune && report.documents.failed.length === 0;
    const digestsChange = keepDigests ? everywhere || touched.entities.length > 0 || touched.rels.length > 0 : state.buckets != null;
    if (removed.length || digestsChange || state.metaDigest !== metaDigest) {
      const cleanup = driver.session();
      try {
        report.deleted = await cleanup.executeWrite(async (tx) => {
          if (removed.length) await deleteDocuments(tx, removed);
          // After a fresh load every entity there is one of the snapshot's: nothing to look for.
          const deleted = fresh ? { entities: 0, relationships: 0 } : await cleanUp(tx, plan, touched, everywhere, !!options.prune);
          if (state.metaDigest !== metaDigest) await writeMeta(tx, { ...meta, digest: metaDigest });
          await writeLoadBuckets(
            tx,
            keepDigests ? new Map([...plan.entityBuckets, ...plan.entityRelBuckets].map((b) => [b.key, b.digest])) : null,
          );
          return deleted;
        });
        report.documents.removed = removed;
      } finally {
        await cleanup.close();
      }
    }

    phase("cleanup");
    // What the backend looks names up by (name-keys.ts): nothing to write when the gazetteer is unchanged.
    const names = await namesPending;
    // A new version for the worker's ETags whenever this load changed anything; a no-change reload keeps it.
    const changedAnything =
      report.documents.loaded.length + report.documents.removed.length + report.written.nodes + report.written.relationships > 0 ||
      report.deleted.entities + report.deleted.relationships > 0 ||
      state.metaDigest !== metaDigest ||
      names.buckets > 0;
    if (changedAnything) await driver.executeQuery(WRITE_GRAPH_VERSION);
    phase("names");
    if (!indexesBack) {
      await applySchema(driver);
      indexesBack = true;
      phase("indexes");
    }
    report.stats = await readStats(driver);
    phase("stats");
  } finally {
    // A load that failed part-way still leaves the indexes it dropped: built now if the server answers.
    if (!indexesBack) await applySchema(driver).catch(() => {});
    await driver.close();
  }
  report.ok = report.documents.failed.length === 0;
  report.ms = Math.round(performance.now() - started);
  return report;
}

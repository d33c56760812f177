// The loader's fresh path: into a database that holds no node, documents are CREATEd and nothing
// is looked for to replace or clean up. It must leave exactly what the general (MERGE) path leaves,
// keep a failing document out whole, and hand over to the general path on the next load.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { countGraph } from "../../graph/queries.js";
import type { Snapshot } from "../../graph/types.js";
import { readGraphFile } from "../../ingest/graph-file.js";
import { deferredIndexes, loadIntoNeo4j } from "../../ingest/neo4j/load.js";
import { fixtureSnapshot } from "../contract/fixture-snapshot.js";
import { SEED_GRAPH } from "../seed-paths.js";
import { CLAIM_TIMEOUT_MS, claimNeo4j, conn, cypher, neo4jAvailability, releaseNeo4j, wipe } from "./neo4j-fixture.js";

const neo4j = await neo4jAvailability();

/**
 * Every node (labels, props) and relationship (type, ends' nodeIds, props), in a stable order. The
 * meta node's graphVersion is left out: each load that changes something draws a new random one.
 */
async function dump(): Promise<{ nodes: string[]; rels: string[] }> {
  const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
  const nodes = await cypher("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props");
  const rels = await cypher("MATCH (a)-[r]->(b) RETURN type(r) AS type, a.nodeId AS start, b.nodeId AS end, properties(r) AS props");
  const keySorted = (o: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(o)
        .filter(([k]) => k !== "graphVersion")
        .sort(([x], [y]) => (x < y ? -1 : 1)),
    );
  return {
    nodes: sorted(nodes.map((n) => ({ labels: (n.labels as string[]).sort(), props: keySorted(n.props as Record<string, unknown>) }))),
    rels: sorted(rels.map((r) => ({ ...r, props: keySorted(r.props as Record<string, unknown>) }))),
  };
}

const documentsHeld = async (doc: string) => cypher("MATCH (d:Document {name: $doc}) RETURN d.name AS name", { doc });
const factsHeld = async (doc: string) => cypher("MATCH (f:Fact {doc: $doc}) RETURN f.id AS id", { doc });

describe.skipIf(!neo4j.available)(`a fresh load into an empty Neo4j${neo4j.reason ? ` — ${neo4j.reason}` : ""}`, () => {
  beforeAll(claimNeo4j, CLAIM_TIMEOUT_MS);
  afterAll(releaseNeo4j);
  beforeEach(wipe);

  it("leaves exactly what the general path leaves (seed graph: every node, property and relationship)", async () => {
    const seeds = await readGraphFile(SEED_GRAPH);
    const general = await loadIntoNeo4j(seeds, conn, { prune: true, freshPath: false });
    expect(general.ok).toBe(true);
    expect(general.fresh).toBe(false);
    const expected = await dump();
    await wipe();
    const fresh = await loadIntoNeo4j(seeds, conn, { prune: true, deferIndexesFrom: 0 });
    expect(fresh.ok).toBe(true);
    expect(fresh.fresh).toBe(true);
    expect(fresh.written.relationships).toBe(general.written.relationships);
    expect(await dump()).toStrictEqual(expected);
    expect(fresh.stats).toStrictEqual(countGraph(seeds));
  }, 600_000);

  it("builds again every index it dropped for the load: the same indexes as after a general load, all online", async () => {
    const snap = fixtureSnapshot();
    const indexes = async () =>
      (await cypher("SHOW INDEXES YIELD name, state WHERE name IN $names RETURN name, state", { names: await deferredIndexes() }))
        .map((r) => `${r.name} ${r.state}`)
        .sort();
    const deferred = await deferredIndexes();
    expect(deferred).toContain("fact_doc");
    const fresh = await loadIntoNeo4j(snap, conn, { prune: true, deferIndexesFrom: 0 });
    expect(fresh.fresh).toBe(true);
    expect(fresh.phases.indexes).toBeDefined();
    expect(await indexes()).toStrictEqual(deferred.map((n) => `${n} ONLINE`).sort());
  }, 600_000);

  it("the load after a fresh one takes the general path and writes nothing", async () => {
    const snap = fixtureSnapshot();
    await loadIntoNeo4j(snap, conn, { prune: true });
    const again = await loadIntoNeo4j(snap, conn, { prune: true });
    expect(again.fresh).toBe(false);
    expect(again.written).toStrictEqual({ nodes: 0, relationships: 0 });
    expect(again.documents.unchanged).toHaveLength(snap.documents.length);
  });

  it("a failing document is reported and nothing of it is written; the others load; a good load completes it", async () => {
    const good = fixtureSnapshot();
    const bad: Snapshot = {
      ...good,
      nodes: good.nodes.map((n) =>
        n.props.doc === "c-zhuzhou.txt" && n.labels.includes("Fact")
          ? { ...n, props: { ...n.props, broken: [1, "a"] as unknown as string } }
          : n,
      ),
    };
    // One batch for all documents: the batch fails, then each document is written on its own (with
    // the indexes deferred, as a large fresh load does).
    const report = await loadIntoNeo4j(bad, conn, { prune: true, batchSize: 1_000_000, deferIndexesFrom: 0 });
    expect(report.phases.indexes).toBeDefined();
    expect(report.fresh).toBe(true);
    expect(report.ok).toBe(false);
    expect(report.documents.failed.map((f) => f.doc)).toEqual(["c-zhuzhou.txt"]);
    expect(report.documents.loaded).toEqual(["a-awards.txt", "b-policy.txt"]);
    expect(await documentsHeld("c-zhuzhou.txt")).toEqual([]);
    expect(await factsHeld("c-zhuzhou.txt")).toEqual([]);
    expect((await factsHeld("a-awards.txt")).length).toBeGreaterThan(0);
    const fixed = await loadIntoNeo4j(good, conn, { prune: true });
    expect(fixed.ok).toBe(true);
    expect(fixed.documents.loaded).toEqual(["c-zhuzhou.txt"]);
    expect(fixed.stats).toStrictEqual(countGraph(good));
  });

  it("is not taken when the database holds anything: a document already there is not created twice", async () => {
    const snap = fixtureSnapshot();
    await loadIntoNeo4j(snap, conn);
    await cypher("MATCH (d:Document) REMOVE d.loadDigest");
    const again = await loadIntoNeo4j(snap, conn);
    expect(again.fresh).toBe(false);
    expect(again.documents.loaded).toHaveLength(snap.documents.length);
    expect(again.ok).toBe(true);
    expect(again.stats).toStrictEqual(countGraph(snap));
  });
});

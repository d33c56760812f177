// The loader against a real Neo4j: idempotent, replaces a changed document's facts and nothing
// else, isolates a failing document, prunes on request; `qkg stats` agrees across both stores.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { neo4jBackend } from "../../graph/backend/neo4j-backend.js";
import { countGraph, selectAwards } from "../../graph/queries.js";
import type { Fact, Snapshot } from "../../graph/types.js";
import { loadIntoNeo4j } from "../../ingest/neo4j/load.js";
import { neo4jStats } from "../../ingest/neo4j/stats.js";
import { queryApi } from "../../src/backend/neo4j-query-api.js";
import { FIXTURE_TEXTS, fixtureSnapshot } from "../contract/fixture-snapshot.js";
import { runCli } from "../run-cli.js";
import { CORPUS } from "../seed-paths.js";
import { CLAIM_TIMEOUT_MS, claimNeo4j, conn, cypher, http, neo4jAvailability, releaseNeo4j, wipe } from "./neo4j-fixture.js";

const neo4j = await neo4jAvailability();

const factIds = async (doc: string) =>
  (
    await cypher<{ id: string; element: string }>("MATCH (f:Fact {doc: $doc}) RETURN f.id AS id, elementId(f) AS element ORDER BY id", {
      doc,
    })
  ).map((r) => `${r.id}@${r.element}`);
const rawCounts = async () =>
  (await cypher<{ nodes: number; rels: number }>("MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels"))[0];

/** Document a-awards.txt rewritten: one award gone, one changed, one new person at a new organisation. */
function changedSnapshot(): Snapshot {
  const said = "王工（戊公司质量总监）荣获江苏省省长质量奖个人奖";
  const text = FIXTURE_TEXTS["a-awards.txt"]!.replace("乙电缆有限公司获得中国质量奖提名奖", said);
  const start = text.indexOf(said);
  const added: Fact = {
    id: "changed-new-person",
    doc: "a-awards.txt",
    kind: "award",
    recipient: "王工",
    recipient_type: "person",
    affiliation: "戊公司",
    role: "质量总监",
    award: "江苏省省长质量奖",
    level: "provincial",
    region: "江苏省",
    year: 2023,
    edition: null,
    tier: "winner",
    category: "个人奖",
    recipient_region: "常州市",
    evidence: [{ doc: "a-awards.txt", start, end: start + said.length, text: said }],
  };
  // The fixture leaves out the fact whose sentence is gone (乙电缆有限公司's).
  return fixtureSnapshot({ ...FIXTURE_TEXTS, "a-awards.txt": text }, (facts) => [
    ...facts.map((f) => (f.kind === "award" && f.recipient === "甲公司" ? { ...f, year: 2018 } : f)),
    added,
  ]);
}

describe.skipIf(!neo4j.available)(`loading a snapshot into Neo4j${neo4j.reason ? ` — ${neo4j.reason}` : ""}`, () => {
  beforeAll(claimNeo4j, CLAIM_TIMEOUT_MS);
  afterAll(releaseNeo4j);
  beforeEach(wipe);

  it("creates the schema: a uniqueness constraint per label the loader merges on", async () => {
    await loadIntoNeo4j(fixtureSnapshot(), conn);
    const names = (await cypher<{ name: string }>("SHOW CONSTRAINTS YIELD name RETURN name")).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(["document_node_id", "fact_node_id", "award_node_id", "region_node_id", "qkg_meta_key"]));
  });

  it("holds exactly the snapshot's graph: counts per label and type equal countGraph", async () => {
    const snap = fixtureSnapshot();
    const report = await loadIntoNeo4j(snap, conn);
    expect(report.ok).toBe(true);
    expect(report.stats).toStrictEqual(countGraph(snap));
    expect(await neo4jStats(conn)).toStrictEqual(countGraph(snap));
  });

  it("loading the same snapshot twice leaves node and relationship counts unchanged", async () => {
    const snap = fixtureSnapshot();
    await loadIntoNeo4j(snap, conn);
    const before = await rawCounts();
    const second = await loadIntoNeo4j(snap, conn);
    expect(second.documents.loaded).toEqual([]);
    expect(second.documents.unchanged).toHaveLength(snap.documents.length);
    expect(await rawCounts()).toStrictEqual(before);
    expect(second.stats).toStrictEqual(countGraph(snap));
  });

  it("rewriting every document (no digests kept) still converges to the same counts", async () => {
    const snap = fixtureSnapshot();
    await loadIntoNeo4j(snap, conn);
    const before = await rawCounts();
    await cypher("MATCH (d:Document) REMOVE d.loadDigest");
    const again = await loadIntoNeo4j(snap, conn);
    expect(again.documents.loaded).toHaveLength(snap.documents.length);
    expect(await rawCounts()).toStrictEqual(before);
  });

  it("a changed document replaces its own facts and leaves other documents' facts untouched", async () => {
    await loadIntoNeo4j(fixtureSnapshot(), conn);
    const otherBefore = [...(await factIds("b-policy.txt")), ...(await factIds("c-zhuzhou.txt"))];
    const v2 = changedSnapshot();
    const report = await loadIntoNeo4j(v2, conn);
    expect(report.documents.loaded).toEqual(["a-awards.txt"]);
    expect(report.documents.unchanged.sort()).toEqual(["b-policy.txt", "c-zhuzhou.txt"]);
    // Same element ids: the other documents' fact nodes were not deleted and re-created.
    expect([...(await factIds("b-policy.txt")), ...(await factIds("c-zhuzhou.txt"))]).toEqual(otherBefore);
    expect(report.stats).toStrictEqual(countGraph(v2));
    // The organisation only the removed fact named is gone; the new person and their organisation are there.
    expect(await cypher("MATCH (o:Organization {name: '乙电缆有限公司'}) RETURN o")).toHaveLength(0);
    expect(
      await cypher("MATCH (:Person {name: '王工'})-[:AFFILIATED_WITH {role: '质量总监'}]->(:Organization {name: '戊公司'}) RETURN 1"),
    ).toHaveLength(1);
    const backend = neo4jBackend(queryApi({ ...http }));
    expect(await backend.awards({ recipient: "甲公司" })).toStrictEqual(selectAwards(v2, { recipient: "甲公司" }));
    expect((await backend.awards({ recipient: "甲公司" }))[0]!.year).toBe(2018);
  });

  it("a document whose transaction fails is reported, keeps its previous facts, and the others load", async () => {
    const v1 = fixtureSnapshot();
    await loadIntoNeo4j(v1, conn);
    const cBefore = await factIds("c-zhuzhou.txt");
    const v2 = changedSnapshot();
    // A property Neo4j cannot store (a list mixing numbers and text) on one of c-zhuzhou.txt's facts
    // makes its write fail. (Maps are stored as JSON by the loader, so they no longer fail.)
    const bad: Snapshot = {
      ...v2,
      nodes: v2.nodes.map((n) =>
        n.props.doc === "c-zhuzhou.txt" && n.labels.includes("Fact")
          ? { ...n, props: { ...n.props, broken: [1, "a"] as unknown as string } }
          : n,
      ),
    };
    const report = await loadIntoNeo4j(bad, conn, { batchSize: 1_000_000 });
    expect(report.ok).toBe(false);
    expect(report.documents.failed.map((f) => f.doc)).toEqual(["c-zhuzhou.txt"]);
    expect(report.documents.failed[0]!.error).toMatch(/propert/i);
    expect(report.documents.loaded).toEqual(["a-awards.txt"]);
    expect(await factIds("c-zhuzhou.txt")).toEqual(cBefore);
    // Consistent: what is there is v2 for a-awards.txt and b-policy.txt and v1 for c-zhuzhou.txt.
    const expected = fixtureSnapshot({ ...FIXTURE_TEXTS }, () => [
      ...v2.facts.filter((f) => f.doc !== "c-zhuzhou.txt"),
      ...v1.facts.filter((f) => f.doc === "c-zhuzhou.txt"),
    ]);
    expect(report.stats).toStrictEqual(countGraph(expected));
    // Loading the good snapshot afterwards: c-zhuzhou.txt is the same in v1 and v2, so all is v2.
    const fixed = await loadIntoNeo4j(v2, conn);
    expect(fixed.ok).toBe(true);
    expect(fixed.stats).toStrictEqual(countGraph(v2));
  });

  it("leaves documents the snapshot does not have alone, and removes them only with prune", async () => {
    await loadIntoNeo4j(fixtureSnapshot(), conn);
    const { "c-zhuzhou.txt": _dropped, ...rest } = FIXTURE_TEXTS;
    const smaller = fixtureSnapshot(rest);
    const kept = await loadIntoNeo4j(smaller, conn);
    expect(kept.documents.removed).toEqual([]);
    expect(await factIds("c-zhuzhou.txt")).not.toHaveLength(0);
    const pruned = await loadIntoNeo4j(smaller, conn, { prune: true });
    expect(pruned.documents.removed).toEqual(["c-zhuzhou.txt"]);
    expect(pruned.stats).toStrictEqual(countGraph(smaller));
  });

  it("refuses a node whose label is not in the allowlist instead of putting it into Cypher", async () => {
    const snap = fixtureSnapshot();
    const evil: Snapshot = { ...snap, nodes: [...snap.nodes, { id: "x", labels: ["Award) DETACH DELETE (n"], props: { name: "x" } }] };
    await expect(loadIntoNeo4j(evil, conn)).rejects.toThrow(/label qkg does not load/);
  });

  it("qkg stats --graph and qkg stats --neo4j print the same counts for the seed corpus", async () => {
    const dir = await mkdtemp(join(tmpdir(), "qkg-stats-"));
    try {
      const graph = join(dir, "seeds.json");
      const ingest = runCli(["ingest", CORPUS, "--graph", graph, "--neo4j", "--quiet"]);
      expect(ingest.status, ingest.stderr).toBe(0);
      const fromFile = runCli(["stats", "--graph", graph]);
      const fromNeo4j = runCli(["stats", "--neo4j"]);
      expect(fromFile.status, fromFile.stderr).toBe(0);
      expect(fromNeo4j.status, fromNeo4j.stderr).toBe(0);
      expect(JSON.parse(fromNeo4j.stdout)).toStrictEqual(JSON.parse(fromFile.stdout));
      expect(JSON.parse(fromFile.stdout).labels.Document).toBe(5);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

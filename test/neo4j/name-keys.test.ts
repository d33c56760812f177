// The names and name keys the neo4j backend looks questions up by (ingest/neo4j/name-keys.ts): the
// same keys as the SQL writer derives for the seed graph, kept in buckets so that a reload writes
// nothing and a new name rewrites a few buckets, and read by the backend so that answering a
// question never reads the gazetteer.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../graph/ask/answer.js";
import { nameKeys, regionPrefixes } from "../../graph/ask/name-keys.js";
import type { Backend } from "../../graph/backend/backend.js";
import { neo4jBackend } from "../../graph/backend/neo4j-backend.js";
import { GRAPH_LABELS, GRAPH_TYPES } from "../../graph/backend/neo4j-queries/graph-stats.js";
import { keyGroup } from "../../graph/backend/neo4j-queries/name-keys.js";
import { sqlBackend } from "../../graph/backend/sql-backend.js";
import type { GazetteerEntry, Snapshot } from "../../graph/types.js";
import { openGraphFile, readGraphFile } from "../../ingest/graph-file.js";
import { openDriver } from "../../ingest/neo4j/driver.js";
import { loadIntoNeo4j } from "../../ingest/neo4j/load.js";
import { planNameKeys, syncNameKeys } from "../../ingest/neo4j/name-keys.js";
import { FACT_LABELS, PRIMARY_LABELS, REL_TYPES } from "../../ingest/neo4j/plan.js";
import { graphVersion } from "../../src/backend/graph-version.js";
import { queryApi } from "../../src/backend/neo4j-query-api.js";
import type { Env } from "../../src/env.js";
import { QUESTIONS, SEED_GRAPH } from "../seed-paths.js";
import { CLAIM_TIMEOUT_MS, claimNeo4j, conn, http, neo4jAvailability, neo4jWorkerVars, releaseNeo4j } from "./neo4j-fixture.js";

const neo4j = await neo4jAvailability();
const seeds = await readGraphFile(SEED_GRAPH);
const sql = sqlBackend((await openGraphFile(SEED_GRAPH)).db);
const questions = readFileSync(QUESTIONS, "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l).q as string);

/** A name no document has (invented), as an organisation with its region. */
const NEW_NAME: GazetteerEntry = { name: "青溪县示例精工机械有限公司", kind: "organization", canonical: "青溪县示例精工机械有限公司" };
const withNewName = (s: Snapshot): Snapshot => ({ ...s, gazetteer: [NEW_NAME, ...s.gazetteer] });

/** How many key nodes the new name has; how many name and key nodes the seed graph has. */
const newKeys = new Set(nameKeys(NEW_NAME, seeds.regions, regionPrefixes(seeds.regions)).map((k) => `${keyGroup(k.how)}:${k.key}`)).size;
const totalRows = planNameKeys(seeds).buckets.reduce((n, b) => n + b.rows.length, 0);

const planEntries = (s: Snapshot) =>
  planNameKeys(s)
    .buckets.filter((b) => b.label === "QkgNameKey")
    .flatMap((b) => b.rows.flatMap((r) => (r.props.entries as string[]).map((e) => JSON.stringify([r.props.key, ...JSON.parse(e)]))))
    .sort();

describe("name keys for Neo4j, derived like the SQL writer's", () => {
  it("are the keys the SQL graph file holds for the seed graph, with its longest key and first characters", async () => {
    const { db } = await openGraphFile(SEED_GRAPH);
    const rows = await db.all<{ how: string; key: string; kind: string; canonical: string; tier: string }>(
      "SELECT DISTINCT how, key, kind, canonical, tier FROM name_keys",
    );
    const fromSql = rows.map((r) => JSON.stringify([r.key, r.how, r.kind, r.canonical, r.tier])).sort();
    expect(fromSql.length).toBeGreaterThan(100);
    expect(planEntries(seeds)).toStrictEqual(fromSql);
    const meta = planNameKeys(seeds).meta;
    expect({ newestYear: meta.newestYear, maxNameLength: meta.maxNameLength, firstChars: meta.firstChars }).toStrictEqual(
      await sql.askMeta!(),
    );
  });

  it("put a new name's rows in a few buckets, so a reload rewrites only those", () => {
    const digests = (s: Snapshot) => new Map(planNameKeys(s).buckets.map((b) => [b.key, b.digest]));
    const before = digests(seeds);
    const after = digests(withNewName(seeds));
    const changed = [...after].filter(([k, d]) => before.get(k) !== d).length;
    // At most one bucket per key of the new name, and one for the name itself.
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBeLessThanOrEqual(newKeys + 1);
    expect(planNameKeys(seeds)).toStrictEqual(planNameKeys(seeds));
  });

  it("count exactly the labels and types the loader writes (stats from the count store)", () => {
    expect([...GRAPH_LABELS].sort()).toStrictEqual([...PRIMARY_LABELS, ...FACT_LABELS].sort());
    expect([...GRAPH_TYPES].sort()).toStrictEqual([...REL_TYPES].sort());
  });
});

/** The backend, recording the calls that read whole lists. */
function watched(backend: Backend): { backend: Backend; wholeReads: string[] } {
  const wholeReads: string[] = [];
  const wrapped: Backend = {
    ...backend,
    gazetteer: () => {
      wholeReads.push("gazetteer()");
      return backend.gazetteer();
    },
  };
  return { backend: wrapped, wholeReads };
}

describe.skipIf(!neo4j.available)(`name keys in Neo4j${neo4j.reason ? ` — ${neo4j.reason}` : ""}`, () => {
  const tested = neo4jBackend(queryApi({ ...http }));
  beforeAll(async () => {
    await claimNeo4j();
    const report = await loadIntoNeo4j(seeds, conn, { prune: true });
    if (!report.ok) throw new Error(`loading the seed graph failed: ${JSON.stringify(report.documents.failed)}`);
  }, CLAIM_TIMEOUT_MS);
  afterAll(releaseNeo4j);

  it("answer every seed question as SQL does, without reading the gazetteer", async () => {
    const { backend, wholeReads } = watched(tested);
    for (const q of questions) {
      expect(await answerQuestion(backend, q), q).toStrictEqual(await answerQuestion(sql, q));
    }
    expect(wholeReads).toStrictEqual([]);
  });

  it("are written once: a reload with the same names writes none; a new name rewrites a few buckets and is found", async () => {
    const driver = openDriver(conn);
    try {
      expect(await syncNameKeys(driver, seeds)).toStrictEqual({ buckets: 0, rows: 0 });
      expect(await tested.names!([NEW_NAME.name])).toStrictEqual([]);

      const added = await syncNameKeys(driver, withNewName(seeds));
      expect(added.buckets).toBeGreaterThan(0);
      expect(added.buckets).toBeLessThanOrEqual(newKeys + 1);
      expect(added.rows).toBeLessThan(totalRows / 2);
      expect(await tested.names!([NEW_NAME.name])).toStrictEqual([NEW_NAME]);
      const found = await tested.nameKeys!({ surfaces: [], bigrams: [], fragments: ["示例精工"], pairs: [] });
      expect(found.map((k) => k.canonical)).toContain(NEW_NAME.canonical);

      // Back to the seed names: the new one is gone again, and so are its keys.
      expect((await syncNameKeys(driver, seeds)).buckets).toBe(added.buckets);
      expect(await tested.names!([NEW_NAME.name])).toStrictEqual([]);
      expect(await tested.nameKeys!({ surfaces: [], bigrams: [], fragments: ["示例精工"], pairs: [] })).toStrictEqual([]);
    } finally {
      await driver.close();
    }
  });

  it("keep the graph version (ETags) over a reload that changes nothing, and give a new one after a load that changes names", async () => {
    const env = {
      ...neo4jWorkerVars,
    } as Env;
    // `now` far apart: each read goes to Neo4j, not to the per-isolate cache. Past its time the
    // cache answers with the version it knows and reads again in the background: wait for that read.
    let now = Date.now();
    const version = async () => {
      const pending: Promise<unknown>[] = [];
      const known = await graphVersion(env, (now += 60_000), (p) => pending.push(p));
      if (!pending.length) return known;
      await Promise.all(pending);
      return graphVersion(env, (now += 60_000));
    };
    const before = await version();
    expect((await loadIntoNeo4j(seeds, conn, { prune: true })).ok).toBe(true);
    expect(await version()).toBe(before);
    expect((await loadIntoNeo4j(withNewName(seeds), conn, { prune: true })).ok).toBe(true);
    const changed = await version();
    expect(changed).not.toBe(before);
    expect((await loadIntoNeo4j(seeds, conn, { prune: true })).ok).toBe(true);
    expect(await version()).not.toBe(changed);
  });
});

// The same assertions against every backend, for three snapshots: a written fixture covering every
// shape of fact, the gold facts of the seed documents, and the graph `qkg ingest` builds from the
// seed corpus (test/global-setup.ts). Each backend is held to the snapshot in memory (the pure
// queries of graph/queries.ts): SQL over a real SQLite graph file (the schema and queries D1 runs),
// and Neo4j (the local server, or NEO4J_* from the environment) over its Query API with real fetch.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe } from "vitest";
import { neo4jBackend } from "../../graph/backend/neo4j-backend.js";
import { snapshotBackend } from "../../graph/backend/snapshot-backend.js";
import { sqlBackend } from "../../graph/backend/sql-backend.js";
import type { Snapshot } from "../../graph/types.js";
import { openGraphFile, readGraphFile, writeGraphFile } from "../../ingest/graph-file.js";
import { loadIntoNeo4j } from "../../ingest/neo4j/load.js";
import { queryApi } from "../../src/backend/neo4j-query-api.js";
import { goldSnapshot } from "../fixtures/gold-snapshot.js";
import { CLAIM_TIMEOUT_MS, claimNeo4j, conn, http, neo4jAvailability, releaseNeo4j, wipe } from "../neo4j/neo4j-fixture.js";
import { SEED_GRAPH } from "../seed-paths.js";
import { type BackendPair, runBackendContract } from "./backend-contract.js";
import { fixtureSnapshot } from "./fixture-snapshot.js";
import { policySnapshot } from "./policy-snapshot.js";

const neo4j = await neo4jAvailability();
const dir = mkdtempSync(join(tmpdir(), "qkg-contract-"));

const SNAPSHOTS: [string, () => Promise<Snapshot>][] = [
  ["the written fixture", async () => fixtureSnapshot()],
  ["the written policy fixture (many policies, repeated and full-width titles)", async () => policySnapshot()],
  ["the gold facts of the seed documents", async () => goldSnapshot()],
  ["the graph qkg ingest builds from the seed corpus", () => readGraphFile(SEED_GRAPH)],
];

async function sqlPair(name: string, data: Snapshot): Promise<BackendPair> {
  const path = join(dir, `${name.replace(/\W+/g, "-")}.sqlite`);
  await writeGraphFile(path, data);
  return { reference: snapshotBackend(data), tested: sqlBackend((await openGraphFile(path)).db), data };
}

async function neo4jPair(data: Snapshot): Promise<BackendPair> {
  await wipe();
  const report = await loadIntoNeo4j(data, conn, { prune: true });
  if (!report.ok) throw new Error(`loading failed: ${JSON.stringify(report.documents.failed)}`);
  return { reference: snapshotBackend(data), tested: neo4jBackend(queryApi({ ...http })), data };
}

describe("backend contract: SQL (SQLite) vs the snapshot in memory", () => {
  for (const [name, make] of SNAPSHOTS) {
    describe(`on ${name}`, () => runBackendContract(async () => sqlPair(name, await make())));
  }
});

describe.skipIf(!neo4j.available)(`backend contract: Neo4j vs the snapshot in memory${neo4j.reason ? ` — ${neo4j.reason}` : ""}`, () => {
  beforeAll(claimNeo4j, CLAIM_TIMEOUT_MS);
  afterAll(releaseNeo4j);
  for (const [name, make] of SNAPSHOTS) {
    describe(`on ${name}`, () => runBackendContract(async () => neo4jPair(await make())));
  }
});

// The same assertions against both backends, for three snapshots: a written fixture covering every
// shape of fact, the gold facts of the seed documents, and the graph `qkg ingest` builds from the
// seed corpus (test/global-setup.ts). Neo4j is real (the local server, or NEO4J_* from the
// environment) and the neo4j backend talks to it with real fetch over the Query API.
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe } from "vitest";
import { parseSnapshot } from "../../graph/snapshot.js";
import type { Snapshot } from "../../graph/types.js";
import { loadIntoNeo4j } from "../../ingest/neo4j/load.js";
import { neo4jBackend } from "../../src/backend/neo4j-backend.js";
import { snapshotBackend } from "../../src/backend/snapshot-backend.js";
import { goldSnapshot } from "../fixtures/gold-snapshot.js";
import { CLAIM_TIMEOUT_MS, claimNeo4j, conn, http, neo4jAvailability, releaseNeo4j, wipe } from "../neo4j/neo4j-fixture.js";
import { SEED_GRAPH } from "../seed-paths.js";
import { runBackendContract, type BackendPair } from "./backend-contract.js";
import { fixtureSnapshot } from "./fixture-snapshot.js";

const neo4j = await neo4jAvailability();

async function pairFor(data: Snapshot): Promise<BackendPair> {
  await wipe();
  const report = await loadIntoNeo4j(data, conn, { prune: true });
  if (!report.ok) throw new Error(`loading failed: ${JSON.stringify(report.documents.failed)}`);
  return { snapshot: snapshotBackend(data), neo4j: neo4jBackend({ ...http }), data };
}

describe.skipIf(!neo4j.available)(`backend contract (snapshot vs Neo4j)${neo4j.reason ? ` — ${neo4j.reason}` : ""}`, () => {
  beforeAll(claimNeo4j, CLAIM_TIMEOUT_MS);
  afterAll(releaseNeo4j);

  describe("on the written fixture", () => {
    runBackendContract(() => pairFor(fixtureSnapshot()));
  });

  describe("on the gold facts of the seed documents", () => {
    runBackendContract(() => pairFor(goldSnapshot()));
  });

  describe("on the graph qkg ingest builds from the seed corpus", () => {
    runBackendContract(async () => pairFor(parseSnapshot(await readFile(SEED_GRAPH, "utf8"))));
  });
});

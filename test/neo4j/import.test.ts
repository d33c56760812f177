// `qkg neo4j import` against the real local server: neo4j-admin's offline importer writes the
// loader's own rows, so the database answers like a loaded one and a reload finds nothing to do;
// an import that fails leaves the database as it was.
import { statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { neo4jBackend } from "../../graph/backend/neo4j-backend.js";
import { countGraph, selectAwards, selectTargets } from "../../graph/queries.js";
import type { Snapshot } from "../../graph/types.js";
import { readGraphFile } from "../../ingest/graph-file.js";
import { openDriver } from "../../ingest/neo4j/driver.js";
import { importIntoNeo4j } from "../../ingest/neo4j/import.js";
import { applySchema, loadIntoNeo4j } from "../../ingest/neo4j/load.js";
import { serverStatus, startServer, stopServer } from "../../ingest/neo4j/local-server.js";
import { neo4jStats } from "../../ingest/neo4j/stats.js";
import { queryApi } from "../../src/backend/neo4j-query-api.js";
import { SEED_GRAPH } from "../seed-paths.js";
import { CLAIM_TIMEOUT_MS, claimNeo4j, conn, http, neo4jAvailability, releaseNeo4j, serverOptions } from "./neo4j-fixture.js";

const neo4j = await neo4jAvailability();
const local = neo4j.available && (await serverStatus(serverOptions)).running;

async function importWhileStopped(snapshot: Snapshot): Promise<void> {
  await stopServer(serverOptions);
  try {
    await importIntoNeo4j(snapshot, { home: serverOptions.home, database: http.database });
  } finally {
    await startServer(serverOptions);
    const driver = openDriver(conn);
    try {
      await applySchema(driver);
    } finally {
      await driver.close();
    }
  }
}

describe.skipIf(!local)("qkg neo4j import (neo4j-admin) into the local server", () => {
  beforeAll(claimNeo4j, CLAIM_TIMEOUT_MS);
  afterAll(releaseNeo4j);
  let seeds: Snapshot;

  it("imports the seed graph: the same counts, the same answers, and a reload writes nothing", async () => {
    seeds = await readGraphFile(SEED_GRAPH);
    // neo4j-admin writes its report into the current directory unless given a path: none appears here.
    const report = join(process.cwd(), "import.report");
    const reportBefore = statSync(report, { throwIfNoEntry: false })?.mtimeMs ?? null;
    await importWhileStopped(seeds);
    expect(statSync(report, { throwIfNoEntry: false })?.mtimeMs ?? null).toBe(reportBefore);
    expect(await neo4jStats(conn)).toStrictEqual(countGraph(seeds));
    const backend = neo4jBackend(queryApi({ ...http }));
    expect(await backend.awards({})).toStrictEqual(selectAwards(seeds, {}));
    expect(await backend.targets({})).toStrictEqual(selectTargets(seeds, {}));
    expect(await backend.awards({}, { limit: 3 })).toStrictEqual(selectAwards(seeds, {}).slice(0, 3));
    const reload = await loadIntoNeo4j(seeds, conn, { prune: true });
    expect(reload.documents.loaded).toEqual([]);
    expect(reload.written).toStrictEqual({ nodes: 0, relationships: 0 });
  }, 900_000);

  it("fails without touching the database when a property cannot be stored", async () => {
    const before = await neo4jStats(conn);
    const bad: Snapshot = {
      ...seeds,
      nodes: seeds.nodes.map((n, i) => (i === 0 ? { ...n, props: { ...n.props, broken: [1, "a"] as unknown as string } } : n)),
    };
    await expect(importIntoNeo4j(bad, { home: serverOptions.home, database: http.database })).rejects.toThrow(/mixes types/);
    expect(await neo4jStats(conn)).toStrictEqual(before);
  }, 900_000);
});

// An outside client in the test suite: schemathesis (scripts/schemathesis/) reads the OpenAPI
// document the worker serves under `wrangler dev` and tests every operation against it with all its
// checks, a fixed number of examples and a fixed seed, on the D1 backend (the seed graph) and on
// Neo4j (the same graph loaded into it). The spec must be true: 0 failures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGraphFile } from "../../ingest/graph-file.js";
import { loadIntoNeo4j } from "../../ingest/neo4j/load.js";
import { MAX_EXAMPLES, runSchemathesis, SEED, schemathesisVersion } from "../../scripts/schemathesis/run.js";
import { CLAIM_TIMEOUT_MS, claimNeo4j, conn, neo4jAvailability, neo4jWorkerVars, releaseNeo4j } from "../neo4j/neo4j-fixture.js";
import { SEED_GRAPH } from "../seed-paths.js";
import { seedD1, startWranglerDev, type WranglerDev } from "./wrangler-dev.js";

const inCi = !!process.env.CI && process.env.CI !== "false" && process.env.CI !== "0";
const version = schemathesisVersion();
if (!version) {
  const reason = "schemathesis is not installed: python3 -m pip install -r scripts/schemathesis/requirements.txt";
  if (inCi) throw new Error(`CI=true and ${reason}`);
  console.warn(`schemathesis tests skipped: ${reason}`);
}
const neo4j = version ? await neo4jAvailability() : { available: false, reason: "" };

const RUN_TIMEOUT = 900_000;

async function expectSpecHolds(origin: string) {
  const run = await runSchemathesis(origin);
  console.log(
    `schemathesis (${version}) on ${origin}: ${run.operations.tested}/${run.operations.total} operations, ${run.testCases} test cases, ${run.checks.length} checks, ${run.failures} failures, ${run.errors} errors (max-examples ${MAX_EXAMPLES}, seed ${SEED})`,
  );
  expect(run.failures, run.output).toBe(0);
  expect(run.errors, run.output).toBe(0);
  expect(run.exitCode, run.output).toBe(0);
  expect(run.operations.tested).toBe(run.operations.total);
  expect(run.operations.total).toBeGreaterThanOrEqual(7);
  expect(run.checks).toEqual(
    expect.arrayContaining(["not_a_server_error", "response_schema_conformance", "positive_data_acceptance", "negative_data_rejection"]),
  );
}

describe.skipIf(!version)("schemathesis against wrangler dev, D1 backend", () => {
  let worker: WranglerDev;
  beforeAll(async () => {
    worker = await startWranglerDev(seedD1("schemathesis-d1"));
  }, 240_000);
  afterAll(() => worker?.stop());

  it("finds no failure", () => expectSpecHolds(worker.origin), RUN_TIMEOUT);
});

describe.skipIf(!neo4j.available)(`schemathesis against wrangler dev, Neo4j backend${neo4j.reason ? ` — ${neo4j.reason}` : ""}`, () => {
  let worker: WranglerDev;
  beforeAll(async () => {
    await claimNeo4j();
    const report = await loadIntoNeo4j(await readGraphFile(SEED_GRAPH), conn, { prune: true });
    if (!report.ok) throw new Error(`loading the seed graph failed: ${JSON.stringify(report)}`);
    const vars = {
      ...neo4jWorkerVars,
      CORS_ORIGINS: "*",
    };
    worker = await startWranglerDev({ name: "schemathesis-neo4j", vars });
  }, CLAIM_TIMEOUT_MS);
  afterAll(async () => {
    await worker?.stop();
    await releaseNeo4j();
  });

  it("finds no failure", () => expectSpecHolds(worker.origin), RUN_TIMEOUT);
});

// Every question of the development set (../shared/eval/dev) answered over SQL and over a real
// Neo4j loaded with the same graph: the same answers, and the Neo4j backend never reads the whole
// gazetteer to find a question's names (it looks them up by key, ingest/neo4j/name-keys.ts).
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../graph/ask/answer.js";
import type { Backend } from "../../graph/backend/backend.js";
import { neo4jBackend } from "../../graph/backend/neo4j-backend.js";
import { sqlBackend } from "../../graph/backend/sql-backend.js";
import { openGraphFile, readGraphFile } from "../../ingest/graph-file.js";
import { loadIntoNeo4j } from "../../ingest/neo4j/load.js";
import { ROOT, SETS } from "../../scripts/eval.js";
import { queryApi } from "../../src/backend/neo4j-query-api.js";
import { CLAIM_TIMEOUT_MS, claimNeo4j, conn, http, neo4jAvailability, releaseNeo4j } from "../neo4j/neo4j-fixture.js";
import { runCli } from "../run-cli.js";

const neo4j = await neo4jAvailability();
const DEV = SETS.find((s) => s.name === "dev")!;
const OUT = join(ROOT, ".qkg/test/dev-neo4j");
const questions = readFileSync(DEV.questions, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).q as string);

describe.skipIf(!neo4j.available)(`dev questions over SQL and Neo4j${neo4j.reason ? ` — ${neo4j.reason}` : ""}`, () => {
  let sql: Backend;
  const gazetteerReads: string[] = [];
  const n4 = neo4jBackend(queryApi({ ...http }));
  const watched: Backend = {
    ...n4,
    gazetteer: () => {
      gazetteerReads.push("gazetteer()");
      return n4.gazetteer();
    },
  };

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const graph = join(OUT, "graph.sqlite");
    const r = runCli(["ingest", DEV.docs, "--graph", graph, "--quiet"]);
    expect([0, 3], r.stderr).toContain(r.status);
    sql = sqlBackend((await openGraphFile(graph)).db);
    await claimNeo4j();
    const report = await loadIntoNeo4j(await readGraphFile(graph), conn, { prune: true });
    if (!report.ok) throw new Error(`loading the dev graph failed: ${JSON.stringify(report.documents.failed)}`);
  }, CLAIM_TIMEOUT_MS);
  afterAll(releaseNeo4j);

  it("asks every dev question", () => {
    expect(questions.length).toBeGreaterThan(100);
  });

  it("answers every dev question the same from Neo4j as from SQL, without reading the gazetteer", async () => {
    const differ: string[] = [];
    for (const q of questions) {
      if (JSON.stringify(await answerQuestion(watched, q)) !== JSON.stringify(await answerQuestion(sql, q))) differ.push(q);
    }
    expect(differ).toStrictEqual([]);
    expect(gazetteerReads).toStrictEqual([]);
  });
});

// ask gives the same AskResult from Neo4j as from the snapshot: the question engine only reads
// through the Backend interface, so identical backends must give identical answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../graph/ask/answer.js";
import { neo4jBackend } from "../../graph/backend/neo4j-backend.js";
import { snapshotBackend } from "../../graph/backend/snapshot-backend.js";
import type { Snapshot } from "../../graph/types.js";
import { readGraphFile } from "../../ingest/graph-file.js";
import { loadIntoNeo4j } from "../../ingest/neo4j/load.js";
import { queryApi } from "../../src/backend/neo4j-query-api.js";
import { goldSnapshot } from "../fixtures/gold-snapshot.js";
import { CLAIM_TIMEOUT_MS, claimNeo4j, conn, http, neo4jAvailability, releaseNeo4j, wipe } from "../neo4j/neo4j-fixture.js";
import { SEED_GRAPH } from "../seed-paths.js";
import { seedQuestions } from "./helpers.js";

const neo4j = await neo4jAvailability();

const EXTRA = [
  "株洲有哪些企業獲得過湖南省省長質量獎?",
  "近三年哪些企业获得过江苏省省长质量奖?",
  "中车获得过哪些奖?",
  "北京有哪些企业获得过中国质量奖?",
  "株洲有多少个市长质量奖?",
  "到2020年常州高新技术企业要达到多少家?",
  "常州万人发明专利拥有量的目标实现了吗?",
];

async function compareOn(data: Snapshot) {
  await wipe();
  const report = await loadIntoNeo4j(data, conn, { prune: true });
  if (!report.ok) throw new Error(`loading failed: ${JSON.stringify(report.documents.failed)}`);
  const a = snapshotBackend(data);
  const b = neo4jBackend(queryApi({ ...http }));
  for (const q of [...seedQuestions().map((s) => s.q), ...EXTRA]) {
    expect(await answerQuestion(b, q), q).toEqual(await answerQuestion(a, q));
  }
}

describe.skipIf(!neo4j.available)(`ask on both backends${neo4j.reason ? ` — ${neo4j.reason}` : ""}`, () => {
  beforeAll(claimNeo4j, CLAIM_TIMEOUT_MS);
  afterAll(releaseNeo4j);

  it("answers identically on the gold-fact graph", async () => {
    await compareOn(goldSnapshot());
  });

  it("answers identically on the graph qkg ingest builds", async () => {
    await compareOn(await readGraphFile(SEED_GRAPH));
  });
});

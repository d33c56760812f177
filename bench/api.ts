// Server time per API route on both backends: the worker app (app.request, as in workerd) over the
// seed graph, from SQL (the D1 binding over the graph file, the same SQL) and from the local Neo4j
// over its Query API.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AwardFact, PolicyFact, Snapshot, TargetFact } from "../graph/types.js";
import { readGraphFile } from "../ingest/graph-file.js";
import { hostPort, neo4jConnectionFromEnv, neo4jHttpConnectionFromEnv } from "../ingest/neo4j/connection.js";
import { loadIntoNeo4j } from "../ingest/neo4j/load.js";
import { boltAnswers, startServer, stopServer } from "../ingest/neo4j/local-server.js";
import { acquireNeo4j, releaseNeo4jLock } from "../scripts/neo4j-exclusive.js";
import app from "../src/app.js";
import type { Env } from "../src/env.js";
import { graphEnv } from "../test/graph-env.js";
import { neo4jWorkerVars } from "../test/neo4j/neo4j-fixture.js";
import { type BenchRow, percentile } from "./bench-row.js";

const CORPUS = new URL("../../shared/corpus", import.meta.url).pathname;
const q = encodeURIComponent;

const SEED_QUESTIONS = new URL("../../shared/eval/seeds-questions.jsonl", import.meta.url).pathname;

/**
 * The routes timed, with names taken from the graph itself (its first award, recipient, policy and
 * target) and questions from the seed question file, so no document's names are written here.
 */
function routesFor(graph: Snapshot): Array<[string, string]> {
  const award = graph.facts.find((f): f is AwardFact => f.kind === "award" && f.year != null)!;
  const policy = graph.facts.find((f): f is PolicyFact => f.kind === "policy")!;
  const target = graph.facts.find((f): f is TargetFact => f.kind === "target")!;
  const [list, second] = readFileSync(SEED_QUESTIONS, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q);
  return [
    ["/health", "/health"],
    ["/api/v1/awards?year&award", `/api/v1/awards?year=${award.year}&award=${q(award.award)}`],
    ["/api/v1/awards?region", `/api/v1/awards?region=${q(award.recipient_region ?? "中国")}`],
    ["/api/v1/entities/:name", `/api/v1/entities/${q(award.recipient)}`],
    ["/api/v1/ask (seed question 1)", `/api/v1/ask?q=${q(list!)}`],
    ["/api/v1/ask (seed question 2)", `/api/v1/ask?q=${q(second!)}`],
    ["/api/v1/policies", "/api/v1/policies"],
    ["/api/v1/policies/:id", `/api/v1/policies/${q(policy.title)}?as_of=2023`],
    ["/api/v1/metrics/:name", `/api/v1/metrics/${q(target.metric_key ?? target.metric)}?as_of=2023`],
  ];
}

async function time(path: string, env: Env, runs: number): Promise<number[]> {
  await app.request(path, {}, env); // warm: per-isolate caches, Cypher plans
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const res = await app.request(path, {}, env);
    await res.arrayBuffer();
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

export async function benchApi(runs = 40): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "qkg-api-bench-"));
  const graph = join(dir, "graph.sqlite");
  execFileSync(process.execPath, ["--import", "tsx", "ingest/cli.ts", "ingest", CORPUS, "--graph", graph, "--quiet"]);
  const sqlEnv = graphEnv(graph);
  const assets = sqlEnv.ASSETS;
  const conn = neo4jConnectionFromEnv(process.env);
  const http = neo4jHttpConnectionFromEnv(process.env);
  const envs: Array<[string, Env]> = [["sql", sqlEnv]];
  const local = ["127.0.0.1", "localhost", "::1"].includes(hostPort(conn.uri, 7687).host);
  let started = false;
  if (local) {
    await acquireNeo4j();
    if (!(await boltAnswers(conn))) {
      await startServer({ conn, httpUrl: http.url });
      started = true;
    }
    await loadIntoNeo4j(await readGraphFile(graph), conn, { prune: true });
    envs.push([
      "neo4j",
      {
        ASSETS: assets,
        ...neo4jWorkerVars,
      },
    ]);
  }
  const rows: BenchRow[] = [];
  try {
    for (const [name, path] of routesFor(await readGraphFile(graph))) {
      const cells: string[] = [];
      for (const [, env] of envs) {
        const t = await time(path, env, runs);
        cells.push(`${percentile(t, 50).toFixed(2)} / ${percentile(t, 95).toFixed(2)}`);
      }
      rows.push({ bench: "api", metric: `${name}  p50/p95 ${envs.map(([k]) => k).join(" | ")}`, value: cells.join(" | "), unit: "ms" });
    }
  } finally {
    if (started) await stopServer({ conn, httpUrl: http.url });
    if (local) releaseNeo4jLock();
  }
  return rows;
}

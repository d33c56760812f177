// Question answering on the SQL backend (the ingested graph file) and on the gold facts in memory: latency per question over all seed questions
// (p50, p95), questions per second, and the one-off cost of the first question (lexicon build).
// Runs on the seed graph as ingest builds it, and on the gold-fact graph for comparison.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answerQuestion } from "../graph/ask/answer.js";
import { openGraphFile } from "../ingest/graph-file.js";
import type { Backend } from "../graph/backend/backend.js";
import { snapshotBackend } from "../graph/backend/snapshot-backend.js";
import { sqlBackend } from "../graph/backend/sql-backend.js";
import { goldSnapshot } from "../test/fixtures/gold-snapshot.js";
import { percentile, type BenchRow } from "./bench-row.js";

const SHARED = new URL("../../shared/", import.meta.url).pathname;
const ROUNDS = 20;

function questions(): string[] {
  return readFileSync(join(SHARED, "eval/seeds-questions.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q);
}

async function measure(label: string, backend: Backend, qs: string[]): Promise<BenchRow[]> {
  const t0 = performance.now();
  await answerQuestion(backend, qs[0]);
  const first = performance.now() - t0;
  const times: number[] = [];
  const start = performance.now();
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of qs) {
      const t = performance.now();
      await answerQuestion(backend, q);
      times.push(performance.now() - t);
    }
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  const ms = (x: number) => Number(x.toFixed(3));
  return [
    { bench: "ask", metric: `${label}: first question (builds the lexicon)`, value: ms(first), unit: "ms" },
    { bench: "ask", metric: `${label}: latency p50 (${qs.length} seed questions × ${ROUNDS})`, value: ms(percentile(times, 50)), unit: "ms" },
    { bench: "ask", metric: `${label}: latency p95`, value: ms(percentile(times, 95)), unit: "ms", target: "< 2 ms" },
    { bench: "ask", metric: `${label}: throughput`, value: Math.round((times.length / total) * 1000), unit: "questions/s" },
  ];
}

export async function benchAsk(): Promise<BenchRow[]> {
  const qs = questions();
  const dir = mkdtempSync(join(tmpdir(), "qkg-bench-ask-"));
  const graph = join(dir, "graph.sqlite");
  execFileSync(process.execPath, ["--import", "tsx", "ingest/cli.ts", "ingest", join(SHARED, "corpus"), "--graph", graph, "--quiet"]);
  return [
    ...(await measure("ingest graph (SQLite)", sqlBackend((await openGraphFile(graph)).db), qs)),
    ...(await measure("gold-fact graph (in memory)", snapshotBackend(goldSnapshot()), qs)),
  ];
}

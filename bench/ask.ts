// Question answering: the first answer from a fresh backend (what a new isolate pays: the region
// table, the newest year and the question's own name lookups, no gazetteer) on the seeds' graph
// and on generated 1,000 (and, with QKG_BENCH_ASK_SIZES=1000,10000, 10,000) document graphs;
// then latency per question over all seed questions (p50, p95) on the SQL backend and on the
// gold facts in memory (the snapshot, in-process: target p95 < 1 ms).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { answerQuestion } from "../graph/ask/answer.js";
import type { Backend } from "../graph/backend/backend.js";
import { snapshotBackend } from "../graph/backend/snapshot-backend.js";
import { sqlBackend } from "../graph/backend/sql-backend.js";
import { openGraphFile } from "../ingest/graph-file.js";
import { goldSnapshot } from "../test/fixtures/gold-snapshot.js";
import { type BenchRow, percentile } from "./bench-row.js";
import { writeSyntheticCorpus } from "./corpus.js";

const ROOT = new URL("..", import.meta.url).pathname;
const SHARED = new URL("../../shared/", import.meta.url).pathname;
const WORK = join(ROOT, ".qkg/bench");
const ROUNDS = 20;
const ms = (x: number) => Number(x.toFixed(3));

function questions(): string[] {
  return readFileSync(join(SHARED, "eval/seeds-questions.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q);
}

function ingest(docs: string, graph: string): void {
  execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "ingest/cli.ts"), "ingest", docs, "--graph", graph, "--quiet"], {
    cwd: ROOT,
  });
}

/** A generated corpus of `n` documents, ingested once (kept under .qkg/bench for the next run). */
function generatedGraph(n: number): string {
  const graph = join(WORK, `ask-graph-${n}.sqlite`);
  const docs = join(WORK, `ask-corpus-${n}`);
  mkdirSync(WORK, { recursive: true });
  if (!existsSync(docs)) writeSyntheticCorpus(docs, n);
  ingest(docs, graph); // unchanged documents are not read again
  return graph;
}

/** The first answer from a backend opened now, with the question code already loaded: the per-backend cost alone. */
async function cold(label: string, graph: string, question: string): Promise<BenchRow[]> {
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const backend = sqlBackend((await openGraphFile(graph)).db);
  await answerQuestion(backend, question);
  const first = performance.now() - t0;
  const t1 = performance.now();
  await answerQuestion(backend, question);
  const second = performance.now() - t1;
  const heap = (process.memoryUsage().heapUsed - heap0) / (1 << 20);
  return [
    { bench: "ask", metric: `${label}: first answer, fresh backend (open + regions + name lookups)`, value: ms(first), unit: "ms" },
    { bench: "ask", metric: `${label}: the same question again`, value: ms(second), unit: "ms" },
    { bench: "ask", metric: `${label}: heap grown by the first answer`, value: heap.toFixed(1), unit: "MiB" },
  ];
}

async function latency(label: string, backend: Backend, qs: string[], target?: string): Promise<BenchRow[]> {
  await answerQuestion(backend, qs[0]);
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
  return [
    {
      bench: "ask",
      metric: `${label}: latency p50 (${qs.length} seed questions × ${ROUNDS})`,
      value: ms(percentile(times, 50)),
      unit: "ms",
    },
    { bench: "ask", metric: `${label}: latency p95`, value: ms(percentile(times, 95)), unit: "ms", target },
    { bench: "ask", metric: `${label}: throughput`, value: Math.round((times.length / total) * 1000), unit: "questions/s" },
  ];
}

export async function benchAsk(
  sizes = (process.env.QKG_BENCH_ASK_SIZES ?? "1000").split(",").filter(Boolean).map(Number),
): Promise<BenchRow[]> {
  const qs = questions();
  mkdirSync(WORK, { recursive: true });
  const seeds = join(WORK, "ask-seeds.sqlite");
  ingest(join(SHARED, "corpus"), seeds);
  // Load the question code once on another backend, so the rows below measure the backend's cost.
  await answerQuestion(snapshotBackend(goldSnapshot()), qs[0]);
  const rows: BenchRow[] = [...(await cold("seeds' graph", seeds, qs[0]))];
  for (const n of sizes) {
    const graph = generatedGraph(n);
    const backend = sqlBackend((await openGraphFile(graph)).db);
    const award = (await backend.awards({}, { limit: 1 }))[0];
    const q = `${award?.year ?? 2020}年哪些企业获得了${award?.award ?? "质量奖"}?`;
    rows.push(...(await cold(`${n} generated documents`, graph, q)));
  }
  rows.push(
    ...(await latency("seeds' graph (SQLite)", sqlBackend((await openGraphFile(seeds)).db), qs)),
    ...(await latency("gold-fact graph (snapshot, in memory)", snapshotBackend(goldSnapshot()), qs, "< 1 ms")),
  );
  return rows;
}

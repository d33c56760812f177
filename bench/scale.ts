// Cost against corpus size: a synthetic corpus (bench/corpus.ts) of 100, 1,000 (and, with
// QKG_BENCH_SIZES=100,1000,10000, 10,000) documents is ingested by the CLI (wall time, peak RSS),
// ingested again unchanged, and served: each route through the worker app over the graph file
// with the SQL D1 runs (server time p50/p95, in-process).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { serializeSnapshot } from "../graph/snapshot.js";
import { readGraphFile } from "../ingest/graph-file.js";
import app from "../src/app.js";
import type { Env } from "../src/env.js";
import { graphEnv } from "../test/graph-env.js";
import { type BenchRow, percentile } from "./bench-row.js";
import { writeSyntheticCorpus } from "./corpus.js";

const ROOT = new URL("..", import.meta.url).pathname;
const WORK = join(ROOT, ".qkg/bench");
const q = encodeURIComponent;

function ingest(docs: string, graph: string): { ms: number; maxRssKiB: number } {
  const out = execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "bench/ingest-child.ts"), docs, "--graph", graph], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out.trim().split("\n").pop()!) as { ms: number; maxRssKiB: number };
}

async function serverTimes(path: string, env: Env, runs: number): Promise<{ first: number; p50: number; p95: number }> {
  const t0 = performance.now();
  await (await app.request(path, {}, env)).arrayBuffer();
  const first = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await (await app.request(path, {}, env)).arrayBuffer();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { first, p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function routes(graph: string): Promise<[string, string][]> {
  // A firm and a year the corpus has, found through the API itself.
  const env = graphEnv(graph);
  const page = (await (await app.request("/api/v1/awards?limit=1", {}, env)).json()) as {
    items: { recipient: string; award: string; year: number | null }[];
  };
  const first = page.items[0];
  const policy = ((await (await app.request("/api/v1/policies?limit=1", {}, env)).json()) as { items: { id: string }[] }).items[0];
  return [
    ["/health", "/health"],
    ["awards (first page)", "/api/v1/awards"],
    ["awards?year&award", `/api/v1/awards?year=${first?.year ?? 2020}&award=${q(first?.award ?? "")}`],
    ["entities/:name", `/api/v1/entities/${q(first?.recipient ?? "x")}`],
    ["ask (list)", `/api/v1/ask?q=${q(`${first?.year ?? 2020}年哪些企业获得了${first?.award ?? "质量奖"}?`)}`],
    ["policies (first page)", "/api/v1/policies"],
    ["policies?limit=10", "/api/v1/policies?limit=10"],
    ["policies/:id", `/api/v1/policies/${q(policy?.id ?? "x")}?as_of=2023`],
  ];
}

export async function benchScale(sizes = (process.env.QKG_BENCH_SIZES ?? "100,1000").split(",").map(Number)): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of sizes) {
    const docs = join(WORK, `corpus-${n}`);
    const graph = join(WORK, `graph-${n}.sqlite`);
    mkdirSync(WORK, { recursive: true });
    const { bytes } = writeSyntheticCorpus(docs, n);
    rmSync(graph, { force: true });
    const first = ingest(docs, graph);
    const again = ingest(docs, graph);
    const size = statSync(graph).size;
    const json = serializeSnapshot(await readGraphFile(graph)).length;
    const tag = `${n} docs`;
    rows.push(
      { bench: "scale", metric: `${tag}: input`, value: (bytes / 1024).toFixed(0), unit: "KiB" },
      { bench: "scale", metric: `${tag}: ingest (CLI, fresh graph)`, value: (first.ms / 1000).toFixed(1), unit: "s" },
      {
        bench: "scale",
        metric: `${tag}: ingest peak RSS`,
        value: Math.round(first.maxRssKiB / 1024),
        unit: "MiB",
        target: "< 600 MiB at 10,000",
      },
      {
        bench: "scale",
        metric: `${tag}: re-ingest, nothing changed`,
        value: (again.ms / 1000).toFixed(2),
        unit: "s",
        target: "< 10% of the first",
      },
      { bench: "scale", metric: `${tag}: graph file (SQLite)`, value: (size / 1024).toFixed(0), unit: "KiB" },
    );
    rows.push({
      bench: "scale",
      metric: `${tag}: the same graph as a JSON snapshot (the old store)`,
      value: (json / 1024).toFixed(0),
      unit: "KiB",
    });
    const env = graphEnv(graph);
    for (const [name, path] of await routes(graph)) {
      const t = await serverTimes(path, env, 100);
      rows.push({
        bench: "scale",
        metric: `${tag}: ${name} first / p50 / p95 (SQLite, in-process)`,
        value: `${t.first.toFixed(1)} / ${t.p50.toFixed(2)} / ${t.p95.toFixed(2)}`,
        unit: "ms",
        target: name.startsWith("ask") || name.startsWith("awards") || name.startsWith("entities") ? "p95 < 5 ms" : undefined,
      });
    }
  }
  return rows;
}

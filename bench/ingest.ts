import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { BenchRow } from "./bench-row.js";

const CORPUS = new URL("../../shared/corpus", import.meta.url).pathname;

/** Whole-CLI ingest of the seeds (process start included), graph file size, worker bundle size. */
export async function benchIngest(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "qkg-bench-"));
  const graph = join(dir, "graph.sqlite");
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, ["--import", "tsx", "ingest/cli.ts", "ingest", CORPUS, "--graph", graph, "--quiet"]);
    times.push(performance.now() - t0);
  }
  const snapshot = readFileSync(graph);
  // wrangler refuses a config whose assets directory is missing, as in a fresh clone.
  mkdirSync(".qkg/site", { recursive: true });
  execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", join(dir, "bundle")], { stdio: "ignore" });
  const bundle = readFileSync(join(dir, "bundle", "index.js"));
  return [
    { bench: "ingest", metric: "seed corpus (5 docs), CLI wall time, best of 3", value: Math.round(Math.min(...times)), unit: "ms" },
    { bench: "ingest", metric: "seed graph file (SQLite) size", value: (statSync(graph).size / 1024).toFixed(1), unit: "KiB" },
    { bench: "ingest", metric: "seed graph file gzip", value: (gzipSync(snapshot).length / 1024).toFixed(1), unit: "KiB" },
    { bench: "worker", metric: "bundle size", value: (bundle.length / 1024).toFixed(1), unit: "KiB" },
    { bench: "worker", metric: "bundle gzip", value: (gzipSync(bundle).length / 1024).toFixed(1), unit: "KiB" },
  ];
}

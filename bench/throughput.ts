// Throughput of GET /api/v1/ask under `wrangler dev` (D1, seed graph) against a minimal Hono worker
// answering the same path with a constant, under the same wrangler dev: autocannon, 50 connections,
// 20 s each (QKG_THROUGHPUT_SECONDS changes it). The ratio is what the API's layers cost. The app
// runs as wrangler.toml configures it (answer cache on: every visitor asking the same question is
// the case it is for) and once more with the cache off, so the cost of answering is shown too.
import { mkdirSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";
import { seedD1, startWranglerDev, type WranglerDevOptions } from "../test/api/wrangler-dev.js";
import { ROOT } from "../test/seed-paths.js";
import type { BenchRow } from "./bench-row.js";

const QUESTION = encodeURIComponent("2021年哪些企业获得了市长质量奖?");
const PATH = `/api/v1/ask?q=${QUESTION}`;

async function measure(options: WranglerDevOptions, seconds: number) {
  const worker = await startWranglerDev(options);
  try {
    const r = await autocannon({ url: worker.origin + PATH, connections: 50, duration: seconds });
    return { rps: r.requests.average, errors: r.errors + r.timeouts, non2xx: r.non2xx, p50: r.latency.p50 };
  } finally {
    await worker.stop();
  }
}

export async function benchThroughput(): Promise<BenchRow[]> {
  const seconds = Number(process.env.QKG_THROUGHPUT_SECONDS ?? 20);
  const dir = `${ROOT}.qkg/api-test/minimal-worker`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    `${dir}/index.ts`,
    `import { Hono } from "hono";\nexport default new Hono().get("/api/v1/ask", (c) => c.json({ answer: [] }));\n`,
  );
  const base = seedD1("throughput-app");
  const app = await measure({ ...base, vars: { ...base.vars, QKG_ANSWER_CACHE: "256" } }, seconds);
  const uncached = await measure({ ...seedD1("throughput-uncached") }, seconds);
  const minimal = await measure({ name: "throughput-minimal", vars: {}, main: `${dir}/index.ts`, readyPath: PATH }, seconds);
  return [
    { bench: "throughput", metric: "ask req/s (app, D1, answer cache as in wrangler.toml)", value: Math.round(app.rps), unit: "req/s" },
    { bench: "throughput", metric: "ask req/s (app, D1, answer cache off)", value: Math.round(uncached.rps), unit: "req/s" },
    { bench: "throughput", metric: "ask errors + non-2xx (app)", value: app.errors + app.non2xx, target: "0" },
    { bench: "throughput", metric: "req/s (minimal Hono worker)", value: Math.round(minimal.rps), unit: "req/s" },
    { bench: "throughput", metric: "app / minimal", value: Number((app.rps / minimal.rps).toFixed(2)), target: ">= 0.8" },
  ];
}

// The embedded default as it runs: `wrangler dev` (workerd, local D1) serving a graph of the scale
// bench's synthetic corpus, each route asked 100 times; the figures are the worker's own
// Server-Timing (in workerd the clock advances across I/O, so this is the time D1 takes).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadLocalD1 } from "../scripts/load-d1.js";
import { type BenchRow, percentile } from "./bench-row.js";

const ROOT = new URL("..", import.meta.url).pathname;
const WORK = join(ROOT, ".qkg/bench");
const PORT = Number(process.env.QKG_BENCH_PORT ?? 8787);
const INSPECTOR_PORT = PORT + 1000;
/** Requests per route: five routes, so the isolate has served over 1,000 when its heap is read. */
const RUNS = 210;

/**
 * The worker isolate's V8 heap, read through the inspector that wrangler dev opens (Chrome
 * DevTools protocol, Runtime.getHeapUsage) after a garbage collection: what the isolate keeps.
 */
async function isolateHeap(port: number): Promise<{ usedMiB: number; totalMiB: number }> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()) as { webSocketDebuggerUrl: string }[];
  const url = targets[0]?.webSocketDebuggerUrl;
  if (!url) throw new Error("wrangler dev's inspector lists no worker");
  // Node 20 has no WebSocket global; ws comes with wrangler (miniflare uses it).
  const { default: WebSocket } = (await import("ws")) as unknown as {
    default: new (url: string) => { on(e: string, f: (d: unknown) => void): void; send(s: string): void; close(): void };
  };
  const ws = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    ws.on("open", () => resolve());
    ws.on("error", (e) => reject(e as Error));
  });
  let next = 1;
  const waiting = new Map<number, (r: { result?: Record<string, number>; error?: { message: string } }) => void>();
  ws.on("message", (data) => {
    const msg = JSON.parse(String(data)) as { id?: number; result?: Record<string, number>; error?: { message: string } };
    if (msg.id != null) waiting.get(msg.id)?.(msg);
  });
  const call = (method: string) =>
    new Promise<Record<string, number>>((resolve, reject) => {
      const id = next++;
      waiting.set(id, (r) => (r.error ? reject(new Error(`${method}: ${r.error.message}`)) : resolve(r.result ?? {})));
      ws.send(JSON.stringify({ id, method }));
    });
  try {
    await call("HeapProfiler.collectGarbage").catch(() => undefined);
    const heap = await call("Runtime.getHeapUsage");
    return { usedMiB: heap.usedSize! / 2 ** 20, totalMiB: heap.totalSize! / 2 ** 20 };
  } finally {
    ws.close();
  }
}
const q = encodeURIComponent;

async function waitFor(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

const serverTime = (res: Response) => Number(/dur=([\d.]+)/.exec(res.headers.get("server-timing") ?? "")?.[1] ?? NaN);

export async function benchD1(sizes = (process.env.QKG_BENCH_SIZES ?? "100,1000").split(",").map(Number)): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of sizes) {
    const graph = join(WORK, `graph-${n}.sqlite`);
    if (!existsSync(graph)) throw new Error(`run the scale bench for ${n} documents first (it writes ${graph})`);
    const dir = join(WORK, `d1-${n}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, "site"), { recursive: true });
    const config = join(dir, "wrangler.json");
    writeFileSync(
      config,
      JSON.stringify({
        name: "qkg-bench",
        main: join(ROOT, "src/index.ts"),
        compatibility_date: "2026-04-01",
        assets: { directory: join(dir, "site"), binding: "ASSETS", run_worker_first: true },
        d1_databases: [{ binding: "DB", database_name: "qkg-bench", database_id: "00000000-0000-4000-8000-000000000003" }],
        vars: { QKG_BACKEND: "d1", CORS_ORIGINS: "*" },
      }),
    );
    process.stderr.write(`d1 bench: loading ${n} documents into local D1…\n`);
    const loaded = await loadLocalD1({
      graph,
      database: "qkg-bench",
      config,
      persistTo: join(dir, "state"),
      sqlFile: join(dir, "graph.sql"),
    });
    rows.push({
      bench: "d1",
      metric: `${n} docs: load local D1 (qkg dump + wrangler d1 execute)`,
      value: (loaded.ms / 1000).toFixed(1),
      unit: "s",
    });
    const child = spawn(
      process.execPath,
      [
        join(ROOT, "node_modules/wrangler/bin/wrangler.js"),
        "dev",
        "--config",
        config,
        "--port",
        String(PORT),
        "--inspector-port",
        String(INSPECTOR_PORT),
        "--ip",
        "127.0.0.1",
        "--persist-to",
        join(dir, "state"),
        "--show-interactive-dev-session=false",
        "--log-level",
        "warn",
      ],
      { cwd: ROOT, env: { ...process.env, CI: "1", WRANGLER_SEND_METRICS: "false" }, stdio: "ignore" },
    );
    try {
      const origin = `http://127.0.0.1:${PORT}`;
      await waitFor(`${origin}/health`, 120_000);
      process.stderr.write(`d1 bench: wrangler dev answers; ${RUNS + 1} requests per route…\n`);
      const page = (await (await fetch(`${origin}/api/v1/awards?limit=1`)).json()) as {
        items: { recipient: string; award: string; year: number | null }[];
      };
      const first = page.items[0];
      const routes: [string, string][] = [
        ["/health", "/health"],
        ["awards (one page)", "/api/v1/awards"],
        ["awards?year&award", `/api/v1/awards?year=${first?.year ?? 2020}&award=${q(first?.award ?? "")}`],
        ["entities/:name", `/api/v1/entities/${q(first?.recipient ?? "x")}`],
        ["ask (list)", `/api/v1/ask?q=${q(`${first?.year ?? 2020}年哪些企业获得了${first?.award ?? "质量奖"}?`)}`],
      ];
      for (const [name, path] of routes) {
        const firstRes = await fetch(origin + path);
        await firstRes.arrayBuffer();
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const res = await fetch(origin + path);
          await res.arrayBuffer();
          times.push(serverTime(res));
        }
        times.sort((a, b) => a - b);
        rows.push({
          bench: "d1",
          metric: `${n} docs: ${name} first / p50 / p95 server time (wrangler dev, D1)`,
          value: `${serverTime(firstRes).toFixed(1)} / ${percentile(times, 50).toFixed(1)} / ${percentile(times, 95).toFixed(1)}`,
          unit: "ms",
          target: name === "/health" ? undefined : "p95 < 5 ms",
        });
      }
      try {
        // The inspector may not answer (another workerd version, a busy machine): never wait long.
        const heap = await Promise.race([
          isolateHeap(INSPECTOR_PORT),
          new Promise<never>((_, reject) =>
            setTimeout(() => reject(new Error("the inspector did not answer within 30 s")), 30_000).unref(),
          ),
        ]);
        rows.push({
          bench: "d1",
          metric: `${n} docs: isolate heap used / total after ${routes.length * (RUNS + 1) + 1} requests (inspector, after GC)`,
          value: `${heap.usedMiB.toFixed(1)} / ${heap.totalMiB.toFixed(1)}`,
          unit: "MiB",
          target: "< 32 MB",
        });
      } catch (e) {
        rows.push({ bench: "d1", metric: `${n} docs: isolate heap`, value: `not read: ${(e as Error).message.split("\n")[0]}` });
      }
    } finally {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
  }
  return rows;
}

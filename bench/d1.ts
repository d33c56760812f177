// The embedded default as it runs: `wrangler dev` (workerd, local D1) serving a graph of the scale
// bench's synthetic corpus, each route asked 211 times with the answer cache off; the figures are
// the worker's own Server-Timing (in workerd the clock advances across I/O only, so this is the time
// D1 takes) and its round trips to D1. The CPU of the first answer in a new isolate is workerd's
// (/proc), and through wrangler dev's inspector (DevTools protocol) the isolate's heap after every
// request is read (a heap snapshot first: it makes V8 collect garbage; HeapProfiler.collectGarbage
// is not answered by workerd).
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sqlBackend } from "../graph/backend/sql-backend.js";
import { openGraphFile } from "../ingest/graph-file.js";
import { loadLocalD1 } from "../scripts/load-d1.js";
import { type BenchRow, percentile } from "./bench-row.js";

const ROOT = new URL("..", import.meta.url).pathname;
const WORK = join(ROOT, ".qkg/bench");
const PORT = Number(process.env.QKG_BENCH_PORT ?? 8787);
const INSPECTOR_PORT = PORT + 1000;
/** Requests per route after the first: five routes, so the isolate has served over 1,000 when its heap is read. */
const RUNS = 210;

type Message = { id?: number; method?: string; result?: Record<string, unknown>; error?: { message: string } };
type Socket = { on(e: string, f: (d: unknown) => void): void; send(s: string): void; close(): void };

/** A DevTools protocol session with the worker, through the inspector wrangler dev opens. */
async function inspect(port: number): Promise<{ call(method: string, params?: object): Promise<Record<string, unknown>>; close(): void }> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()) as { webSocketDebuggerUrl: string }[];
  const url = targets[0]?.webSocketDebuggerUrl;
  if (!url) throw new Error("wrangler dev's inspector lists no worker");
  // Node 20 has no WebSocket global; ws comes with wrangler (miniflare uses it).
  const { default: WebSocket } = (await import("ws")) as unknown as { default: new (url: string) => Socket };
  const ws = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    ws.on("open", () => resolve());
    ws.on("error", (e) => reject(e as Error));
  });
  let next = 1;
  const waiting = new Map<number, (m: Message) => void>();
  ws.on("message", (data) => {
    const msg = JSON.parse(String(data)) as Message;
    // The proxy forwards wrangler's own calls (ids from 100000000) and events: only ours are awaited.
    // Some calls (Profiler.enable, Profiler.start) come back as an echo of the call, without a result.
    if (msg.id != null) waiting.get(msg.id)?.(msg);
  });
  return {
    call: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = next++;
        const timer = setTimeout(() => reject(new Error(`${method}: the inspector did not answer within 60 s`)), 60_000).unref();
        waiting.set(id, (m) => {
          clearTimeout(timer);
          waiting.delete(id);
          if (m.error) reject(new Error(`${method}: ${m.error.message}`));
          else resolve(m.result ?? {});
        });
        ws.send(JSON.stringify({ id, method, params }));
      }),
    close: () => ws.close(),
  };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds of CPU in a profile: every sample but those of the idle isolate. */
function cpuMs(p: CpuProfile): number {
  const idle = new Set(p.nodes.filter((n) => n.callFrame.functionName === "(idle)").map((n) => n.id));
  let us = 0;
  p.samples.forEach((node, i) => {
    if (!idle.has(node)) us += p.timeDeltas[i] ?? 0;
  });
  return us / 1000;
}

const q = encodeURIComponent;

/** The workerd processes under a process (wrangler dev runs one), by /proc. */
function workerdPids(root: number): number[] {
  const children = (pid: number): number[] => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const all: number[] = [];
  for (let todo = [root]; todo.length; ) {
    const pid = todo.pop()!;
    for (const c of children(pid)) {
      all.push(c);
      todo.push(c);
    }
  }
  return all.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "workerd";
    } catch {
      return false;
    }
  });
}

/** CPU time of processes so far, in ms: every thread's time on a CPU (/proc/<pid>/task/<tid>/schedstat, ns). */
function cpuOf(pids: number[]): number {
  let ns = 0;
  for (const pid of pids) {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
      } catch {
        // the thread has ended
      }
    }
  }
  return ns / 1e6;
}

/** wrangler dev, started; resolves when it says it is ready (no request reaches the worker before the bench's). */
function startWranglerDev(config: string, state: string): { child: ChildProcess; ready: Promise<void> } {
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
      state,
      "--show-interactive-dev-session=false",
    ],
    { cwd: ROOT, env: { ...process.env, CI: "1", WRANGLER_SEND_METRICS: "false", NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`wrangler dev was not ready within 180 s:\n${output.slice(-2000)}`)), 180_000);
    const watch = (d: Buffer) => {
      output += String(d);
      if (output.includes("Ready on")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", watch);
    child.stderr!.on("data", watch);
    child.once("exit", (code) => reject(new Error(`wrangler dev exited (${code}):\n${output.slice(-2000)}`)));
  });
  return { child, ready };
}

interface Timing {
  app: number;
  d1: number;
  trips: number;
}

/** The worker's own figures from Server-Timing: `app;dur=…, d1;dur=…;desc="n round trips"`. */
function serverTiming(res: Response): Timing {
  const h = res.headers.get("server-timing") ?? "";
  const metric = (name: string) => Number(new RegExp(`(?:^|, )${name};dur=([\\d.]+)`).exec(h)?.[1] ?? NaN);
  return { app: metric("app"), d1: metric("d1"), trips: Number(/desc="(\d+) round trips"/.exec(h)?.[1] ?? NaN) };
}

/** The routes asked, named after the graph's first award fact (read from the graph file). */
async function routesFor(graph: string): Promise<[string, string][]> {
  const file = await openGraphFile(graph);
  const [first] = await sqlBackend(file.db).awards({}, { limit: 1 });
  file.close();
  const year = first?.year ?? 2020;
  return [
    ["ask (list)", `/api/v1/ask?q=${q(`${year}年哪些企业获得了${first?.award ?? "质量奖"}?`)}`],
    ["/health", "/health"],
    ["awards (one page)", "/api/v1/awards"],
    ["awards?year&award", `/api/v1/awards?year=${year}&award=${q(first?.award ?? "")}`],
    ["entities/:name", `/api/v1/entities/${q(first?.recipient ?? "x")}`],
  ];
}

function benchConfig(n: number, dir: string): string {
  const config = join(dir, "wrangler.json");
  writeFileSync(
    config,
    JSON.stringify({
      name: "qkg-bench",
      // QKG_BENCH_D1_MAIN: another checkout's worker, to compare old and new code on the same database.
      main: process.env.QKG_BENCH_D1_MAIN || join(ROOT, "src/index.ts"),
      compatibility_date: "2026-04-01",
      assets: { directory: join(dir, "site"), binding: "ASSETS", run_worker_first: true },
      d1_databases: [{ binding: "DB", database_name: "qkg-bench", database_id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}` }],
      // The answer cache off: every request is answered from D1.
      vars: { QKG_BACKEND: "d1", CORS_ORIGINS: "*", QKG_ANSWER_CACHE: "0" },
    }),
  );
  return config;
}

const fixed = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "?");

async function benchSize(n: number, rows: BenchRow[]): Promise<void> {
  const graph = join(WORK, `graph-${n}.sqlite`);
  if (!existsSync(graph)) throw new Error(`run the scale bench for ${n} documents first (it writes ${graph})`);
  const dir = join(WORK, `d1-${n}`);
  const state = join(dir, "state");
  if (process.env.QKG_BENCH_D1_REUSE !== "1" || !existsSync(state)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, "site"), { recursive: true });
    const config = benchConfig(n, dir);
    process.stderr.write(`d1 bench: loading ${n} documents into local D1…\n`);
    const loaded = await loadLocalD1({ graph, database: "qkg-bench", config, persistTo: state, sqlFile: join(dir, "graph.sql") });
    rows.push({
      bench: "d1",
      metric: `${n} docs: load local D1 (qkg dump + wrangler d1 execute, ${loaded.statements} statements)`,
      value: (loaded.ms / 1000).toFixed(1),
      unit: "s",
    });
  }
  const config = benchConfig(n, dir);
  const routes = await routesFor(graph);
  const { child, ready } = startWranglerDev(config, state);
  try {
    const t0 = performance.now();
    await ready;
    rows.push({ bench: "d1", metric: `${n} docs: wrangler dev ready`, value: ((performance.now() - t0) / 1000).toFixed(1), unit: "s" });
    const origin = `http://127.0.0.1:${PORT}`;
    const inspector = await inspect(INSPECTOR_PORT);
    try {
      // The first answer in the new isolate: nothing has reached the worker before it. Its CPU is
      // workerd's (every thread, so the local D1 too: an upper bound). With QKG_BENCH_D1_PROFILE=1
      // the isolate is profiled as well; on a loaded machine the profile counts the time its thread
      // waited for a core as CPU, and sampling costs CPU of its own.
      const profiling = process.env.QKG_BENCH_D1_PROFILE === "1";
      if (profiling) {
        await inspector.call("Profiler.enable");
        await inspector.call("Profiler.setSamplingInterval", { interval: 100 });
        await inspector.call("Profiler.start");
      }
      const [, askPath] = routes[0]!;
      // workerd's own CPU too (every thread: the worker, the local D1 beside it, the inspector).
      const workerd = workerdPids(child.pid!);
      const cpu0 = cpuOf(workerd);
      const firstRes = await fetch(origin + askPath);
      await firstRes.arrayBuffer();
      const workerdCpu = cpuOf(workerd) - cpu0;
      const profiled = profiling ? cpuMs(((await inspector.call("Profiler.stop")) as { profile: CpuProfile }).profile).toFixed(1) : "-";
      const first = serverTiming(firstRes);
      rows.push({
        bench: "d1",
        metric: `${n} docs: first answer in a new isolate: workerd CPU (all threads, with local D1) / isolate profile / server time / D1 round trips`,
        value: `${workerd.length ? workerdCpu.toFixed(1) : "?"} / ${profiled} / ${fixed(first.app)} / ${first.trips}`,
        unit: "ms",
        target: "CPU < 50 ms",
      });
      process.stderr.write(`d1 bench: ${n} docs, ${RUNS + 1} requests per route…\n`);
      let requests = 1;
      for (const [name, path] of routes) {
        const firstOfRoute = serverTiming(await fetch(origin + path).then(async (r) => (await r.arrayBuffer(), r)));
        requests++;
        const times: Timing[] = [];
        for (let i = 0; i < RUNS; i++) {
          const res = await fetch(origin + path);
          await res.arrayBuffer();
          if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
          times.push(serverTiming(res));
          requests++;
        }
        const app = times.map((t) => t.app).sort((a, b) => a - b);
        const trips = [...new Set(times.map((t) => t.trips).filter(Number.isFinite))].sort().join("/");
        rows.push({
          bench: "d1",
          metric: `${n} docs: ${name} first / p50 / p95 server time; D1 round trips (wrangler dev, D1)`,
          value: `${fixed(firstOfRoute.app)} / ${fixed(percentile(app, 50))} / ${fixed(percentile(app, 95))}; ${trips || "?"}`,
          unit: "ms",
          target: name === "/health" ? undefined : "p95 < 5 ms",
        });
      }
      const before = await inspector.call("Runtime.getHeapUsage");
      // A heap snapshot collects garbage first; its chunks arrive as events and are dropped.
      await inspector.call("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
      const after = await inspector.call("Runtime.getHeapUsage");
      const mib = (x: unknown) => (Number(x) / 2 ** 20).toFixed(1);
      rows.push({
        bench: "d1",
        metric: `${n} docs: isolate heap used before GC / after GC / total after ${requests} requests (inspector)`,
        value: `${mib(before.usedSize)} / ${mib(after.usedSize)} / ${mib(after.totalSize)}`,
        unit: "MiB",
        target: "< 32 MB",
      });
    } finally {
      inspector.close();
    }
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

export async function benchD1(sizes = (process.env.QKG_BENCH_SIZES ?? "100,1000").split(",").map(Number)): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of sizes) {
    try {
      await benchSize(n, rows);
    } catch (e) {
      rows.push({ bench: "d1", metric: `${n} docs: error`, value: (e as Error).message.split("\n")[0]! });
    }
  }
  return rows;
}

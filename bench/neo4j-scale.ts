// Neo4j against corpus size: the graph files of the scale bench (bench/scale.ts writes
// .qkg/bench/graph-<n>.sqlite from bench/corpus.ts) loaded into a wiped local Neo4j (relationships
// per second on a fresh load), loaded again unchanged (the reload every `qkg ingest --neo4j` makes),
// and served: the worker app with QKG_BACKEND=neo4j, each route's first answer and p95 server time.
// Then `qkg neo4j import` of the same graph (neo4j-admin, with and without its JVM start), when the
// server is qkg's local one. It WIPES the Neo4j it is pointed at, so it runs only against a Neo4j on
// this machine.
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import neo4j from "neo4j-driver";
import type { Snapshot } from "../graph/types.js";
import { readGraphFile } from "../ingest/graph-file.js";
import { hostPort, neo4jConnectionFromEnv, neo4jHttpConnectionFromEnv } from "../ingest/neo4j/connection.js";
import { openDriver } from "../ingest/neo4j/driver.js";
import { importIntoNeo4j } from "../ingest/neo4j/import.js";
import { applySchema, type LoadReport, loadIntoNeo4j } from "../ingest/neo4j/load.js";
import { boltAnswers, type LocalServerOptions, serverStatus, startServer, stopServer } from "../ingest/neo4j/local-server.js";
import { acquireNeo4j, releaseNeo4jLock } from "../scripts/neo4j-exclusive.js";
import app from "../src/app.js";
import type { Env } from "../src/env.js";
import { graphEnv } from "../test/graph-env.js";
import { neo4jWorkerVars } from "../test/neo4j/neo4j-fixture.js";
import { type BenchRow, percentile } from "./bench-row.js";

const ROOT = new URL("..", import.meta.url).pathname;
const WORK = join(ROOT, ".qkg/bench");
const q = encodeURIComponent;

async function wipe(conn: ReturnType<typeof neo4jConnectionFromEnv>): Promise<void> {
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password));
  try {
    await driver.session().run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await driver.close();
  }
}

// The heap the app keeps (what an isolate would hold) is measured after a full collection.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heapMiB = () => {
  gc();
  return process.memoryUsage().heapUsed / (1 << 20);
};
/** `plan 120 / schema 80 / …`: where a load's time went (LoadReport.phases), in ms. */
const phases = (r: LoadReport) =>
  Object.entries(r.phases)
    .map(([k, v]) => `${k} ${v}`)
    .join(" / ");

/**
 * The graph through neo4j-admin's importer: the server stopped, the import, the server started and
 * the schema built. Rows: rel/s with the importer's JVM start and without (its own IMPORT DONE time).
 */
async function importRows(tag: string, snapshot: Snapshot, server: LocalServerOptions): Promise<BenchRow[]> {
  await stopServer(server);
  let report: Awaited<ReturnType<typeof importIntoNeo4j>>;
  try {
    report = await importIntoNeo4j(snapshot, { home: server.home });
  } finally {
    await startServer(server);
  }
  const t0 = performance.now();
  const driver = openDriver(server.conn);
  try {
    await applySchema(driver);
  } finally {
    await driver.close();
  }
  const schemaMs = performance.now() - t0;
  const rate = (ms: number) => Math.round(report.relationships / (ms / 1000));
  const { csv, importer, importerOwn } = report.ms;
  return [
    {
      bench: "neo4j-scale",
      metric: `${tag}: qkg neo4j import, ${report.relationships} rels (CSV ${(csv / 1000).toFixed(1)} s + importer ${(importer / 1000).toFixed(1)} s with its JVM start)`,
      value: rate(report.ms.total),
      unit: "rel/s",
    },
    {
      bench: "neo4j-scale",
      metric: `${tag}: qkg neo4j import without the JVM start (CSV + importer's own ${(importerOwn / 1000).toFixed(1)} s)`,
      value: rate(csv + importerOwn),
      unit: "rel/s",
    },
    {
      bench: "neo4j-scale",
      metric: `${tag}: after the import, server start and schema (indexes built on the imported data)`,
      value: (schemaMs / 1000).toFixed(1),
      unit: "s",
    },
  ];
}

const serverTime = (res: Response) => Number(/dur=([\d.]+)/.exec(res.headers.get("server-timing") ?? "")?.[1] ?? NaN);

async function routes(env: Env): Promise<[string, string][]> {
  const page = (await (await app.request("/api/v1/awards?limit=1", {}, env)).json()) as {
    items: { recipient: string; award: string; year: number | null }[];
  };
  const first = page.items[0];
  return [
    ["awards (one page)", "/api/v1/awards"],
    ["awards?year&award", `/api/v1/awards?year=${first?.year ?? 2020}&award=${q(first?.award ?? "")}`],
    ["entities/:name", `/api/v1/entities/${q(first?.recipient ?? "x")}`],
    ["ask (list)", `/api/v1/ask?q=${q(`${first?.year ?? 2020}年哪些企业获得了${first?.award ?? "质量奖"}?`)}`],
  ];
}

export async function benchNeo4jScale(
  sizes = (process.env.QKG_BENCH_SIZES ?? "100,1000").split(",").map(Number),
  runs = 100,
): Promise<BenchRow[]> {
  const conn = neo4jConnectionFromEnv(process.env);
  const http = neo4jHttpConnectionFromEnv(process.env);
  if (!["127.0.0.1", "localhost", "::1"].includes(hostPort(conn.uri, 7687).host)) {
    return [{ bench: "neo4j-scale", metric: "skipped", value: `the bench wipes the database; ${conn.uri} is not on this machine` }];
  }
  const rows: BenchRow[] = [];
  await acquireNeo4j();
  let started = false;
  const server: LocalServerOptions = { conn, httpUrl: http.url, home: process.env.QKG_NEO4J_HOME || undefined };
  if (!(await boltAnswers(conn))) {
    await startServer(server);
    started = true;
  }
  // The importer writes the store files itself: only into qkg's own local server, stopped for it.
  const local = (await serverStatus(server)).running;
  try {
    for (const n of sizes) {
      const graph = join(WORK, `graph-${n}.sqlite`);
      if (!existsSync(graph)) throw new Error(`run the scale bench for ${n} documents first (it writes ${graph})`);
      const snapshot = await readGraphFile(graph);
      const tag = `${n} docs`;
      await wipe(conn);
      const fresh = await loadIntoNeo4j(snapshot, conn, { prune: true });
      if (!fresh.ok) throw new Error(`load failed: ${JSON.stringify(fresh.documents.failed.slice(0, 3))}`);
      const again = await loadIntoNeo4j(snapshot, conn, { prune: true });
      rows.push(
        {
          bench: "neo4j-scale",
          metric: `${tag}: fresh load, ${fresh.written.relationships} rels (${(fresh.ms / 1000).toFixed(1)} s)`,
          value: Math.round(fresh.written.relationships / (fresh.ms / 1000)),
          unit: "rel/s",
          target: "≥ 20000 at 10,000",
        },
        {
          bench: "neo4j-scale",
          metric: `${tag}: fresh load phases (${fresh.fresh ? "empty database: fresh path" : "general path"})`,
          value: phases(fresh),
          unit: "ms",
        },
        {
          bench: "neo4j-scale",
          metric: `${tag}: reload, nothing changed (${again.documents.unchanged.length} unchanged, ${again.written.nodes} nodes written)`,
          value: (again.ms / 1000).toFixed(2),
          unit: "s",
          target: "< 3 s",
        },
        { bench: "neo4j-scale", metric: `${tag}: reload phases`, value: phases(again), unit: "ms" },
      );
      const env: Env = {
        ...graphEnv(graph),
        ...neo4jWorkerVars,
      };
      const heap0 = heapMiB();
      let requests = 1;
      // Sampled after each request without a collection: what a request leaves before GC (a bound on its garbage too).
      let peak = heap0;
      for (const [name, path] of await routes(env)) {
        const firstRes = await app.request(path, {}, env);
        await firstRes.arrayBuffer();
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
          const res = await app.request(path, {}, env);
          await res.arrayBuffer();
          times.push(serverTime(res));
          peak = Math.max(peak, process.memoryUsage().heapUsed / (1 << 20));
        }
        requests += runs + 1;
        times.sort((a, b) => a - b);
        rows.push({
          bench: "neo4j-scale",
          metric: `${tag}: ${name} first / p50 / p95 server time (neo4j backend, in-process)`,
          value: `${serverTime(firstRes).toFixed(1)} / ${percentile(times, 50).toFixed(1)} / ${percentile(times, 95).toFixed(1)}`,
          unit: "ms",
          target: "first < 500, p95 < 50 ms",
        });
      }
      rows.push({
        bench: "neo4j-scale",
        metric: `${tag}: heap the app keeps after ${requests} requests (neo4j backend, in-process, after GC)`,
        value: (heapMiB() - heap0).toFixed(1),
        unit: "MiB",
        target: "isolate heap < 32 MB",
      });
      rows.push({
        bench: "neo4j-scale",
        metric: `${tag}: heap above the start at its highest between requests (no GC; garbage included)`,
        value: (peak - heap0).toFixed(1),
        unit: "MiB",
      });
      if (local) rows.push(...(await importRows(tag, snapshot, server)));
      else rows.push({ bench: "neo4j-scale", metric: `${tag}: qkg neo4j import`, value: "skipped: not qkg's local server" });
    }
    rows.push({
      bench: "neo4j-scale",
      metric: "machine load average (1 min) when the rows were taken",
      value: loadavg()[0]!.toFixed(2),
    });
  } finally {
    if (started) await stopServer(server);
    releaseNeo4jLock();
  }
  return rows;
}

// `node --import tsx bench/neo4j-scale.ts`: this bench alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchNeo4jScale())
    console.log(`${r.metric.padEnd(100)} ${String(r.value).padStart(22)} ${r.unit ?? ""} ${r.target ?? ""}`);
}

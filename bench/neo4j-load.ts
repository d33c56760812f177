// The Neo4j benchmark: load rate of a synthetic corpus (built in memory with createSnapshot) into
// the local Neo4j, re-load of the same corpus (idempotent), re-load with one changed document, and
// query latency per Backend method on both backends. It WIPES the Neo4j it is pointed at, so it
// runs only against a Neo4j on this machine. Starts the local server if none answers (and stops
// it again afterwards).
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import type { Backend } from "../graph/backend/backend.js";
import { neo4jBackend } from "../graph/backend/neo4j-backend.js";
import { snapshotBackend } from "../graph/backend/snapshot-backend.js";
import { stableHash } from "../graph/ids.js";
import { createSnapshot } from "../graph/snapshot.js";
import type { DocumentRecord, Fact, Level, RegionRecord, Snapshot } from "../graph/types.js";
import { hostPort, neo4jConnectionFromEnv, neo4jHttpConnectionFromEnv } from "../ingest/neo4j/connection.js";
import { loadIntoNeo4j } from "../ingest/neo4j/load.js";
import { boltAnswers, PROJECT_ROOT, startServer, stopServer } from "../ingest/neo4j/local-server.js";
import { acquireNeo4j, releaseNeo4jLock } from "../scripts/neo4j-exclusive.js";
import { queryApi } from "../src/backend/neo4j-query-api.js";
import { type BenchRow, percentile } from "./bench-row.js";

const AWARDS: [string, Level, string][] = [
  ["中国质量奖", "national", "中国"],
  ["全国质量标杆", "national", "中国"],
  ["江苏省省长质量奖", "provincial", "江苏省"],
  ["湖南省长质量奖", "provincial", "湖南省"],
  ["浙江省政府质量奖", "provincial", "浙江省"],
  ["常州市市长质量奖", "municipal", "常州市"],
  ["株洲市市长质量奖", "municipal", "株洲市"],
];
const CITIES = ["常州市", "株洲市", "长沙市", "南京市", "苏州市", "杭州市", "宁波市", "无锡市"];
const PROVINCE: Record<string, string> = {
  常州市: "江苏省",
  南京市: "江苏省",
  苏州市: "江苏省",
  无锡市: "江苏省",
  株洲市: "湖南省",
  长沙市: "湖南省",
  杭州市: "浙江省",
  宁波市: "浙江省",
};
const METRICS = ["制造业产品质量合格率", "品牌价值", "万人有效发明专利拥有量", "质量竞争力指数"];

/**
 * A synthetic corpus: `docs` documents, each with award facts (organisations and people shared
 * across documents, so entities are merged), a policy, targets and observations. Deterministic.
 */
export function syntheticSnapshot(docs: number, awardsPerDoc = 12): Snapshot {
  const documents: DocumentRecord[] = [];
  const facts: Fact[] = [];
  for (let d = 0; d < docs; d++) {
    const id = `bench-${String(d).padStart(5, "0")}.txt`;
    const city = CITIES[d % CITIES.length]!;
    const lines: string[] = [];
    const say = (text: string) => {
      const start = lines.join("\n").length + (lines.length ? 1 : 0);
      lines.push(text);
      return [{ doc: id, start, end: start + text.length, text }];
    };
    for (let a = 0; a < awardsPerDoc; a++) {
      const [award, level, region] = AWARDS[(d + a) % AWARDS.length]!;
      const person = a % 4 === 3;
      const org = `${city.slice(0, 2)}第${(d * 7 + a) % 400}号企业有限公司`;
      const recipient = person ? `员工${(d * 13 + a) % 900}号` : org;
      const year = 2010 + ((d + a) % 14);
      const base = {
        doc: id,
        kind: "award" as const,
        recipient,
        recipient_type: person ? ("person" as const) : ("organization" as const),
        affiliation: person ? org : null,
        award,
        level,
        region,
        year,
        edition: null,
        tier: a % 5 === 0 ? ("nominee" as const) : ("winner" as const),
        category: person ? "个人奖" : null,
        recipient_region: city,
      };
      facts.push({ ...base, id: stableHash(`${id}|award|${a}`), evidence: say(`${recipient}荣获${year}年度${award}。`) });
    }
    const title = `${city}质量强市建设方案（第${d}号）`;
    facts.push({
      doc: id,
      kind: "policy",
      id: stableHash(`${id}|policy`),
      title,
      region: city,
      year: 2020 + (d % 5),
      programmes: [AWARDS[d % AWARDS.length]![0]],
      evidence: say(`《${title}》印发。`),
    });
    for (let t = 0; t < 3; t++) {
      const metric = METRICS[(d + t) % METRICS.length]!;
      facts.push({
        doc: id,
        kind: "target",
        id: stableHash(`${id}|target|${t}`),
        policy: title,
        region: city,
        metric,
        comparator: ">=",
        value: 90 + t,
        unit: "%",
        deadline_year: 2025 + t,
        evidence: say(`到${2025 + t}年，${metric}达到${90 + t}%。`),
      });
    }
    for (let o = 0; o < 2; o++) {
      const metric = METRICS[(d + o) % METRICS.length]!;
      facts.push({
        doc: id,
        kind: "observation",
        id: stableHash(`${id}|obs|${o}`),
        region: city,
        metric,
        value: 80.5 + o,
        unit: "%",
        year: 2020 + o,
        evidence: say(`${2020 + o}年${metric}为${80.5 + o}%。`),
      });
    }
    const text = lines.join("\n");
    documents.push({
      id,
      path: `bench/${id}`,
      title: `第${d}号文件`,
      date: null,
      region: city,
      hash: stableHash(text),
      encoding: "utf-8",
      text,
    });
  }
  const regions: RegionRecord[] = [
    { name: "中国", level: "country", parent: null, short: "中国" },
    ...["江苏省", "湖南省", "浙江省"].map((name) => ({ name, level: "province" as const, parent: "中国", short: name.slice(0, 2) })),
    ...CITIES.map((name) => ({ name, level: "city" as const, parent: PROVINCE[name]!, short: name.slice(0, 2) })),
  ];
  return createSnapshot({ documents, facts, regions });
}

/** The calls whose latency is measured: one per Backend method, with a realistic filter. */
const CALLS: [string, (b: Backend) => Promise<unknown>][] = [
  ["awards(award, year)", (b) => b.awards({ award: "江苏省省长质量奖", year: 2015 })],
  ["awards(recipientRegions, yearFrom)", (b) => b.awards({ recipientRegions: ["常州市"], yearFrom: 2020 })],
  ["policies()", (b) => b.policies()],
  ["targets(metricKey, regions)", (b) => b.targets({ metricKey: "品牌价值", regions: ["株洲市"] })],
  ["observations(regions)", (b) => b.observations({ regions: ["长沙市"] })],
  ["documents(3 ids)", (b) => b.documents(["bench-00001.txt", "bench-00500.txt", "bench-00999.txt"])],
  ["gazetteer()", (b) => b.gazetteer()],
  ["regions()", (b) => b.regions()],
  ["stats()", (b) => b.stats()],
];

async function latency(backend: Backend, call: (b: Backend) => Promise<unknown>, runs: number): Promise<number[]> {
  await call(backend); // warm-up: query plans, JIT, connections
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await call(backend);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

const ms = (x: number) => Math.round(x * 100) / 100;

/** CPU time the local server has used so far (Linux /proc; NaN when not the local server). */
function serverCpuMs(env: NodeJS.ProcessEnv): number {
  try {
    const pid = readFileSync(join(env.QKG_NEO4J_HOME || join(PROJECT_ROOT, ".qkg", "neo4j"), "neo4j.pid"), "utf8").trim();
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8")
      .replace(/^.*\) /, "")
      .split(" ");
    // utime and stime (fields 14 and 15 of stat; 12 and 13 after the command), in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

export async function benchNeo4j(options: { docs?: number; runs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<BenchRow[]> {
  const env = options.env ?? process.env;
  const docs = options.docs ?? 1000;
  const runs = options.runs ?? 30;
  const conn = neo4jConnectionFromEnv(env);
  const http = neo4jHttpConnectionFromEnv(env);
  if (!["127.0.0.1", "localhost", "::1"].includes(hostPort(conn.uri, 7687).host)) {
    return [{ bench: "neo4j", metric: "skipped", value: `the bench wipes the database; ${conn.uri} is not on this machine` }];
  }
  const rows: BenchRow[] = [];
  await acquireNeo4j();
  const serverOptions = { conn, httpUrl: http.url, home: env.QKG_NEO4J_HOME || undefined };
  let started = false;
  if (!(await boltAnswers(conn))) {
    const s = await startServer(serverOptions);
    started = true;
    rows.push({ bench: "neo4j", metric: "server start (incl. launcher build if stale)", value: ms(s.ms / 1000), unit: "s" });
  }
  try {
    const wipe = async () => {
      const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password));
      try {
        await driver.session().run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
      } finally {
        await driver.close();
      }
    };
    await wipe();

    // Cold: the first load after the server started (Cypher plans not cached, JVM not warmed up),
    // which is what `npm run neo4j:start && qkg ingest --neo4j` gets; then wiped and measured warm.
    const warmup = syntheticSnapshot(Math.min(200, docs));
    const cold = await loadIntoNeo4j(warmup, conn, { prune: true });
    rows.push({
      bench: "neo4j",
      metric: `load ${warmup.documents.length} docs, first load of this process (cold)`,
      value: Math.round(cold.written.relationships / (cold.ms / 1000)),
      unit: "rel/s",
    });
    await wipe();

    const snapshot = syntheticSnapshot(docs);
    const cpu0 = { server: serverCpuMs(env), client: process.cpuUsage() };
    const first = await loadIntoNeo4j(snapshot, conn, { prune: true });
    const serverCpu = serverCpuMs(env) - cpu0.server;
    const clientCpu = (process.cpuUsage(cpu0.client).user + process.cpuUsage(cpu0.client).system) / 1000;
    if (!first.ok) throw new Error(`bench load failed: ${JSON.stringify(first.documents.failed.slice(0, 3))}`);
    const rate = first.written.relationships / (first.ms / 1000);
    rows.push(
      {
        bench: "neo4j",
        metric: `load ${docs} docs: ${snapshot.nodes.length} nodes, ${snapshot.relationships.length} rels`,
        value: ms(first.ms / 1000),
        unit: "s",
      },
      { bench: "neo4j", metric: "load rate (relationships, warm)", value: Math.round(rate), unit: "rel/s", target: "≥ 10000" },
      { bench: "neo4j", metric: "load rate (nodes)", value: Math.round(first.written.nodes / (first.ms / 1000)), unit: "nodes/s" },
      // Wall time depends on what else the machine runs; CPU time much less so.
      {
        bench: "neo4j",
        metric: "load CPU: Neo4j server / qkg client",
        value: `${ms(serverCpu / 1000)} / ${ms(clientCpu / 1000)}`,
        unit: "s",
      },
      { bench: "neo4j", metric: "machine load average (1 min) during the bench", value: loadavg()[0]!.toFixed(2) },
    );

    const again = await loadIntoNeo4j(snapshot, conn, { prune: true });
    const same = JSON.stringify(again.stats) === JSON.stringify(first.stats);
    rows.push({
      bench: "neo4j",
      metric: "re-load same corpus (unchanged docs skipped)",
      value: ms(again.ms / 1000),
      unit: "s",
      target: same ? "counts unchanged ✓" : "counts CHANGED ✗",
    });

    // One document changed: its facts replaced, nothing else rewritten.
    const changed = {
      ...snapshot,
      nodes: snapshot.nodes.map((n) =>
        n.props.doc === "bench-00000.txt" && n.labels[0] === "Fact" ? { ...n, props: { ...n.props, edition: 9 } } : n,
      ),
    };
    const one = await loadIntoNeo4j(changed, conn, { prune: true });
    rows.push({
      bench: "neo4j",
      metric: `re-load with 1 changed doc (${one.documents.loaded.length} rewritten)`,
      value: ms(one.ms / 1000),
      unit: "s",
    });
    await loadIntoNeo4j(snapshot, conn, { prune: true });

    const backends: [string, Backend][] = [
      ["snapshot", snapshotBackend(snapshot)],
      ["neo4j", neo4jBackend(queryApi({ ...http }))],
    ];
    for (const [name, call] of CALLS) {
      for (const [kind, backend] of backends) {
        const t = await latency(backend, call, runs);
        rows.push({
          bench: "neo4j",
          metric: `${kind} ${name} p50 / p95`,
          value: `${ms(percentile(t, 50))} / ${ms(percentile(t, 95))}`,
          unit: "ms",
        });
      }
    }
  } finally {
    if (started) await stopServer(serverOptions);
    releaseNeo4jLock();
  }
  return rows;
}

// `node --import tsx bench/neo4j-load.ts [docs]`: this bench alone, as a table.
if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchNeo4j({ docs: process.argv[2] ? Number(process.argv[2]) : undefined });
  for (const r of rows) console.log(`${r.metric.padEnd(60)} ${String(r.value).padStart(14)} ${r.unit ?? ""} ${r.target ?? ""}`);
}

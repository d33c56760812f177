// The fuzz an outside client would run: 3,000 generated requests per backend against `wrangler dev`
// (random paths and parameters, bad percent-encodings, repeated parameters, long values, other
// methods, odd headers), D1 with the seed graph and Neo4j with the same graph. Counts the answers
// that must never happen: status 500, and /api answers whose body is not JSON. Both must be 0.
// `npm run bench -- fuzz`; QKG_FUZZ_REQUESTS and QKG_FUZZ_SEED change the run.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readGraphFile } from "../ingest/graph-file.js";
import { loadIntoNeo4j } from "../ingest/neo4j/load.js";
import { startWranglerDev, type WranglerDevOptions } from "../test/api/wrangler-dev.js";
import { claimNeo4j, conn, neo4jAvailability, neo4jWorkerVars, releaseNeo4j } from "../test/neo4j/neo4j-fixture.js";
import { CORPUS, ROOT } from "../test/seed-paths.js";
import type { BenchRow } from "./bench-row.js";
import { type SeededRandom, seededRandom } from "./seeded-random.js";

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
}

const ROUTES = [
  "/api/v1/awards",
  "/api/v1/entities/",
  "/api/v1/ask",
  "/api/v1/policies",
  "/api/v1/policies/",
  "/api/v1/metrics/",
  "/health",
  "/api/v1/",
  "/api/",
  "/",
];
const PARAMS = [
  "year",
  "award",
  "region",
  "level",
  "tier",
  "recipient",
  "limit",
  "cursor",
  "q",
  "context",
  "as_of",
  "colour",
  "",
  "year[]",
];
// Our own words and shapes, not names from any document.
const WORDS = [
  "质量奖",
  "某某机械有限公司",
  "江南省",
  "2021",
  "national",
  "winner",
  "合格率",
  "管理办法",
  "它获得过哪些奖?",
  "0",
  "-1",
  "500",
  "501",
  "ten",
];
const BAD_ENCODINGS = ["%E4%B8", "%%", "%ZZ", "%C0%80", "%", "%E4%B8%AD%E5", "%FF%FE", "%ED%A0%80", "%00", "%2"];
const ODD = ["..", ".", "%2F", "%2e%2e", "~", "{}", "[]", '{"intent":1}', "null", "\u0000", "𠀋", "\u202e", " ", "+", "&", "=", "#"];

/** One value: a word, a bad encoding, an odd token, a long or a random string, or a mix. */
function value(r: SeededRandom): string {
  switch (r.below(7)) {
    case 0:
      return encodeURIComponent(r.pick(WORDS));
    case 1:
      return r.pick(BAD_ENCODINGS);
    case 2:
      return encodeURIComponent(r.pick(ODD));
    case 3:
      return encodeURIComponent(r.pick(WORDS).repeat(1 + r.below(250)));
    case 4:
      return encodeURIComponent(String.fromCodePoint(...Array.from({ length: 1 + r.below(20) }, () => r.below(0x2ffff) % 0xd800)));
    case 5:
      return `${encodeURIComponent(r.pick(WORDS))}${r.pick(BAD_ENCODINGS)}`;
    default:
      return String(r.below(100000) - 50);
  }
}

const MAX_URL = 15_000;

/** `count` requests from `seed`. */
export function fuzzRequests(count: number, seed: number): FuzzRequest[] {
  const r = seededRandom(seed);
  const out: FuzzRequest[] = [];
  for (let i = 0; i < count; i++) {
    let path = r.pick(ROUTES);
    if (path.endsWith("/") && path !== "/") path += value(r);
    if (r.next() < 0.1) path += `/${value(r)}`;
    const params: string[] = [];
    for (let k = r.below(5); k > 0; k--) {
      const name = r.pick(PARAMS);
      const v = value(r);
      params.push(`${name}=${v}`);
      if (r.next() < 0.2) params.push(`${name}=${value(r)}`); // repeated
    }
    // Under 16 KB in all: a longer URL is refused by the platform (414) before it reaches the worker.
    while (params.length && params.join("&").length + path.length > MAX_URL) params.pop();
    if (params.length || r.next() < 0.1) path += `?${params.join(r.next() < 0.9 ? "&" : "&&")}`;
    const method = r.next() < 0.85 ? "GET" : r.pick(["HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"]);
    const headers: Record<string, string> = {};
    if (r.next() < 0.15) headers["If-None-Match"] = r.pick(['W/"x"', "*", "garbage", '"', 'W/"0000", W/"1"']);
    if (r.next() < 0.15) headers.Origin = r.pick(["https://elsewhere.example", "null", "http://127.0.0.1"]);
    out.push({ method, path, headers });
  }
  return out;
}

export interface FuzzResult {
  requests: number;
  status500: string[];
  nonJsonApi: string[];
  statuses: Record<string, number>;
}

/** Sends the requests, `concurrency` at a time, and counts what must not happen. */
export async function fuzz(origin: string, requests: FuzzRequest[], concurrency = 8): Promise<FuzzResult> {
  const result: FuzzResult = { requests: 0, status500: [], nonJsonApi: [], statuses: {} };
  const queue = [...requests];
  const worker = async () => {
    for (let req = queue.shift(); req; req = queue.shift()) {
      const label = `${req.method} ${req.path.slice(0, 200)}`;
      const res = await fetch(origin + req.path, { method: req.method, headers: req.headers, redirect: "manual" });
      const text = await res.text();
      result.requests++;
      result.statuses[res.status] = (result.statuses[res.status] ?? 0) + 1;
      if (res.status === 500) result.status500.push(label);
      const bodyless = req.method === "HEAD" || res.status === 204 || res.status === 304;
      if (new URL(origin + req.path).pathname.startsWith("/api") && !bodyless && !isJson(res.headers.get("content-type"), text)) {
        result.nonJsonApi.push(`${label} → ${res.status} ${text.slice(0, 80)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return result;
}

function isJson(type: string | null, text: string): boolean {
  if (!type?.includes("application/json")) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function rows(backend: string, r: FuzzResult): BenchRow[] {
  const statuses = Object.entries(r.statuses)
    .map(([s, n]) => `${s}:${n}`)
    .join(" ");
  if (r.status500.length || r.nonJsonApi.length)
    console.error(`[fuzz ${backend}]`, [...r.status500, ...r.nonJsonApi].slice(0, 20).join("\n"));
  return [
    { bench: "fuzz", metric: `${backend} requests (statuses ${statuses})`, value: r.requests },
    { bench: "fuzz", metric: `${backend} status 500`, value: r.status500.length, target: "0" },
    { bench: "fuzz", metric: `${backend} /api bodies that are not JSON`, value: r.nonJsonApi.length, target: "0" },
  ];
}

async function fuzzBackend(backend: string, options: WranglerDevOptions, requests: FuzzRequest[]): Promise<BenchRow[]> {
  const worker = await startWranglerDev(options);
  try {
    return rows(backend, await fuzz(worker.origin, requests));
  } finally {
    await worker.stop();
  }
}

export async function benchFuzz(): Promise<BenchRow[]> {
  const requests = fuzzRequests(Number(process.env.QKG_FUZZ_REQUESTS ?? 3000), Number(process.env.QKG_FUZZ_SEED ?? 15));
  const graph = join(mkdtempSync(join(tmpdir(), "qkg-fuzz-")), "seeds.sqlite");
  execFileSync(process.execPath, ["--import", "tsx", "ingest/cli.ts", "ingest", CORPUS, "--graph", graph, "--quiet"], { cwd: ROOT });
  const out = await fuzzBackend("d1", { name: "fuzz-d1", vars: { QKG_BACKEND: "d1", CORS_ORIGINS: "*" }, graph }, requests);
  const neo4j = await neo4jAvailability();
  if (!neo4j.available) return [...out, { bench: "fuzz", metric: "neo4j", value: "skipped", target: neo4j.reason }];
  await claimNeo4j();
  try {
    const report = await loadIntoNeo4j(await readGraphFile(graph), conn, { prune: true });
    if (!report.ok) throw new Error(`loading the seed graph into Neo4j failed: ${JSON.stringify(report.documents.failed)}`);
    const vars = {
      ...neo4jWorkerVars,
      CORS_ORIGINS: "*",
    };
    return [...out, ...(await fuzzBackend("neo4j", { name: "fuzz-neo4j", vars }, requests))];
  } finally {
    await releaseNeo4j();
  }
}

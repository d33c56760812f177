// Every API route and every seed question, answered by the worker app over both backends: SQL (the
// worker's D1 binding, here over the seed graph file with the same SQL), and a real Neo4j loaded
// with the same graph and queried over its HTTP Query API.
// The app runs in Node here (app.request with the worker's bindings); the routes themselves are
// also tested inside workerd in test/worker/.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGraphFile } from "../../ingest/graph-file.js";
import { loadIntoNeo4j } from "../../ingest/neo4j/load.js";
import app from "../../src/app.js";
import type { Env } from "../../src/env.js";
import { graphEnv } from "../graph-env.js";
import { CLAIM_TIMEOUT_MS, claimNeo4j, conn, neo4jAvailability, neo4jWorkerVars, releaseNeo4j } from "../neo4j/neo4j-fixture.js";
import { QUESTIONS, SEED_GRAPH } from "../seed-paths.js";

const neo4j = await neo4jAvailability();
const snapshot = await readGraphFile(SEED_GRAPH);
const sqlEnv: Env = graphEnv(SEED_GRAPH);
const neo4jEnv: Env = {
  ASSETS: sqlEnv.ASSETS,
  ...neo4jWorkerVars,
  CORS_ORIGINS: "*",
};

const q = (s: string) => encodeURIComponent(s);
// A second page, by the cursor the first page (from SQL) links to.
const secondPage = ((await (await app.request("/api/v1/awards?limit=3", {}, sqlEnv)).json()) as { next: string | null }).next;
const uniq = <T>(xs: T[]) => [...new Set(xs)];

/** A list's pages, following each `next` link from the first (as SQL gives them) to the last. */
async function pageLinks(first: string): Promise<string[]> {
  const links = [first];
  for (let i = 0; i < 1000; i++) {
    const next = ((await (await app.request(links[links.length - 1]!, {}, sqlEnv)).json()) as { next: string | null }).next;
    if (!next) break;
    links.push(next);
  }
  return links;
}
const policyPages = [...(await pageLinks("/api/v1/policies?limit=1")), ...(await pageLinks("/api/v1/policies?limit=2"))];
// Programmes and metrics: every page of the names, of each programme's recipients and of each
// metric's two lists, by small limits.
const programmeNames = uniq(snapshot.facts.flatMap((f) => (f.kind === "award" ? [f.award] : [])));
const metricNames = uniq(snapshot.gazetteer.filter((g) => g.kind === "metric").map((g) => g.canonical));
const programmePages = [
  ...(await pageLinks("/api/v1/programmes?limit=1")),
  ...(await pageLinks("/api/v1/programmes?limit=2")),
  ...(await Promise.all(programmeNames.map((a) => pageLinks(`/api/v1/programmes/${q(a)}?limit=2`)))).flat(),
];
const metricPages = (await Promise.all(metricNames.map((m) => pageLinks(`/api/v1/metrics/${q(m)}?as_of=2023&limit=1`)))).flat();

/** The requests to compare, derived from what the seed graph holds plus refusals. */
function requests(): string[] {
  const awards = snapshot.facts.filter((f) => f.kind === "award");
  const paths = ["/health", "/api/v1/awards", "/api/v1/policies", `/api/v1/entities/${q("不存在的单位")}`];
  for (const y of uniq(awards.map((a) => a.year).filter((y) => y != null))) paths.push(`/api/v1/awards?year=${y}`);
  for (const a of uniq(awards.map((a) => a.award))) paths.push(`/api/v1/awards?award=${q(a)}`);
  for (const l of ["national", "provincial", "municipal", "district"]) paths.push(`/api/v1/awards?level=${l}`);
  for (const t of ["winner", "nominee", "other"]) paths.push(`/api/v1/awards?tier=${t}&year=2021`);
  for (const r of snapshot.regions) paths.push(`/api/v1/awards?region=${q(r.name)}`);
  for (const name of uniq(
    snapshot.gazetteer.filter((g) => ["organization", "person", "project", "brand"].includes(g.kind)).map((g) => g.name),
  )) {
    paths.push(`/api/v1/entities/${q(name)}`);
  }
  const policyIds = snapshot.nodes.filter((n) => n.labels.includes("Policy")).map((n) => n.props.name as string);
  for (const title of policyIds) paths.push(`/api/v1/policies/${q(title)}?as_of=2023`, `/api/v1/policies/${q(`《${title}》`)}?as_of=2023`);
  // Policies: every page, by region (and an unknown one), by each mention's fact id, and one not there.
  paths.push(...policyPages, `/api/v1/policies?region=${q("没有的地方")}`, `/api/v1/policies/${q("不存在的办法")}`);
  const policyFacts = snapshot.facts.filter((f) => f.kind === "policy");
  for (const r of uniq(policyFacts.map((f) => f.region).filter((r) => r != null))) paths.push(`/api/v1/policies?region=${q(r)}&limit=1`);
  for (const f of policyFacts) paths.push(`/api/v1/policies/${q(f.id)}?as_of=2023`);
  for (const m of metricNames) paths.push(`/api/v1/metrics/${q(m)}?as_of=2023`);
  paths.push("/api/v1/programmes", ...programmeNames.map((a) => `/api/v1/programmes/${q(a)}`), ...programmePages, ...metricPages);
  // Past the end of both lists, and a cursor on a name the graph does not know (404 on both).
  if (metricNames[0]) paths.push(`/api/v1/metrics/${q(metricNames[0])}?cursor=end&targets_cursor=end`);
  paths.push(`/api/v1/metrics/${q("没有的指标")}?cursor=end`, `/api/v1/programmes/${q("没有的奖")}?cursor=${q("1~x~y")}`);
  if (programmeNames[0])
    paths.push(`/api/v1/programmes/${q(programmeNames[0])}?cursor=${q("9~~~")}`, `/api/v1/programmes?cursor=${q("~")}`);
  for (const line of readFileSync(QUESTIONS, "utf8").trim().split("\n")) paths.push(`/api/v1/ask?q=${q(JSON.parse(line).q)}`);
  // Pages: small limits, a filter, and a cursor taken from a first page (sql and neo4j must agree on both).
  paths.push("/api/v1/awards?limit=3", "/api/v1/awards?year=2021&limit=2", "/api/v1/awards?limit=500", "/api/v1/awards?limit=0");
  if (secondPage) paths.push(secondPage);
  paths.push("/api/v1/awards?year=20x1", `/api/v1/awards?award=${q("没有的奖")}`, "/api/v1/ask", `/api/v1/ask?q=${q("今天天气怎么样?")}`);
  return paths;
}

async function answer(path: string, env: Env) {
  const res = await app.request(path, {}, env);
  const body = (await res.json()) as Record<string, unknown>;
  if (path === "/health") delete body.backend;
  return { status: res.status, body };
}

describe.skipIf(!neo4j.available)(`the API over both backends${neo4j.reason ? ` — ${neo4j.reason}` : ""}`, () => {
  beforeAll(async () => {
    await claimNeo4j();
    const report = await loadIntoNeo4j(snapshot, conn, { prune: true });
    if (!report.ok) throw new Error(`loading the seed graph failed: ${JSON.stringify(report)}`);
  }, CLAIM_TIMEOUT_MS);
  afterAll(releaseNeo4j);

  const paths = requests();

  it("compares a meaningful number of requests", () => {
    expect(paths.length).toBeGreaterThan(100);
  });

  it.each(paths)("answers %s the same from Neo4j as from SQL", async (path) => {
    const [fromSql, fromNeo4j] = [await answer(path, sqlEnv), await answer(path, neo4jEnv)];
    expect(fromNeo4j).toEqual(fromSql);
  });
});

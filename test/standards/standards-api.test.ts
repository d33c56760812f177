// GET /api/v1/standards and /api/v1/standards/{code} on the fixtures' graph: over SQL (the worker's
// D1 binding, here a double over the graph file running the same SQL) against the snapshot backend,
// and over a real Neo4j loaded with the same graph (skipped with the reason where none can run).
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Backend } from "../../graph/backend/backend.js";
import { neo4jBackend } from "../../graph/backend/neo4j-backend.js";
import { snapshotBackend } from "../../graph/backend/snapshot-backend.js";
import { sqlBackend } from "../../graph/backend/sql-backend.js";
import type { Snapshot, StandardLevel } from "../../graph/types.js";
import { openGraphFile, readGraphFile } from "../../ingest/graph-file.js";
import { loadIntoNeo4j } from "../../ingest/neo4j/load.js";
import app from "../../src/app.js";
import { queryApi } from "../../src/backend/neo4j-query-api.js";
import type { Env } from "../../src/env.js";
import { graphEnv } from "../graph-env.js";
import { CLAIM_TIMEOUT_MS, claimNeo4j, conn, http, neo4jAvailability, neo4jWorkerVars, releaseNeo4j } from "../neo4j/neo4j-fixture.js";
import { FIXTURE_DOCS, ingestInto } from "./graphs.js";

const neo4j = await neo4jAvailability();
const path = ingestInto(FIXTURE_DOCS, "api");
const snapshot: Snapshot = await readGraphFile(path);
const sqlEnv: Env = graphEnv(path);
const neo4jEnv: Env = {
  ...graphEnv(path),
  DB: undefined,
  ...neo4jWorkerVars,
};
const file = await openGraphFile(path);
afterAll(() => {
  file.close();
  rmSync(path, { force: true });
});

const q = encodeURIComponent;
const LEVELS: StandardLevel[] = ["international", "national", "industry", "local", "group", "enterprise"];
const get = async (p: string, env: Env) => {
  const res = await app.request(p, {}, env);
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

/** Every request the comparison makes: filters from the graph's own standards, pages, lookups, refusals. */
function requests(): string[] {
  const paths = ["/api/v1/standards", "/api/v1/standards?limit=1", "/api/v1/standards?limit=2&level=national"];
  for (const l of LEVELS) paths.push(`/api/v1/standards?level=${l}`);
  const orgs = [...new Set((snapshot.standards?.drafting ?? []).flatMap((d) => (d.organization ? [d.organization] : [])))];
  for (const o of orgs) paths.push(`/api/v1/standards?org=${q(o)}`, `/api/v1/standards?org=${q(o)}&level=group`);
  for (const d of ["哪些企业主导制定过国家标准?", "哪些单位参与制定过行业标准?", "GB/T 41234是什么标准?", "市长质量奖依据哪个标准评审?"])
    paths.push(`/api/v1/ask?q=${q(d)}`);
  for (const r of snapshot.standards?.refs ?? []) {
    paths.push(
      `/api/v1/standards/${q(r.number!)}`,
      `/api/v1/standards/${q(r.code!.replace(/[ /]/g, ""))}`,
      `/api/v1/standards/${q(`《${r.title}》`)}`,
    );
  }
  paths.push(
    `/api/v1/standards/${q("GB/T 1")}`,
    "/api/v1/standards?level=provincial",
    "/api/v1/standards?colour=red",
    "/api/v1/standards?limit=0",
    "/api/v1/standards?cursor=xyz",
  );
  return paths;
}

describe("the standards routes over SQL", () => {
  const reference: Backend = snapshotBackend(snapshot);

  it("lists every standard with the snapshot's answer", async () => {
    const { status, body } = await get("/api/v1/standards", sqlEnv);
    expect(status).toBe(200);
    expect(body.items).toEqual(await reference.standards({}));
    expect(body.items.map((s: { key: string }) => s.key)).toEqual(["GB/T 19580", "GB/T 41234", "JB/T 14567", "T/SCIA 0032"]);
    expect(body.next).toBeNull();
  });

  it("filters by level and by drafting organisation", async () => {
    for (const level of LEVELS) {
      const { body } = await get(`/api/v1/standards?level=${level}`, sqlEnv);
      expect(body.items).toEqual(await reference.standards({ level }));
    }
    const org = snapshot.standards!.drafting.find((d) => d.role === "led" && d.standard)!.organization!;
    const { body } = await get(`/api/v1/standards?org=${q(org)}`, sqlEnv);
    expect(body.items.map((s: { key: string }) => s.key)).toEqual(["GB/T 41234", "T/SCIA 0032"]);
    expect(body.items.every((s: { drafted_by: { organization: string }[] }) => s.drafted_by.some((d) => d.organization === org))).toBe(
      true,
    );
  });

  it("pages with a cursor until the list is done", async () => {
    const keys: string[] = [];
    let next: string | null = "/api/v1/standards?limit=1";
    while (next) {
      const { body } = await get(next, sqlEnv);
      keys.push(...body.items.map((s: { key: string }) => s.key));
      next = body.next;
    }
    expect(keys).toEqual((await reference.standards({})).map((s) => s.key));
  });

  it("finds a standard by its code in any written form, or by its title", async () => {
    for (const p of ["GB/T 19580", "GB/T19580-2012", "GBT19580", "gb/t 19580—2012", "《卓越绩效评价准则》"]) {
      const { status, body } = await get(`/api/v1/standards/${q(p)}`, sqlEnv);
      expect(status, p).toBe(200);
      expect(body.standard).toEqual(await reference.standard("GB/T 19580"));
      expect(body.standard.evaluates).toEqual(["柳州市市长质量奖"]);
    }
  });

  it("refuses what it cannot answer with a code", async () => {
    const cases: Array<[string, number, string]> = [
      [`/api/v1/standards/${q("GB/T 1")}`, 404, "unknown_standard"],
      ["/api/v1/standards?level=provincial", 400, "bad_request"],
      ["/api/v1/standards?colour=red", 400, "bad_request"],
      ["/api/v1/standards?limit=0", 400, "bad_request"],
      ["/api/v1/standards?level=national&level=group", 400, "bad_request"],
    ];
    for (const [p, status, code] of cases) {
      const res = await get(p, sqlEnv);
      expect([res.status, res.body.error?.code], p).toEqual([status, code]);
    }
  });

  it("gives the same standards from the SQL backend as from the snapshot, for every filter and page", async () => {
    const sql = sqlBackend(file.db);
    const orgs = [...new Set(snapshot.standards!.drafting.flatMap((d) => (d.organization ? [d.organization] : [])))];
    const filters = [
      {},
      ...LEVELS.map((level) => ({ level })),
      ...orgs.map((organization) => ({ organization })),
      { organization: "不存在的单位" },
    ];
    expect((await reference.standardDrafting({})).length).toBe(5);
    for (const f of filters) {
      expect(await sql.standardDrafting(f)).toEqual(await reference.standardDrafting(f));
      expect(await sql.standards(f)).toEqual(await reference.standards(f));
      expect(await sql.standards(f, { limit: 1, after: "GB/T 19580" })).toEqual(
        await reference.standards(f, { limit: 1, after: "GB/T 19580" }),
      );
    }
  });
});

describe.skipIf(!neo4j.available)(`the standards routes over Neo4j${neo4j.reason ? ` — ${neo4j.reason}` : ""}`, () => {
  beforeAll(async () => {
    await claimNeo4j();
    const report = await loadIntoNeo4j(snapshot, conn, { prune: true });
    if (!report.ok) throw new Error(`loading the fixtures' graph failed: ${JSON.stringify(report)}`);
  }, CLAIM_TIMEOUT_MS);
  afterAll(releaseNeo4j);

  it("holds the graph's counts, standards included", async () => {
    const n4j = neo4jBackend(queryApi({ url: http.url, database: http.database, user: http.user, password: http.password }));
    expect(await n4j.stats()).toEqual(await snapshotBackend(snapshot).stats());
    expect(await n4j.standards({})).toEqual(await snapshotBackend(snapshot).standards({}));
    for (const f of [{}, { level: "national" as const }, { level: "industry" as const }]) {
      expect(await n4j.standardDrafting(f)).toEqual(await snapshotBackend(snapshot).standardDrafting(f));
    }
  });

  it.each(requests())("answers %s the same from Neo4j as from SQL", async (p) => {
    expect(await get(p, neo4jEnv)).toEqual(await get(p, sqlEnv));
  });
});

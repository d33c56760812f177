import { Hono } from "hono";
import { beforeAll, describe, expect, it } from "vitest";
import { sqlBackend } from "../../graph/backend/sql-backend.js";
import { openGraphFile } from "../../ingest/graph-file.js";
import { ApiError } from "../../src/api-error.js";
import type { AppEnv } from "../../src/app-env.js";
import { metrics } from "../../src/routes/metrics.js";
import { policies } from "../../src/routes/policies.js";
import { SEED_GRAPH } from "../seed-paths.js";

// The policy and metric routes over the seed graph, mounted the way src/app.ts mounts routes.
let app: Hono<AppEnv>;
beforeAll(async () => {
  const backend = sqlBackend((await openGraphFile(SEED_GRAPH)).db);
  app = new Hono<AppEnv>();
  app.use("*", async (c, next) => {
    c.set("backend", async () => backend);
    await next();
  });
  app.route("/api/v1/policies", policies);
  app.route("/api/v1/metrics", metrics);
  app.onError((err, c) =>
    err instanceof ApiError ? c.json({ error: { code: err.code } }, err.status) : c.json({ error: String(err) }, 500),
  );
});
const get = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as any };
};

const DECISION = "常州市进一步深化质量强市工作的决定";
const PROGRAMME_POLICY = "常州市市长质量奖管理办法";

describe("GET /api/v1/policies", () => {
  it("lists each policy title once with where it is mentioned and how many goals it sets", async () => {
    const r = await get("/api/v1/policies");
    expect(r.status).toBe(200);
    const titles = r.body.items.map((p: any) => p.title);
    expect(new Set(titles).size).toBe(titles.length);
    const decision = r.body.items.find((p: any) => p.title === DECISION);
    expect(decision.target_count).toBeGreaterThan(30);
    expect(decision.mentions[0].evidence[0].text.length).toBeGreaterThan(0);
  });

  it("filters by the issuer's region, counting regions inside it", async () => {
    const r = await get(`/api/v1/policies?region=${encodeURIComponent("株洲市")}`);
    expect(r.status).toBe(200);
    expect(r.body.items.length).toBeGreaterThan(0);
    for (const p of r.body.items) expect(p.region).toBe("株洲市");
    expect((await get("/api/v1/policies?colour=red")).status).toBe(400);
  });
});

describe("GET /api/v1/policies/:id", () => {
  it("shows the decision's industrial-product sampling goal as missed with the 2021 outcome as evidence", async () => {
    const r = await get(`/api/v1/policies/${encodeURIComponent(DECISION)}?as_of=2023`);
    expect(r.status).toBe(200);
    const goal = r.body.targets.find((t: any) => t.metric_key === "工业产品抽检合格率");
    expect(goal).toMatchObject({ comparator: ">=", value: 95, deadline_year: 2020, region: "常州市" });
    expect(goal.judgement.status).toBe("missed");
    expect(goal.judgement.observation).toMatchObject({ value: 93.84, year: 2021 });
    expect(goal.judgement.target_evidence.text).toContain("95%");
    expect(goal.judgement.outcome_evidence[0].text).toContain("93.84%");
  });

  it("finds a policy by its fact id too, and links a programme policy to the programme's winners", async () => {
    const list = await get("/api/v1/policies");
    const p = list.body.items.find((x: any) => x.title === PROGRAMME_POLICY);
    const r = await get(`/api/v1/policies/${p.id}`);
    expect(r.status).toBe(200);
    expect(r.body.programmes[0].name).toBe("常州市市长质量奖");
    expect(r.body.programmes[0].winners.length).toBeGreaterThan(3);
    for (const w of r.body.programmes[0].winners) expect(w.award).toBe("常州市市长质量奖");
  });

  it("answers 404 for an unknown policy and 400 for a bad as_of", async () => {
    expect((await get(`/api/v1/policies/${encodeURIComponent("不存在的办法")}`)).status).toBe(404);
    expect((await get(`/api/v1/policies/${encodeURIComponent(DECISION)}?as_of=soon`)).status).toBe(400);
  });
});

describe("GET /api/v1/metrics/:name", () => {
  it("resolves any phrasing of a metric to its goals and outcomes over time", async () => {
    const r = await get(`/api/v1/metrics/${encodeURIComponent("工业产品监督抽查合格率")}?as_of=2023`);
    expect(r.status).toBe(200);
    expect(r.body.metric_key).toBe("工业产品抽检合格率");
    expect(r.body.names).toEqual(expect.arrayContaining(["工业产品监督抽查合格率", "工业产品抽检合格率"]));
    expect(r.body.targets[0].judgement.status).toBe("missed");
    expect(r.body.observations.map((o: any) => o.year)).toEqual([2021]);
  });

  it("answers 404 for a metric the graph has nothing on", async () => {
    expect((await get(`/api/v1/metrics/${encodeURIComponent("月球表面合格率")}`)).status).toBe(404);
  });
});

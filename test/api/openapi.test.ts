// The API as its OpenAPI document describes it: the document is served and covers every route, the
// reference page renders it, and the schemas are what validates requests (repeated or unknown
// parameters are 400s, as are values outside a schema). The app runs in Node over the seed graph.
import { describe, expect, it } from "vitest";
import app from "../../src/app.js";
import { graphEnv } from "../graph-env.js";
import { SEED_GRAPH } from "../seed-paths.js";

const env = graphEnv(SEED_GRAPH);
const get = async (path: string) => {
  const res = await app.request(path, {}, env);
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
};
const q = encodeURIComponent;

interface Operation {
  parameters?: { name: string; in: string }[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

describe("GET /openapi.json", () => {
  it("is an OpenAPI 3.1 document with every API route, each with its errors described", async () => {
    const r = await get("/openapi.json");
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe("3.1.0");
    const paths = Object.keys(r.body.paths);
    for (const p of [
      "/health",
      "/api/v1/awards",
      "/api/v1/entities/{name}",
      "/api/v1/ask",
      "/api/v1/policies",
      "/api/v1/policies/{id}",
      "/api/v1/metrics/{name}",
    ]) {
      expect(paths).toContain(p);
    }
    for (const [path, item] of Object.entries(r.body.paths as Record<string, { get: Operation }>)) {
      expect(item.get.responses["200"], path).toBeDefined();
      for (const status of ["400", "500", "503"]) {
        expect(item.get.responses[status]?.content?.["application/json"]?.schema, `${path} ${status}`).toEqual({
          $ref: "#/components/schemas/Error",
        });
      }
    }
    expect(r.body.servers[0].url).toMatch(/^https?:\/\//);
  });

  it("documents the paging parameters of both lists", async () => {
    const doc = (await get("/openapi.json")).body;
    for (const path of ["/api/v1/awards", "/api/v1/policies"]) {
      const names = (doc.paths[path].get as Operation).parameters!.map((p) => p.name);
      expect(names).toEqual(expect.arrayContaining(["limit", "cursor"]));
    }
  });
});

describe("GET /reference", () => {
  it("is an HTML page that renders the served document", async () => {
    const res = await app.request("/reference", {}, env);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toContain("/openapi.json");
  });
});

describe("validation from the schemas", () => {
  it.each([
    "/api/v1/awards?year=2021&year=2019",
    "/api/v1/awards?tier=winner&tier=nominee",
    `/api/v1/ask?q=${q("哪些企业获得了质量奖?")}&q=${q("别的问题")}`,
    "/api/v1/policies?limit=2&limit=3",
    `/api/v1/metrics/${q("工业产品抽检合格率")}?as_of=2023&as_of=2020`,
  ])("refuses the repeated parameter in %s with a 400 that names it", async (path) => {
    const r = await get(path);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("bad_request");
    expect(r.body.error.message).toContain("more than once");
  });

  it.each([
    ["/api/v1/awards?limit=0", "bad_request"],
    ["/api/v1/awards?limit=0x10", "bad_request"],
    ["/api/v1/awards?year=2021.0", "bad_request"],
    ["/api/v1/policies?colour=red", "bad_request"],
    [`/api/v1/policies/${q("某办法")}?as_of=soon`, "bad_request"],
    [`/api/v1/ask?q=${q("质".repeat(201))}`, "question_too_long"],
    [`/api/v1/ask?q=${q("它获得过哪些奖?")}&context=${q("[1,2]")}`, "bad_context"],
  ])("refuses %s with code %s", async (path, code) => {
    const r = await get(path);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe(code);
  });

  it("counts a question's length in characters, as the schema's maxLength does", async () => {
    expect((await get(`/api/v1/ask?q=${q("𠀋".repeat(200))}`)).status).toBe(200);
  });
});

describe("paging GET /api/v1/policies", () => {
  it("pages through exactly the unpaged list, following next links", async () => {
    const all = await get("/api/v1/policies?limit=500");
    expect(all.body.next).toBeNull();
    expect(all.body.count).toBeGreaterThan(2);
    const seen: string[] = [];
    let path: string | null = "/api/v1/policies?limit=2";
    while (path) {
      const r = await get(path);
      expect(r.status).toBe(200);
      expect(r.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...r.body.items.map((p: { id: string }) => p.id));
      path = r.body.next;
    }
    expect(seen).toEqual(all.body.items.map((p: { id: string }) => p.id));
  });

  it("keeps the region filter on its next links", async () => {
    const all = await get(`/api/v1/policies?region=${q("江苏省")}&limit=500`);
    const first = await get(`/api/v1/policies?region=${q("江苏省")}&limit=1`);
    if (all.body.count > 1) expect(decodeURIComponent(first.body.next)).toContain("region=江苏省");
    expect(first.body.items[0]?.id).toBe(all.body.items[0]?.id);
  });
});

describe("methods", () => {
  it.each([
    ["POST", "/api/v1/awards"],
    ["DELETE", `/api/v1/entities/${q("某单位")}`],
    ["PUT", "/health"],
  ])("answers %s %s with 405, an Allow header and the error body", async (method, path) => {
    const res = await app.request(path, { method }, env);
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD");
    expect(((await res.json()) as any).error.code).toBe("method_not_allowed");
  });

  it("still answers 404 for a path no route serves", async () => {
    expect((await app.request("/api/v1/nothing", { method: "POST" }, env)).status).toBe(404);
  });
});

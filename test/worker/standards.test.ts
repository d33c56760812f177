import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

// The standards routes inside workerd over the seed graph in D1: the SQL of graph/sql/queries/standards.ts
// and the standard counts of GRAPH_COUNTS run on D1 itself. The seeds name no standard by code or
// title (test/fixtures/standards/hand-count.json); they count standards by level.
const get = async (path: string) => {
  const res = await SELF.fetch(`https://qkg.test${path}`);
  return { status: res.status, body: (await res.json()) as any };
};

describe("GET /api/v1/standards on D1", () => {
  it("lists the standards the seeds name (none), under every level filter", async () => {
    for (const level of ["", "?level=national", "?level=group&limit=5", `?org=${encodeURIComponent("某某有限公司")}`]) {
      const r = await get(`/api/v1/standards${level}`);
      expect(r.status, level).toBe(200);
      expect([r.body.count, r.body.items, r.body.next]).toEqual([0, [], null]);
    }
  });

  it("answers a code it does not hold with 404, a bad filter with 400", async () => {
    expect((await get(`/api/v1/standards/${encodeURIComponent("GB/T 19580")}`)).body.error.code).toBe("unknown_standard");
    expect((await get("/api/v1/standards?level=provincial")).body.error.code).toBe("bad_request");
    expect((await get("/api/v1/standards?year=2021")).body.error.code).toBe("bad_request");
  });
});

describe("a count of standards by level, asked on D1", () => {
  it("is read from the observations that carry the level", async () => {
    const r = await get(`/api/v1/ask?q=${encodeURIComponent("常州2021年新增了多少项国家标准?")}`);
    expect(r.status).toBe(200);
    expect(r.body.interpretation.intent).toBe("standard_count");
    expect(typeof r.body.answer).toBe("number");
    expect(r.body.items.every((i: any) => i.name.includes("国家标准") && i.value === r.body.answer)).toBe(true);
  });
});

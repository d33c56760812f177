import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

// These run inside workerd against the seed graph in D1 (test/global-setup.ts dumps it,
// test/worker/seed-d1.ts loads it).
const get = async (path: string, init?: RequestInit) => {
  const res = await SELF.fetch(`https://qkg.test${path}`, init);
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
};

describe("GET /health", () => {
  it("says the SQL backend (D1) is up and how big the graph is", async () => {
    const r = await get("/health");
    expect(r.status).toBe(200);
    expect(r.body.ok).toBe(true);
    expect(r.body.backend).toBe("sql");
    expect(r.body.nodes).toBeGreaterThan(50);
  });
});

describe("GET /api/v1/awards", () => {
  it("filters by year, award and tier together", async () => {
    const r = await get(`/api/v1/awards?year=2021&award=${encodeURIComponent("常州市市长质量奖")}&tier=winner`);
    expect(r.status).toBe(200);
    const names = r.body.items.map((i: any) => i.recipient);
    expect(names).toContain("江苏国茂减速机股份有限公司");
    expect(names).not.toContain("正信光电科技股份有限公司");
    for (const i of r.body.items) {
      expect(i.year).toBe(2021);
      expect(i.tier).toBe("winner");
      expect(i.evidence[0].title).toBeTruthy();
      expect(typeof i.evidence[0].start).toBe("number");
    }
    expect(r.body.count).toBe(r.body.items.length);
  });

  it("filters by level and by the recipient's region, counting regions inside it", async () => {
    const provincial = await get(`/api/v1/awards?level=provincial&region=${encodeURIComponent("株洲市")}`);
    expect(provincial.status).toBe(200);
    expect(provincial.body.items.length).toBeGreaterThan(0);
    for (const i of provincial.body.items) expect(i.level).toBe("provincial");
    const all = await get(`/api/v1/awards?region=${encodeURIComponent("湖南省")}`);
    expect(all.body.count).toBeGreaterThanOrEqual(provincial.body.count);
  });

  it("finds a recipient's awards by name", async () => {
    const r = await get(`/api/v1/awards?recipient=${encodeURIComponent("江苏上上电缆集团有限公司")}`);
    expect(r.body.items.every((i: any) => i.recipient === "江苏上上电缆集团有限公司")).toBe(true);
    expect(r.body.count).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ["year=21", 400, "bad_request"],
    ["year=abcd", 400, "bad_request"],
    ["level=galactic", 400, "bad_request"],
    ["tier=platinum", 400, "bad_request"],
    ["colour=red", 400, "bad_request"],
    ["year=2021&year=2019", 400, "bad_request"],
    [`award=${encodeURIComponent("不存在的奖")}`, 404, "unknown_award"],
    [`region=${encodeURIComponent("火星市")}`, 404, "unknown_region"],
    [`recipient=${encodeURIComponent("不存在的公司")}`, 404, "unknown_recipient"],
  ])("refuses %s with %i and code %s", async (query, status, code) => {
    const r = await get(`/api/v1/awards?${query}`);
    expect(r.status).toBe(status);
    expect(r.body.error.code).toBe(code);
    expect(r.body.error.message.length).toBeGreaterThan(10);
  });
});

describe("GET /api/v1/entities/:name", () => {
  it("returns an organisation's awards with evidence", async () => {
    const r = await get(`/api/v1/entities/${encodeURIComponent("江苏龙城精锻集团有限公司")}`);
    expect(r.status).toBe(200);
    expect(r.body.kind).toBe("organization");
    const award = r.body.awards.find((a: any) => a.award === "江苏省省长质量奖");
    expect(award.year).toBe(2021);
    expect(award.evidence[0].text).toContain("龙城精锻");
  });

  it("returns a person's awards with the affiliation", async () => {
    const r = await get(`/api/v1/entities/${encodeURIComponent("周晓萍")}`);
    expect(r.status).toBe(200);
    expect(r.body.kind).toBe("person");
    expect(r.body.awards[0].affiliation).toBe("常州星宇车灯股份有限公司");
  });

  it("answers 404 with a code for a name the graph does not know", async () => {
    const r = await get(`/api/v1/entities/${encodeURIComponent("无此单位")}`);
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe("entity_not_found");
  });
});

describe("GET /api/v1/ask", () => {
  it("answers a winners question with names, its interpretation and evidence", async () => {
    const r = await get(`/api/v1/ask?q=${encodeURIComponent("2021年哪些企业获得了常州市市长质量奖?")}`);
    expect(r.status).toBe(200);
    expect(r.body.answer).toContain("万帮数字能源股份有限公司");
    expect(r.body.interpretation.text.length).toBeGreaterThan(0);
    expect(r.body.items[0].evidence[0].text.length).toBeGreaterThan(0);
  });

  it("refuses a missing question", async () => {
    const r = await get("/api/v1/ask");
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("bad_request");
    expect(r.body.error.message).toContain("?q=");
  });

  it("refuses an over-long question", async () => {
    const r = await get(`/api/v1/ask?q=${encodeURIComponent("质".repeat(201))}`);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("question_too_long");
  });
});

describe("errors and CORS", () => {
  it("answers unknown paths with a JSON 404", async () => {
    const r = await get("/api/v1/nothing-here");
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe("not_found");
  });

  it("allows the configured origin and no other", async () => {
    const ok = await SELF.fetch("https://qkg.test/api/v1/awards?year=2021", { headers: { Origin: "https://allowed.example" } });
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://allowed.example");
    const other = await SELF.fetch("https://qkg.test/api/v1/awards?year=2021", { headers: { Origin: "https://evil.example" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("policies and metrics", () => {
  it("lists policies with how many targets each sets", async () => {
    const r = await get("/api/v1/policies");
    expect(r.status).toBe(200);
    const decision = r.body.items.find((p: any) => p.title === "常州市进一步深化质量强市工作的决定");
    expect(decision.target_count).toBeGreaterThan(30);
  });

  it("judges the decision's sampling pass-rate target missed, with both evidences", async () => {
    const r = await get(`/api/v1/policies/${encodeURIComponent("常州市进一步深化质量强市工作的决定")}?as_of=2023`);
    expect(r.status).toBe(200);
    const t = r.body.targets.find((x: any) => x.metric === "工业产品监督抽查合格率");
    expect(t.judgement.status).toBe("missed");
    expect(t.judgement.observation.value).toBe(93.84);
    expect(t.judgement.observation.year).toBe(2021);
    expect(t.judgement.target_evidence.text).toContain("95%");
    expect(t.judgement.outcome_evidence[0].text).toContain("93.84%");
  });

  it("follows a policy to the award programme it governs and that programme's winners", async () => {
    const r = await get(`/api/v1/policies/${encodeURIComponent("常州市市长质量奖管理办法")}`);
    const programme = r.body.programmes.find((p: any) => p.name === "常州市市长质量奖");
    expect(programme.winners.map((w: any) => w.recipient)).toContain("江苏国茂减速机股份有限公司");
  });

  it("shows a metric's targets and observations under any of its phrasings", async () => {
    const r = await get(`/api/v1/metrics/${encodeURIComponent("工业产品抽检合格率")}`);
    expect(r.status).toBe(200);
    expect(r.body.names).toContain("工业产品监督抽查合格率");
    expect(r.body.targets.length).toBeGreaterThan(0);
  });

  it("answers 404 for a policy the graph does not have", async () => {
    const r = await get(`/api/v1/policies/${encodeURIComponent("不存在的办法")}`);
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe("policy_not_found");
  });
});

describe("paging GET /api/v1/awards", () => {
  it("pages with limit and cursor through exactly the facts of the unpaged list, following next links", async () => {
    const all = await get("/api/v1/awards?year=2021&limit=500");
    expect(all.body.next).toBeNull();
    const seen: string[] = [];
    let path: string | null = "/api/v1/awards?year=2021&limit=4";
    let pages = 0;
    while (path) {
      const r = await get(path);
      expect(r.status).toBe(200);
      expect(r.body.items.length).toBeLessThanOrEqual(4);
      seen.push(...r.body.items.map((i: any) => i.id));
      path = r.body.next;
      pages++;
    }
    expect(all.body.count).toBeGreaterThan(8);
    expect(pages).toBe(Math.ceil(all.body.count / 4));
    expect(seen).toEqual(all.body.items.map((i: any) => i.id));
  });

  it("gives a default page with a next link when there are more awards than it holds", async () => {
    const first = await get("/api/v1/awards");
    expect(first.body.count).toBeLessThanOrEqual(100);
    const total = (await get("/api/v1/awards?limit=500")).body.count;
    expect(first.body.next === null).toBe(total <= 100);
  });

  it.each([["limit=0"], ["limit=501"], ["limit=ten"], ["cursor=bm90LWEtY3Vyc29y"]])("refuses %s with a 400", async (query) => {
    const r = await get(`/api/v1/awards?${query}`);
    expect(r.status).toBe(400);
    expect(["bad_request", "invalid_cursor"]).toContain(r.body.error.code);
  });
});

describe("Server-Timing", () => {
  it.each(["/health", "/api/v1/awards?limit=2", `/api/v1/entities/${encodeURIComponent("不存在的单位")}`, "/no/such/route"])(
    "is on the response to %s",
    async (path) => {
      const r = await get(path);
      expect(r.headers.get("server-timing")).toMatch(/^app;dur=\d+(\.\d)?(, d1;dur=\d+(\.\d)?;desc="\d+ round trips")?$/);
    },
  );

  it("counts the round trips to D1: none for a path with no route, one for /health", async () => {
    const trips = (h: string | null) => Number(/desc="(\d+) round trips"/.exec(h ?? "")?.[1]);
    expect(trips((await get("/no/such/route")).headers.get("server-timing"))).toBe(0);
    expect(trips((await get("/health")).headers.get("server-timing"))).toBe(1);
  });
});

describe("caching headers inside workerd", () => {
  it("gives a read answer an ETag on the graph's version and answers 304 when it is sent back", async () => {
    const first = await SELF.fetch("https://qkg.test/api/v1/awards?limit=2");
    await first.arrayBuffer();
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"[0-9a-f]{24}"$/);
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    const again = await SELF.fetch("https://qkg.test/api/v1/awards?limit=2", { headers: { "If-None-Match": etag! } });
    expect(again.status).toBe(304);
  });
});

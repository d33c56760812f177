// Follow-up questions through every entry point (answerQuestion, GET /api/v1/ask?context=,
// qkg ask --context), rankings, and counts from a grant's stated total, on the seed gold facts.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../graph/ask/answer.js";
import { completeEllipsis, ellipsisOf } from "../../graph/ask/follow-up.js";
import { isOrderedAbbreviation } from "../../graph/ask/short-names.js";
import { snapshotBackend } from "../../graph/backend/snapshot-backend.js";
import { createSnapshot } from "../../graph/snapshot.js";
import type { AwardFact } from "../../graph/types.js";
import { writeGraphFile } from "../../ingest/graph-file.js";
import { ApiError } from "../../src/api-error.js";
import type { AppEnv } from "../../src/app-env.js";
import { ask as askRoute } from "../../src/routes/ask.js";
import { goldSnapshot } from "../fixtures/gold-snapshot.js";
import { runCli } from "../run-cli.js";
import { ask, goldBackend } from "./helpers.js";

function app() {
  const a = new Hono<AppEnv>();
  a.use("*", async (c, next) => {
    c.set("backend", async () => goldBackend);
    await next();
  });
  a.route("/api/v1/ask", askRoute);
  a.onError((err, c) =>
    err instanceof ApiError ? c.json({ error: { code: err.code } }, err.status) : c.json({ error: { code: "internal" } }, 500),
  );
  return a;
}
const get = async (q: string, context?: string) => {
  const res = await app().request(
    `/api/v1/ask?q=${encodeURIComponent(q)}${context !== undefined ? `&context=${encodeURIComponent(context)}` : ""}`,
  );
  return { status: res.status, body: (await res.json()) as any };
};

describe("follow-up questions", () => {
  it("resolves 它 to the recipient of the previous question (answerQuestion)", async () => {
    const first = await ask("哪家企业获得了2021年江苏省省长质量奖?");
    const next = await answerQuestion(goldBackend, "它获得过什么奖?", first);
    expect(next.interpretation.slots.entity).toEqual(first.answer);
    expect(Array.isArray(next.answer) && next.answer.length).toBeGreaterThan(0);
    expect(next.interpretation.text).toContain("承接上一问");
  });

  it("resolves 这个目标 to the previous goal and judges it against the reported figure", async () => {
    const first = await ask("常州到2020年工业产品监督抽查合格率的目标是多少?");
    expect(first.interpretation.slots.focus_target).toContain("工业产品监督抽查合格率");
    const next = await answerQuestion(goldBackend, "这个目标实现了吗?", first.interpretation);
    expect(next.interpretation.intent).toBe("target_met");
    expect(typeof next.answer).toBe("boolean");
  });

  it("takes the previous answer as ?context= on GET /api/v1/ask and refuses a context that is not JSON", async () => {
    const first = await get("江苏龙城精锻集团有限公司哪一年获得江苏省省长质量奖?");
    expect(first.status).toBe(200);
    const next = await get("该企业获得过哪些奖?", JSON.stringify(first.body.interpretation));
    expect(next.status).toBe(200);
    expect(next.body.interpretation.slots.entity).toEqual(["江苏龙城精锻集团有限公司"]);
    expect((await get("它获得过哪些奖?", "{not json")).body.error.code).toBe("bad_context");
    expect((await get("它获得过哪些奖?", "{not json")).status).toBe(400);
    // Without context a reference stays unresolved: nothing is guessed.
    expect((await get("它获得过哪些奖?")).body.answer).toEqual([]);
  });

  it("takes the previous answer as qkg ask --context", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qkg-ask-context-"));
    const graph = join(dir, "gold-graph.json");
    await writeGraphFile(graph, goldSnapshot());
    const first = runCli(["ask", "--graph", graph, "--json", "江苏龙城精锻集团有限公司哪一年获得江苏省省长质量奖?"]);
    expect(first.status, first.stderr).toBe(0);
    const next = runCli(["ask", "--graph", graph, "--json", "--context", first.stdout.trim(), "它获得过哪些奖?"]);
    expect(next.status, next.stderr).toBe(0);
    expect(JSON.parse(next.stdout).interpretation.slots.entity).toEqual(["江苏龙城精锻集团有限公司"]);
    const bad = runCli(["ask", "--graph", graph, "--context", "[1", "它获得过哪些奖?"]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain("--context must be");
  });
});

describe("elliptical follow-ups (那2020年呢? 那株洲呢?)", () => {
  it("reads only a new value for one part of a question as an ellipsis", () => {
    expect(ellipsisOf("那2020年呢?")).toBe("2020年");
    expect(ellipsisOf("第六届的呢？")).toBe("第六届");
    expect(ellipsisOf("那么株洲呢")).toBe("株洲");
    expect(ellipsisOf("它获得过哪些奖?")).toBeNull();
    expect(ellipsisOf("那谁呢?")).toBeNull();
    expect(completeEllipsis("2021年哪些企业获得了某奖?", "2019年")).toBe("2019年哪些企业获得了某奖?");
    expect(completeEllipsis("第七届某奖的获奖企业有哪些?", "第五届")).toBe("第五届某奖的获奖企业有哪些?");
    expect(completeEllipsis("哪些企业获得了某奖?", "2019年")).toBe("2019年哪些企业获得了某奖?");
    expect(completeEllipsis("哪些企业获得了某奖?", "株洲")).toBeNull();
  });

  // Each follow-up must answer what the question written out in full answers.
  const chains: Array<[string, string, string]> = [
    ["a year", "2021年哪些企业获得了江苏省省长质量奖?", "那2017年呢?"],
    ["a place, in a place's award", "2021年哪些企业获得了常州市市长质量奖?", "那株洲呢?"],
    ["an edition", "第七届湖南省省长质量奖的获奖企业有哪些?", "那第六届呢?"],
  ];
  it.each(chains)("completes the previous question with %s", async (_what, first, next) => {
    const a = await ask(first);
    const b = await answerQuestion(goldBackend, next, a);
    const whole = String(b.interpretation.slots.focus_question);
    expect(whole).not.toBe(first);
    expect(b.interpretation.text).toContain("代入上一问");
    expect(b.answer).toEqual((await ask(whole)).answer);
    // and the chain goes on from the completed question
    const c = await answerQuestion(goldBackend, next, b);
    expect(c.interpretation.slots.focus_question).toBe(whole);
  });

  it("keeps the previous question for the next ellipsis when one is not understood", async () => {
    const a = await ask("2021年哪些企业获得了江苏省省长质量奖?");
    const b = await answerQuestion(goldBackend, "那某某呢?", a);
    expect(b.answer).toEqual([]);
    expect(b.interpretation.slots.focus_question).toBe(a.interpretation.slots.focus_question);
  });

  it("leaves out the award of the previous answer when asked what else (还)", async () => {
    const a = await ask("哪家企业获得了2021年江苏省省长质量奖?");
    const all = await answerQuestion(goldBackend, "它获得过什么奖?", a);
    const besides = await answerQuestion(goldBackend, "它还获得过什么奖?", a);
    expect(all.answer).toContain("江苏省省长质量奖");
    expect(besides.answer).toEqual((all.answer as string[]).filter((x) => x !== "江苏省省长质量奖"));
  });
});

describe("rankings", () => {
  it("names the city with the most award recipients", async () => {
    const r = await ask("哪个城市的获奖企业最多?");
    expect(r.interpretation.intent).toBe("award_ranking");
    expect(r.answer).toEqual(["常州市"]);
  });

  it("names the recipient nominated most often for one award", async () => {
    const r = await ask("获得中国质量奖提名奖次数最多的是哪家企业?");
    expect(r.answer).toEqual(["江苏上上电缆集团有限公司"]);
    expect(r.items[0].value).toBe(3);
  });
});

describe("short names", () => {
  it("recognises abbreviations made of the full name's characters in order", () => {
    expect(isOrderedAbbreviation("北歌", "北方歌舞艺术中心")).toBe(true);
    expect(isOrderedAbbreviation("歌北", "北方歌舞艺术中心")).toBe(false);
    // The first character must be the name's own first character.
    expect(isOrderedAbbreviation("方歌", "北方歌舞艺术中心")).toBe(false);
  });
});

describe("a grant's stated total", () => {
  // The seed 2021 mayor's-award winners, as if the notice had said "等N家企业" with three more unnamed.
  const base = goldSnapshot();
  const grant = (f: AwardFact) =>
    f.award === "常州市市长质量奖" && f.year === 2021 && f.tier === "winner" && f.recipient_type === "organization";
  const named = base.facts.filter((f): f is AwardFact => f.kind === "award" && grant(f)).length;
  const facts = base.facts.map((f) => (f.kind === "award" && grant(f) ? { ...f, stated_total: { count: named + 3, of: "家企业" } } : f));
  const backend = snapshotBackend(createSnapshot({ documents: base.documents, facts, regions: base.regions, warnings: base.warnings }));

  it("answers the stated total and says how many are named", async () => {
    expect(named).toBeGreaterThan(1);
    const r = await answerQuestion(backend, "2021年常州市市长质量奖一共授予了多少家企业?");
    expect(r.answer).toBe(named + 3);
    expect(r.interpretation.text).toContain(`列出名称的${named}个`);
  });

  it("counts the named recipients when the total is of another kind", async () => {
    const other = base.facts.map((f) => (f.kind === "award" && grant(f) ? { ...f, stated_total: { count: named + 3, of: "名个人" } } : f));
    const b = snapshotBackend(createSnapshot({ documents: base.documents, facts: other, regions: base.regions, warnings: base.warnings }));
    expect((await answerQuestion(b, "2021年常州市市长质量奖一共授予了多少家企业?")).answer).toBe(named);
  });
});

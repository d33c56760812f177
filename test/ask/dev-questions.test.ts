// Question understanding on the development set (../shared/eval/dev), apart from extraction: the
// dev documents ingested by the real CLI, their facts replaced by the gold facts (the "oracle"
// graph of scripts/eval.ts). Each question kind of issue 13 is checked on the dev questions that
// show it (selected by their wording at run time) and on paraphrases of our own.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../graph/ask/answer.js";
import type { AskResult } from "../../graph/ask/types.js";
import type { Backend } from "../../graph/backend/backend.js";
import { snapshotBackend } from "../../graph/backend/snapshot-backend.js";
import { readGraphFile } from "../../ingest/graph-file.js";
import { oracleSnapshot, ROOT, SETS } from "../../scripts/eval.js";
import { runCli } from "../run-cli.js";
import { type SeedQuestion, sameAnswer } from "./helpers.js";

const DEV = SETS.find((s) => s.name === "dev")!;
const OUT = join(ROOT, ".qkg/test/dev-ask");
const devQuestions = (): SeedQuestion[] =>
  readFileSync(DEV.questions, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SeedQuestion);

// Question understanding must answer at least this share of the dev questions from the gold facts.
const DEV_ORACLE_FLOOR = 0.95;

let backend: Backend;
const ask = (q: string, context?: unknown): Promise<AskResult> => answerQuestion(backend, q, context);

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  const graph = join(OUT, "graph.json");
  const r = runCli(["ingest", DEV.docs, "--graph", graph, "--quiet"]);
  expect([0, 3], r.stderr).toContain(r.status);
  const oracle = await oracleSnapshot(graph, DEV.gold, join(OUT, "oracle-graph.json"));
  backend = snapshotBackend(await readGraphFile(oracle));
}, 120_000);

async function wrongOf(questions: SeedQuestion[]): Promise<string[]> {
  const wrong: string[] = [];
  for (const q of questions) {
    const r = await ask(q.q);
    if (!sameAnswer(q.answer, r.answer))
      wrong.push(`${q.q} → ${JSON.stringify(r.answer)} (expected ${JSON.stringify(q.answer)}; ${r.interpretation.text})`);
  }
  return wrong;
}

describe("dev questions on the dev gold facts", () => {
  it(`answers at least ${DEV_ORACLE_FLOOR} of them exactly`, async () => {
    const qs = devQuestions();
    const wrong = await wrongOf(qs);
    const exact = (qs.length - wrong.length) / qs.length;
    if (exact < DEV_ORACLE_FLOOR) console.log(wrong.join("\n"));
    expect(qs.length).toBeGreaterThanOrEqual(100);
    expect(exact).toBeGreaterThanOrEqual(DEV_ORACLE_FLOOR);
  });

  // Each kind: the dev questions whose wording shows it.
  const kinds: Array<[string, (q: SeedQuestion) => boolean]> = [
    [
      "award programmes by any name, Simplified or Traditional",
      (q) => /屆|獎|品質|人民政府|政府质量奖|质量管理奖|市长质量奖|县长质量奖|区长质量奖/.test(q.q),
    ],
    ["tiers, grades and sub-awards", (q) => /提名|金奖|银奖|铜奖|优胜奖|创新奖|贡献奖/.test(q.q)],
    ["categories (个人奖, 组织奖, 个人获得者)", (q) => /个人|组织|單位|组織/.test(q.q)],
    ["status: candidates are not winners", (q) => /拟|初选|正式|公示|上榜/.test(q.q)],
    ["editions and years", (q) => /第.{1,3}[届屆]|哪一年|哪年|年度|~/.test(q.q)],
    ["stated totals and counts", (q) => q.type === "count" || /一共|累计|共有/.test(q.q)],
    ["outcomes and targets", (q) => /目标|合格率|比重|印发|出台|指数|多少个百分点/.test(q.q)],
    ["unions and cross-document questions", (q) => q.docs.length > 1 || /或/.test(q.q)],
    ["comparisons", (q) => /比.{0,20}(多|少|高|低)吗|哪个.{0,6}(高|低|多|少)|差多少/.test(q.q)],
    ["a part of a list named by its heading", (q) => /申报/.test(q.q)],
  ];
  it.each(kinds)("answers every dev question of kind: %s", async (_kind, select) => {
    const qs = devQuestions().filter(select);
    expect(qs.length).toBeGreaterThanOrEqual(1);
    expect(await wrongOf(qs)).toEqual([]);
  });

  it("resolves short names that are not prefixes of the full name (dev questions)", async () => {
    // The questions whose understood recipient is not written in them in full.
    const resolved: string[] = [];
    const wrong: string[] = [];
    for (const q of devQuestions()) {
      const r = await ask(q.q);
      const entity = r.interpretation.slots.entity;
      if (!Array.isArray(entity) || entity.length !== 1 || q.q.includes(entity[0])) continue;
      resolved.push(q.q);
      if (!sameAnswer(q.answer, r.answer)) wrong.push(q.q);
    }
    expect(resolved.length).toBeGreaterThanOrEqual(8);
    expect(wrong).toEqual([]);
  });
});

describe("paraphrases of our own on the dev gold facts", () => {
  const cases: Array<[string, string, SeedQuestion["answer"]]> = [
    // programme names: Traditional, 政府 for 人民政府, the head character written once
    ["Traditional, nominee individuals", "第六屆安徽省政府品質獎提名獎的個人獲得者有誰?", ["许启金", "阚艳"]],
    [
      "a county award by its edition in digits",
      "嘉善县第17届县长质量奖有哪些拟获奖单位?",
      ["浙江富申科技有限公司", "嘉善三思光电技术有限公司", "诚达药业股份有限公司"],
    ],
    ["the same edition in Chinese numerals", "嘉善县第十七届县长质量奖拟授奖企业有几家?", 3],
    ["a short name that begins with a place's short form", "阿里云获得的是什么奖?", ["杭州市人民政府质量管理创新奖"]],
    ["an abbreviation with the place written before it", "中山朗晴小学拿的是什么奖?", ["中山市政府质量奖提名奖"]],
    ["a personal category", "南昌市市长质量奖的个人奖有哪些人获得?", ["赵正云", "曾发发"]],
    // status
    ["a candidate has not formally won", "诚达药业已经正式获得嘉善县县长质量奖了吗?", false],
    ["a 初选 list counted as candidates", "广东省政府质量奖2017年度的初选企业一共几家?", 10],
    ["a year label", "2018~2019年度河南省长质量奖上榜的企业有哪些?", ["汉威科技集团股份有限公司", "郑州磨料磨具磨削研究所有限公司"]],
    // counts, targets, policies named by kind
    ["one round counted from its named winners", "重庆第八届市长质量管理奖获奖单位有几家?", 5],
    ["a policy named by its place and kind", "湖北纲要提出的制造业质量竞争力指数目标是多少?", 89],
    ["a policy's year by its place and kind", "四川的实施意见是哪一年印发的?", 2023],
    // comparisons, in the other direction
    ["stated totals compared", "中山市政府质量奖累计评出的获奖组织比天津质量奖多吗?", false],
    ["the lower of two places", "山东和河南的制造业产品质量合格率哪个低?", ["山东省"]],
    // unions across documents, places in the other order
    [
      "two programmes of one round",
      "泉州和安徽第六届政府质量奖的获奖组织有哪些?",
      [
        "安徽迎驾贡酒股份有限公司",
        "芜湖中集瑞江汽车有限公司",
        "安徽省交通控股集团有限公司",
        "中科院合肥物质科学研究院等离子体物理研究所",
        "福建火炬电子科技股份有限公司",
        "信和新材料股份有限公司",
        "福建省铁拓机械股份有限公司",
        "福建省晋江市华宇织造有限公司",
      ],
    ],
  ];
  it.each(cases)("%s: %s", async (_what, q, expected) => {
    const r = await ask(q);
    expect(r.answer, r.interpretation.text).toEqual(Array.isArray(expected) ? expect.arrayContaining(expected) : expected);
    if (Array.isArray(expected)) expect((r.answer as string[]).length).toBe(expected.length);
  });

  it("ranks recipients by how many times they won", async () => {
    const r = await ask("获奖次数最多的企业是哪家?");
    expect(r.interpretation.intent).toBe("award_ranking");
    expect(r.answer).toEqual(["江苏三江电器集团有限公司"]);
    expect(r.interpretation.text).toContain("排名");
  });
});

describe("follow-up questions with the previous answer as context", () => {
  it("resolves 它 to the organisation the previous answer was about", async () => {
    const first = await ask("诚达药业是哪一届嘉善县县长质量奖的拟获奖企业?");
    const next = await ask("它已经正式获得该奖了吗?", first);
    expect(next.interpretation.slots.entity).toEqual(["诚达药业股份有限公司"]);
    expect(next.answer).toBe(false);
    expect(next.interpretation.text).toContain("承接上一问");
  });

  it("resolves 这个目标 to the goal the previous answer gave", async () => {
    const first = await ask("四川实施意见到2027年制造业质量竞争力指数的目标是多少?");
    expect(first.answer).toBe(88);
    const next = await ask("这个目标比湖北定得高吗?", first.interpretation);
    expect(next.interpretation.intent).toBe("compare");
    expect(next.interpretation.text).toContain("制造业质量竞争力指数");
    // 88 against 89.
    expect(next.answer).toBe(false);
  });

  it("reads a question without a reference as it stands", async () => {
    const first = await ask("诚达药业是哪一届嘉善县县长质量奖的拟获奖企业?");
    const plain = await ask("第二届银川市市长质量管理奖授予了哪家企业?");
    const withContext = await ask("第二届银川市市长质量管理奖授予了哪家企业?", first);
    expect(withContext.answer).toEqual(plain.answer);
  });
});

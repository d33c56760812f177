import { describe, expect, it } from "vitest";
import { extract } from "./prepare-fixture.js";

const pick = <T extends { metric: string }>(facts: T[], metric: string): T | undefined => facts.find((f) => f.metric === metric);

describe("target extraction from a policy document", () => {
  const { targets } = extract("jiaxing-decision.txt");

  it("gives every goal the document's own title as its policy, its region and the 到YYYY年 deadline", () => {
    expect(targets.length).toBe(13);
    for (const t of targets)
      expect(t).toMatchObject({ policy: "嘉兴市关于全面推进质量强市建设的实施方案", region: "嘉兴市", deadline_year: 2025 });
  });

  it("reads comparators as the text states them: 以上 ≥, 低于 <, 超过 >, 达到 and bare =", () => {
    expect(pick(targets, "制造业产品质量合格率")).toMatchObject({ comparator: ">=", value: 94, unit: "%" });
    expect(pick(targets, "规模以上工业企业新产品产值率")).toMatchObject({ comparator: "=", value: 45 });
    expect(pick(targets, "万台特种设备事故率")).toMatchObject({ comparator: "<", value: 0.2, unit: null });
    expect(pick(targets, "生活性服务业顾客满意度")).toMatchObject({ comparator: ">", value: 84, unit: null });
  });

  it("carries an enumeration's shared verb onto each item", () => {
    expect(pick(targets, "新增主导制定行业标准")).toMatchObject({ value: 80, unit: "项" });
    expect(pick(targets, "争创浙江省人民政府质量奖")).toMatchObject({ value: 4, unit: "个" });
    expect(pick(targets, "累计培育品牌产品")).toMatchObject({ value: 200, unit: "个" });
  });

  it("splits a distributive list: A、B均低于x and A、B分别超过x和y", () => {
    expect(pick(targets, "万台特种设备死亡率")).toMatchObject({ comparator: "<", value: 0.2 });
    expect(pick(targets, "生产性服务业顾客满意度")).toMatchObject({ value: 82 });
  });

  it("keys metrics through the alias table", () => {
    expect(pick(targets, "制造业产品质量合格率")?.metric_key).toBe("制造业产品合格率");
  });
});

describe("target extraction from a news article", () => {
  const { targets, observations } = extract("yichang-news.txt");

  it("reads the present year's plan section as goals with no policy, due that year", () => {
    expect(targets.map((t) => t.metric).sort()).toEqual(
      ["争创省级质量标杆企业", "新培育湖北省长江质量奖企业", "新增省级标准化试点"].sort(),
    );
    for (const t of targets) expect(t).toMatchObject({ policy: null, region: "宜昌市", deadline_year: 2023 });
    expect(pick(targets, "新培育湖北省长江质量奖企业")).toMatchObject({ comparator: ">=", value: 2, unit: "家" });
  });

  it("keeps the reviewed year's figures as observations", () => {
    expect(observations.length).toBeGreaterThan(5);
    for (const o of observations) expect(o.year).toBe(2022);
  });

  it("reads a goal with a later deadline inside a review section as a goal", () => {
    const { targets: t } = extract("2021年是攻坚之年。全市工业产品抽检合格率95.1%。到2025年，工业产品抽检合格率达到97%以上。", true);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ metric: "工业产品抽检合格率", comparator: ">=", value: 97, deadline_year: 2025 });
  });
});

describe("what a policy document states that is not a goal", () => {
  it("reads its review of the last plan period as outcomes", () => {
    const { targets, observations } = extract(
      "某市“十四五”质量发展规划\n\n“十三五”时期，全市制造业产品质量合格率达到93.2%，累计获得省长质量奖企业6家。\n\n到2025年，制造业产品质量合格率达到95%以上。",
      true,
    );
    expect(targets.map((t) => [t.metric, t.value])).toEqual([["制造业产品质量合格率", 95]]);
    expect(observations.map((o) => o.value).sort()).toEqual([6, 93.2]);
  });

  it("does not read a rule's quotas, reward amounts or time limits as goals", () => {
    const { targets, policies } = extract(
      "某市市长质量奖管理办法\n\n第五条 市长质量奖每两年评选一次，每届获奖名额不超过5个，对获奖组织给予一次性奖励50万元。\n\n第九条 申报材料应在15个工作日内提交。",
      true,
    );
    expect(targets).toEqual([]);
    expect(policies[0].programmes).toEqual(["某市市长质量奖"]);
  });

  it("reads unitless goals after 达到 in a plan, and no year or code as a value", () => {
    const { targets } = extract("某省质量提升实施方案\n\n到2023年，质量竞争力指数达到86，达到2025年的要求。", true);
    expect(targets.map((t) => [t.metric, t.value, t.unit])).toEqual([["质量竞争力指数", 86, null]]);
  });
});

describe("ceilings and population figures in a plan", () => {
  it("reads 控制在…以内 as a ceiling and keeps 规上企业 ratios (a population, not one firm)", () => {
    const text =
      '---\ntitle: "某市质量强市建设实施方案"\n---\n<p>到2025年，万台特种设备死亡率控制在0.25以内，规上工业企业研发投入占营业收入比重达到2.3%。</p>\n';
    const { targets } = extract(text, true);
    expect(pick(targets, "万台特种设备死亡率")).toMatchObject({ comparator: "<=", value: 0.25, unit: null, deadline_year: 2025 });
    expect(pick(targets, "规上工业企业研发投入占营业收入比重")).toMatchObject({ value: 2.3, unit: "%" });
  });
});

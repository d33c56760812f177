// The cases of issue 11, each on a composed text in our own words (an imaginary 绍兴 plan, report
// and news item): section deadlines, the document's and the section's mode, observation years,
// the number forms, counts of awards and titles, and which 《》 names are policies. The dev set
// (dev-scores.test.ts) measures the same rules on real layouts.
import { describe, expect, it } from "vitest";
import { findQuantities, yearsIn } from "../../../ingest/extract/policy/numbers.js";
import { namesPolicy } from "../../../ingest/extract/policy/policies.js";
import { extract } from "./prepare-fixture.js";

const PLAN = `中共绍兴市委 绍兴市人民政府
关于推进质量强市建设的实施意见
（2024年3月1日）
为全面提升我市质量总体水平，现提出如下意见。
一、总体要求
（一）基本原则。坚持质量第一，坚持创新驱动。
（二）主要目标。到2027年，质量强市建设取得明显成效，质量总体水平稳步提升。
1.产业质量稳步提升。规模以上工业企业产品质量合格率达到96%以上，制造业质量竞争力指数达到87以上，培育省级以上质量标杆企业2—3家，数字经济核心产业增加值占比达到12%左右。
2.质量基础更加坚实。主导制定国际标准5项以上，新建国家级质检中心2家。
二、重点任务
（一）实施质量提升行动。`;

// The same kind of sentence in a report: outcomes, dated by the year the report is about.
const REPORT = `绍兴市发布2023年质量状况白皮书
2024-05-10 来源：本地新闻网
近日，绍兴市发布《2023年绍兴市质量状况》白皮书。白皮书显示，全市制造业产品质量合格率为94.6%，食品抽检合格率98、2%，规模以上工业企业产品质量合格率达到96%以上。
2023年以来，全市新增“浙江制造”认证企业45家。
近年来，全市累计培育省级品牌企业120家。`;

const NEWS = `绍兴市2022年度市长质量奖揭晓
发布时间：2023-02-01
2022年度绍兴市市长质量奖评审工作结束，3家企业获奖。至此，我市已有18家企业和6名个人获市长质量奖。
截至目前，全市累计获省政府质量奖企业9家，绍兴名牌产品215个(全省首位)，省级品牌企业40家，全省第二。
市长质量奖自2006年设立以来已评选八届，每三年评选一届，每家获奖企业奖励50万元。`;

const target = (r: ReturnType<typeof extract>, metric: string) => r.targets.find((t) => t.metric.includes(metric));
const observation = (r: ReturnType<typeof extract>, metric: string, value?: number) =>
  r.observations.find((o) => o.metric.includes(metric) && (value == null || o.value === value));

describe("a plan: the document's mode and its section deadline", () => {
  const r = extract(PLAN, true);

  it("names the policy by its own title line, without the issuer printed on the line above, with its date", () => {
    expect(r.policies).toHaveLength(1);
    expect(r.policies[0]).toMatchObject({ title: "关于推进质量强市建设的实施意见", year: 2024 });
  });

  it("reads every goal under 主要目标 as a target of the section's deadline (到2027年 stated once)", () => {
    expect(r.observations).toHaveLength(0);
    expect(r.targets.length).toBeGreaterThanOrEqual(6);
    for (const t of r.targets) expect(t).toMatchObject({ deadline_year: 2027, policy: "关于推进质量强市建设的实施意见" });
    expect(target(r, "产品质量合格率")).toMatchObject({ value: 96, unit: "%", comparator: ">=" });
    expect(target(r, "质量竞争力指数")).toMatchObject({ value: 87, unit: null, comparator: ">=" });
    expect(target(r, "增加值占比")).toMatchObject({ value: 12, comparator: "=" });
  });

  it("reads a range goal as its lower end, at least, with the upper end kept", () => {
    expect(target(r, "质量标杆企业")).toMatchObject({ value: 2, value_max: 3, comparator: ">=", unit: "家" });
  });
});

describe("a report: outcomes and their years", () => {
  const r = extract(REPORT, true);

  it("reads goal-like wording in a report as outcomes of the year the report is about", () => {
    expect(r.targets).toHaveLength(0);
    expect(observation(r, "制造业产品质量合格率")).toMatchObject({ value: 94.6, year: 2023 });
    expect(observation(r, "规模以上工业企业产品质量合格率")).toMatchObject({ value: 96, year: 2023 });
  });

  it("reads a decimal point typed as 、 (98、2%)", () => {
    expect(observation(r, "食品抽检合格率")).toMatchObject({ value: 98.2, unit: "%" });
  });

  it("gives 2023年以来 in a report on 2023 that year, and 近年来 no year", () => {
    expect(observation(r, "认证企业")).toMatchObject({ value: 45, year: 2023 });
    expect(observation(r, "品牌企业")).toMatchObject({ value: 120, year: null });
  });

  it("takes neither the report's name nor a bare 白皮书 for a policy", () => {
    expect(r.policies).toHaveLength(0);
  });
});

describe("news of an award round: counts, totals and their years", () => {
  const r = extract(NEWS, true);

  it("dates a 至此 total by the round it closes, and names what was counted", () => {
    // A running total of winners is named 累计…, and groups sharing the award take no 的.
    expect(observation(r, "累计获市长质量奖企业", 18)).toMatchObject({ year: 2022, unit: "家" });
    expect(observation(r, "累计获市长质量奖个人", 6)).toMatchObject({ year: 2022, unit: "名" });
  });

  it("leaves 截至目前 totals and the rounds held since a founding year undated", () => {
    expect(observation(r, "省政府质量奖企业", 9)).toMatchObject({ year: null });
    expect(observation(r, "评选届数")).toMatchObject({ value: 8, unit: "届", year: null });
  });

  it("reads ranks written on their own ((全省首位), ，全省第二) for the count before them", () => {
    expect(observation(r, "名牌产品全省排名")).toMatchObject({ value: 1, unit: "位次" });
    expect(observation(r, "品牌企业全省排名")).toMatchObject({ value: 2, unit: "位次", region: "绍兴市" });
  });

  it("does not read a programme's terms (how often, the reward offered) as outcomes", () => {
    expect(r.observations.some((o) => o.value === 50 || (o.unit === "届" && o.value === 1))).toBe(false);
  });
});

describe("a news item's head", () => {
  it("does not take a headline reporting a plan for the plan, and reads the headline's figures from the body only", () => {
    const r = extract(
      "绍兴市出台质量强市建设实施方案 8项指标明确\n2024-06-01 来源：本地新闻网\n全市规上工业产品合格率94.8%\n日前，绍兴市出台质量强市建设实施方案，明确8项指标。2023年，全市规上工业产品合格率达到94.8%。",
      true,
    );
    expect(r.policies).toHaveLength(0);
    expect(r.targets).toHaveLength(0);
    // A short body line with a figure is read; the plan's own parts (8项指标) are not outcomes.
    expect(r.observations.filter((o) => o.value === 94.8).map((o) => o.year)).toEqual([2024, 2023]);
    expect(r.observations.filter((o) => o.value === 8)).toHaveLength(0);
  });
});

describe("counts that restate names, and a text's own parts", () => {
  it("does not count a list's size given with its names, nor a plan's parts", () => {
    const r = extract(
      "绍兴市质量奖揭晓，甲科技有限公司、乙机械有限公司、丙纺织有限公司这3家企业获奖。3家企业分别是：甲科技有限公司、乙机械有限公司、丙纺织有限公司。方案从8个方面提出工作措施。另有12家企业获提名奖。",
      true,
    );
    expect(r.observations.map((o) => o.value)).toEqual([12]);
  });

  it("drops a round's count restating its named winners, but keeps a district's share of it", () => {
    const r = extract(
      "第五届某省质量奖揭晓，甲科技有限公司、乙机械有限公司、丙纺织有限公司、丁电子有限公司获奖，其中4家企业获奖，其中越城区3家企业获奖。",
      true,
    );
    expect(r.observations.map((o) => o.value)).toEqual([3]);
  });

  it("names a bare 提名奖 count by the award named before it", () => {
    const r = extract("目前，全市共有20家企业获得绍兴市市长质量奖、15家企业获得提名奖。", true);
    expect(r.observations.map((o) => o.metric)).toEqual(["获得绍兴市市长质量奖企业", "获得绍兴市市长质量奖提名奖企业"]);
  });

  it("keeps the count after 包括…在内 and drops the one inside it", () => {
    const r = extract("本次活动中，包括我市2家企业在内的40家企业被授予2024年度全国质量标杆。", true);
    expect(r.observations).toHaveLength(1);
    expect(r.observations[0]).toMatchObject({ value: 40, year: 2024 });
  });
});

describe("number forms", () => {
  const q = (s: string) => findQuantities(s).map(({ value, valueMax, unit, comparator }) => ({ value, valueMax, unit, comparator }));

  it("reads ranges, 个百分点, 万/亿 units, per-base units and per-mille", () => {
    expect(q("选树1—2个领军企业")).toEqual([{ value: 1, valueMax: 2, unit: "个", comparator: ">=" }]);
    expect(q("新增3~5家")[0]).toMatchObject({ value: 3, valueMax: 5 });
    expect(q("研发投入强度提高0.5个百分点")[0]).toMatchObject({ value: 0.5, unit: "个百分点" });
    expect(q("完成抽检1.2万批次")[0]).toMatchObject({ value: 1.2, unit: "万批次" });
    expect(q("产值达到3.5亿元")[0]).toMatchObject({ value: 3.5, unit: "亿元" });
    expect(q("全员劳动生产率达到20万元/人")[0]).toMatchObject({ value: 20, unit: "万元/人" });
    expect(q("不合格发现率0.8批次/千人")[0]).toMatchObject({ value: 0.8, unit: "批次/千人" });
    expect(q("事故率控制在0.3‰以下")[0]).toMatchObject({ value: 0.3, unit: "‰", comparator: "<=" });
    expect(q("合格率达到98、7%")[0]).toMatchObject({ value: 98.7, unit: "%" });
    // A list is not a typed decimal point.
    expect(q("分别新增5、7家").map((x) => x.value)).toEqual([7]);
  });

  it("reads 达到…左右 and 提高到 as the level itself, and a 较2020年 base as no year of the figure", () => {
    expect(q("占比达到55%左右")[0]).toMatchObject({ value: 55, comparator: "=" });
    expect(q("合格率提高到96%")[0]).toMatchObject({ value: 96, comparator: "=" });
    expect(yearsIn("单位产值能耗较2020年下降13%")[0]).toMatchObject({ year: 2020, base: true });
    expect(yearsIn("自2010年设立以来")[0]).toMatchObject({ year: 2010, since: true });
  });

  it("keeps a planned change (到2025年…下降13%, 提高0.5个百分点) as a goal with its metric", () => {
    const r = extract("到2025年，全市单位产值能耗较2020年下降13%，研发投入强度提高0.5个百分点，产品质量合格率提高到96%。", true);
    expect(target(r, "能耗")).toMatchObject({ value: 13, unit: "%", deadline_year: 2025 });
    expect(target(r, "研发投入强度")).toMatchObject({ value: 0.5, unit: "个百分点", deadline_year: 2025 });
    expect(target(r, "产品质量合格率")).toMatchObject({ value: 96, deadline_year: 2025 });
  });
});

describe("which 《》 names are policies", () => {
  it("takes rules, plans and issuing notices; not standards, newspapers, reports, rankings or result notices", () => {
    expect(namesPolicy("绍兴市市长质量奖管理办法")).toBe(true);
    expect(namesPolicy("绍兴市市长质量奖管理办法(试行)")).toBe(true);
    expect(namesPolicy("绍兴市质量发展纲要(2021-2025年)")).toBe(true);
    expect(namesPolicy("绍兴市人民政府办公室关于印发绍兴市市长质量奖管理办法的通知")).toBe(true);
    expect(namesPolicy("卓越绩效评价准则")).toBe(false);
    expect(namesPolicy("GB/T 19580")).toBe(false);
    expect(namesPolicy("绍兴日报")).toBe(false);
    expect(namesPolicy("2023年绍兴市质量状况")).toBe(false);
    expect(namesPolicy("中国500最具价值品牌")).toBe(false);
    expect(namesPolicy("绍兴市人民政府关于公布2022年度绍兴市市长质量奖获奖名单的通知")).toBe(false);
  });

  it("skips a short name given to a policy already named, and a count of measures in quotes", () => {
    const r = extract("绍兴市印发了《绍兴市质量强市建设实施方案》（以下简称《实施方案》）。《实施方案》提出“品质绍兴”4项质量措施。", true);
    expect(r.policies.map((p) => p.title)).toEqual(["绍兴市质量强市建设实施方案"]);
  });
});

describe("metric wording of counts in lists and running totals", () => {
  it("drops 拥有 that opens a list from every item and does not carry 打造 past the first item", () => {
    const { observations } = extract(
      "某县质量工作总结\n2023年，全县拥有省级专精特新企业6家、市级专精特新企业21家。打造区域公共品牌12个,地理标志产品5个。",
      true,
    );
    const metrics = observations.map((o) => o.metric);
    expect(metrics).toEqual(expect.arrayContaining(["省级专精特新企业", "市级专精特新企业", "打造区域公共品牌", "地理标志产品"]));
  });

  it("keeps 现有 on every item (what the region holds now)", () => {
    const { observations } = extract("某区质量工作报告\n我区现有市长质量奖企业4家，区长质量奖企业15家。", true);
    expect(observations.map((o) => o.metric)).toEqual(["现有市长质量奖企业", "现有区长质量奖企业"]);
  });

  it("names winners counted since the award began 累计…, one round's winners by the round", () => {
    const text =
      "某市质量奖十年回顾\n该奖项自2013年设立以来，已评选出14家“某市政府质量奖”获奖组织。某市已完成三届评选，先后有5家企业1名个人获此殊荣。";
    const metrics = extract(text, true).observations.map((o) => o.metric.replace(/[“”]/g, ""));
    expect(metrics).toEqual(expect.arrayContaining(["累计某市政府质量奖获奖组织", "累计获某市政府质量奖企业", "累计获某市政府质量奖个人"]));
    const round = extract("某市质量奖揭晓\n2021年，6家组织、2名个人荣获第五届某市市长质量奖。", true).observations.map((o) => o.metric);
    expect(round).toEqual(["荣获第五届某市市长质量奖组织", "荣获第五届某市市长质量奖个人"]);
  });

  it("keeps the scope a share is written with (全市占比)", () => {
    const { observations } = extract("某区质量工作报告\n2022年，共有11家企业获得市长质量奖，全市占比58%。", true);
    expect(observations.find((o) => o.unit === "%")?.metric).toBe("获得市长质量奖企业全市占比");
  });
});

describe("a list's counted group and a page's navigation line", () => {
  it("gives later items that name only an award the first item's group noun, and keeps an award named after a zone's head", () => {
    const { observations } = extract("某区质量工作报告\n截至目前，已培育出省长质量奖企业2家、市长质量奖5家、高新区主任质量奖4家。", true);
    expect(observations.map((o) => o.metric)).toEqual(["培育省长质量奖企业", "培育市长质量奖企业", "培育高新区主任质量奖企业"]);
  });

  it("does not take the region of the site carrying a page (a breadcrumb line) for the page's region", () => {
    const text =
      "西藏新闻网 > 即时新闻 > 地方\n\n全省质量大会召开\n\n14日，2023年湖南省质量大会在长沙召开。全省制造业产品质量合格率达93.5%。";
    const { doc, observations } = extract(text, true);
    expect(doc.region).toBe("湖南省");
    expect(observations[0]).toMatchObject({ region: "湖南省", value: 93.5 });
  });
});

describe("scores given in an assessment", () => {
  it("names a score by the assessment it was given in", () => {
    const { observations } = extract(
      "某市质量工作报告\n2021年，在省质量发展委员会组织的年度质量工作考核中我市获得92.5分的好成绩。全市质量满意度得分82.3分。",
      true,
    );
    expect(observations.map((o) => [o.metric, o.value])).toEqual([
      ["年度质量工作考核得分", 92.5],
      ["质量满意度得分", 82.3],
    ]);
  });
});

describe("grades in a list", () => {
  it("gives a grade written bare the qualifier of the grade before it", () => {
    const { observations } = extract("某市质量工作报告\n2013年，我市共有质量信用AA级企业3家、AAA级企业1家。", true);
    expect(observations.map((o) => o.metric)).toEqual(["质量信用AA级企业", "质量信用AAA级企业"]);
  });
});

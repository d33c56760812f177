// General rules found on notices and reports in other provinces' styles: which words make a
// metric (subjects, modal verbs, a verb of carrying out an inspection), list sizes that come with
// the names (not aggregates), 分 as a unit, and which year a 截至目前 total or a review report takes.
// Every sentence here is written for this test.
import { describe, expect, it } from "vitest";
import { listedNames, listSizeSpans } from "../../../ingest/extract/policy/not-outcomes.js";
import { extract } from "./prepare-fixture.js";

const pick = <T extends { metric: string }>(facts: T[], metric: string): T | undefined => facts.find((f) => f.metric === metric);
const metrics = <T extends { metric: string }>(facts: T[]) => facts.map((f) => f.metric);

describe("metric wording", () => {
  it("drops the firms acting as the subject and carries the shared prefix to the next item", () => {
    const { observations } = extract("2023年，全市企业参与制定国际标准8项、国家标准42项。", true);
    expect(pick(observations, "参与制定国际标准")).toMatchObject({ value: 8, unit: "项", year: 2023 });
    expect(pick(observations, "参与制定国家标准")).toMatchObject({ value: 42, unit: "项", year: 2023 });
  });

  it("keeps a counted population whose only other word is the verb", () => {
    const { observations } = extract("2023年，高新技术企业新增12家。", true);
    expect(metrics(observations)).toEqual(["高新技术企业新增"]);
  });

  it("strips a qualified subject (规上企业) and lets an item with its own level share only the verb", () => {
    const { observations } = extract("2024年是关键之年。全县规上企业新增省级专精特新企业20家、国家级专精特新“小巨人”企业3家。", true);
    expect(metrics(observations)).toEqual(["新增省级专精特新企业", "新增国家级专精特新“小巨人”企业"]);
  });

  it("strips the future and modal words of a goal (将/要 before 力争/新增…)", () => {
    const { targets } = extract("今年全区将力争新增省级质量标杆企业3家以上，要新培育“品字标”企业10家。", true);
    expect(metrics(targets)).toEqual(["新增省级质量标杆企业", "新培育“品字标”企业"]);
    expect(pick(targets, "新增省级质量标杆企业")).toMatchObject({ comparator: ">=", value: 3 });
  });

  it("does not carry a list's verb onto an item with a verb of its own", () => {
    const { observations } = extract("2023年，新增地方标准12项、团体标准9项，发放质量奖励资金1500万元。", true);
    expect(metrics(observations)).toEqual(["新增地方标准", "新增团体标准", "发放质量奖励资金"]);
    // A 、-listed item shares the verb even when its first word can be read as a verb.
    const listed = extract("2023年，新增认证企业120家、登记企业3000户。", true);
    expect(metrics(listed.observations)).toEqual(["新增认证企业", "新增登记企业"]);
  });

  it("drops the verb of carrying out an inspection, and names a bare 抽检合格率 after it", () => {
    const { observations } = extract(
      "2022年，全市共完成食品安全监督抽检1.8万批次，抽检合格率98.2%，开展计量器具检定5.6万台件，完成省级试点4个。",
      true,
    );
    expect(pick(observations, "食品安全监督抽检")).toMatchObject({ value: 1.8, unit: "万批次" });
    expect(pick(observations, "食品安全监督抽检合格率")).toMatchObject({ value: 98.2, unit: "%" });
    expect(pick(observations, "计量器具检定")).toMatchObject({ value: 5.6, unit: "万台件" });
    // Not an inspection: the verb stays.
    expect(pick(observations, "完成省级试点")).toMatchObject({ value: 4 });
  });

  it("ranks the quantity of what a running total counts, not the 累计 the text did not write", () => {
    const { observations } = extract("2023年，全市新增省政府质量奖获奖企业3家，累计达到21家，数量居全省第二。", true);
    expect(pick(observations, "累计省政府质量奖获奖企业")).toMatchObject({ value: 21 });
    expect(pick(observations, "省政府质量奖获奖企业数量全省排名")).toMatchObject({ value: 2, unit: "位次" });
  });
});

describe("award totals and counted groups", () => {
  it("names a nomination total after an award total by that award", () => {
    const { observations } = extract("2023年，全市累计已有获得某某省政府质量奖企业17家，提名奖企业9家。", true);
    expect(pick(observations, "累计获得某某省政府质量奖提名奖企业")).toMatchObject({ value: 9, unit: "家" });
  });

  it("reads a share without a subject as the share of the count before it, and ranks the count", () => {
    const { observations } = extract("2023年，全市省长质量奖获奖企业达11家，占全省总数的18%，位列全省第二。", true);
    expect(pick(observations, "省长质量奖获奖企业占全省总数")).toMatchObject({ value: 18, unit: "%" });
    expect(pick(observations, "省长质量奖获奖企业全省排名")).toMatchObject({ value: 2, unit: "位次" });
  });

  it("names townships by what they won, joined with 的", () => {
    const { observations } = extract("2023年，全县3个乡镇获评省级质量强镇。", true);
    expect(pick(observations, "获评省级质量强镇的乡镇")).toMatchObject({ value: 3, unit: "个" });
  });

  it("names firms by what they introduced or set up (导入/实施/设立…企业)", () => {
    const { observations } = extract("2023年，全市共有88家企业导入卓越绩效管理模式。", true);
    expect(pick(observations, "导入卓越绩效管理模式企业")).toMatchObject({ value: 88, year: 2023 });
  });
});

describe("figures that are not outcomes", () => {
  it("skips a per-recipient offer and a restated duration", () => {
    const { observations } = extract(
      "2023年，某某科技有限公司荣获县长质量奖，每家获奖企业将获得30万元奖励。全县产品质量监督抽查合格率达96.5%，连续三年保持在95%以上。",
      true,
    );
    expect(observations.map((o) => [o.metric, o.value])).toEqual([["产品质量监督抽查合格率", 96.5]]);
  });
});

describe("an award's evaluation procedure", () => {
  it("reads who applied, but not the stages of the evaluation or its experts", () => {
    const text =
      "2024年，共有45家组织和6名个人提交申报材料，经资格审查，38家组织进入材料评审，其中16家组织进入现场评审。本届评审共组织专家42人次，开展现场评审19场。";
    const { observations } = extract(text, true);
    expect(observations.map((o) => [o.metric, o.value])).toEqual([
      ["提交申报材料的组织", 45],
      ["提交申报材料的个人", 6],
    ]);
  });
});

describe("scores as a unit", () => {
  it("reads 分 as a unit of a score, not 分钟/分别", () => {
    const { targets } = extract("到2027年，群众质量满意度达到85分以上，投诉在30分钟内响应，甲、乙两区分别完成。", true);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ metric: "群众质量满意度", comparator: ">=", value: 85, unit: "分", deadline_year: 2027 });
  });
});

describe("list sizes that come with the names", () => {
  const notice = [
    "某某县人民政府关于表彰2023年度县长质量奖获奖单位和个人的通知",
    "",
    "县政府决定：授予3家单位“某某县县长质量奖”（组织类），授予甲乙精工有限公司、丙丁食品有限公司等2家单位“某某县县长质量奖提名奖”。截至2023年底，全县累计有18家组织获得县长质量奖。",
    "",
    "一、县长质量奖（组织类，3家）",
    "1.某某精密机械有限公司",
    "2.某某生物科技股份有限公司",
    "3.某某建工集团有限公司",
    "二、县长质量奖提名奖（2家）",
    "(1)甲乙精工有限公司",
    "(2)丙丁食品有限公司",
    "",
    "某某县人民政府",
    "2024年3月8日",
  ].join("\n");

  it("reads no aggregate from a conferral or a header whose names the notice lists", () => {
    const { observations } = extract(notice, true);
    expect(observations).toHaveLength(1);
    expect(observations[0]).toMatchObject({ metric: "累计获得县长质量奖的组织", value: 18, year: 2023 });
  });

  it("skips a header's count before a colon list and in a 公示 table title", () => {
    const { observations } = extract(
      "获奖组织（2家）：甲乙精工有限公司、丙丁食品有限公司。\n\n一、某某省省长质量奖拟奖名单（组织4个，个人1名）\n\n【提名奖】（共2家）",
      true,
    );
    expect(observations).toEqual([]);
  });

  it("skips a count that opens its names after a colon, and a round's size in a notice that lists it", () => {
    const text = [
      "关于2024年度某某区区长质量奖评审结果的公告",
      "",
      "区长质量奖获奖组织3家：某某精工有限公司、某某电气股份有限公司、某某物流集团有限公司。",
      "",
      "提名奖 2家",
      "某某食品有限公司",
      "某某建材有限公司",
      "",
      "本次共评出获奖组织3个，提名奖2个。截至目前，全区累计有31家组织获得区长质量奖。",
    ].join("\n");
    const { observations } = extract(text, true);
    expect(observations.map((o) => [o.metric, o.value])).toEqual([["累计获得区长质量奖的组织", 31]]);
  });

  it("still counts a conferral whose recipients are not all named", () => {
    const { observations } = extract("市政府决定，授予甲乙精工有限公司、丙丁食品有限公司等7家企业2023年度某某市市长质量奖。", true);
    expect(observations.map((o) => o.value)).toEqual([7]);
    const { observations: bare } = extract("区政府决定授予4家单位“某某区区长质量奖”。", true);
    expect(pick(bare, "获“某某区区长质量奖”的单位")).toMatchObject({ value: 4, unit: "家" });
  });

  it("knows a list line from a sentence", () => {
    expect(
      listedNames(["1.某某精密机械有限公司", "(2)丙丁食品有限公司", "某某建工集团有限公司", "全县累计有18家组织获得县长质量奖。"]),
    ).toBe(3);
    expect(listedNames(["- 某某精密机械有限公司（2021年）", "* 丙丁食品有限公司", "### 县长质量奖"])).toBe(2);
    const s = "授予甲乙精工有限公司、丙丁食品有限公司等2家单位提名奖";
    expect(listSizeSpans(s, false).map((z) => s.slice(z.start, z.end))).toEqual(["2家"]);
    // A parenthesis that is not a count of a list ("其中农贸市场占70%") stays.
    expect(listSizeSpans("共检测110万批次蔬菜(其中农贸市场占70%的比例)", false)).toEqual([]);
  });
});

describe("years of totals and reports", () => {
  it("gives a 截至目前 total no year from the date line alone", () => {
    const { observations } = extract(
      "某某县召开质量大会\n\n截至目前，全县累计有14家组织获得县长质量奖。\n\n某某县人民政府\n2023年3月2日",
      true,
    );
    expect(pick(observations, "累计获得县长质量奖的组织")).toMatchObject({ value: 14, year: null });
  });

  it("dates a 截至目前 total by a year the text pins", () => {
    const text =
      "某某市质量工作简报\n\n今年，全市组织12家企业申报2024年省政府质量奖。截至目前，全市累计有16家企业获得省政府质量奖。\n\n2024年4月2日";
    const { observations } = extract(text, true);
    expect(pick(observations, "累计获得省政府质量奖企业")).toMatchObject({ value: 16, year: 2024 });
  });

  it("dates figures by the year a 质量发展状况 title reviews", () => {
    const { observations } = extract("2023年某某市质量发展状况\n\n一、总体情况\n\n全市拥有有效注册商标12.6万件。", true);
    expect(pick(observations, "拥有有效注册商标")).toMatchObject({ value: 12.6, unit: "万件", year: 2023 });
  });

  it("dates a work report's figures by the year its title reviews (…工作情况的报告)", () => {
    const text =
      "某某市市场监督管理局关于2023年质量工作情况的报告\n\n市人民政府：\n\n一、主要成效\n\n全市产品质量监督抽查合格率97.1%。\n\n某某市市场监督管理局\n2024年1月9日";
    const { observations } = extract(text, true);
    expect(pick(observations, "产品质量监督抽查合格率")).toMatchObject({ value: 97.1, year: 2023 });
  });
});

describe("a report's plan section", () => {
  const report = [
    "某某县2023年质量工作总结",
    "",
    "一、主要成效",
    "",
    "全县新增省级专精特新企业6家，产品质量监督抽查合格率96.1%。",
    "",
    "二、下一步工作打算",
    "",
    "一是力争新增省级以上品牌企业4家；二是推动规上工业企业产品质量合格率稳定在95%以上；三是组织不少于15家企业开展质量管理体系认证。",
    "",
    "三、存在的问题",
    "",
    "全县仅有2家企业设立首席质量官。",
    "",
    "某某县市场监督管理局",
    "2023年12月28日",
  ].join("\n");
  const { targets, observations } = extract(report, true);

  it("reads the figures under a plan heading as goals for the year after the one reviewed", () => {
    expect(targets.map((t) => [t.metric, t.comparator, t.value, t.deadline_year])).toEqual([
      ["新增省级以上品牌企业", "=", 4, 2024],
      ["规上工业企业产品质量合格率", ">=", 95, 2024],
      ["组织开展质量管理体系认证企业", ">=", 15, 2024],
    ]);
  });

  it("takes the planned year from a plan's title, and reads 重点工作 in a review as a review", () => {
    const plan = extract("某某市2025年质量工作要点\n\n一、工作目标\n\n全市制造业产品质量合格率不低于94%，新培育市长质量奖企业3家。", true);
    expect(plan.targets.map((t) => [t.metric, t.comparator, t.value, t.deadline_year])).toEqual([
      ["制造业产品质量合格率", ">=", 94, 2025],
      ["新培育市长质量奖企业", "=", 3, 2025],
    ]);
    const review = extract("某某县2023年质量工作总结\n\n一、重点工作\n\n全县新增省级专精特新企业6家。\n\n2023年12月28日", true);
    expect(review.targets).toEqual([]);
    expect(pick(review.observations, "新增省级专精特新企业")).toMatchObject({ value: 6, year: 2023 });
  });

  it("ends the plan section at the next heading and keeps the review's figures outcomes", () => {
    expect(pick(observations, "新增省级专精特新企业")).toMatchObject({ value: 6, year: 2023 });
    expect(pick(observations, "产品质量监督抽查合格率")).toMatchObject({ value: 96.1, year: 2023 });
    expect(observations.some((o) => o.value === 2)).toBe(true);
  });
});

describe("goals outside a policy's own sentences", () => {
  const goals =
    "一、主要目标\n\n到2027年，全市质量整体水平明显提升。制造业质量竞争力指数达到87以上，新增“品字标”认证企业60家以上，公众质量满意度提高到83分。";

  it("takes the policy a 印发…的通知 issues as the document's own", () => {
    const { policies, targets } = extract(`某某市人民政府关于印发《某某市质量强市建设实施方案》的通知\n\n${goals}`, true);
    expect(policies.map((p) => p.title)).toEqual(["某某市质量强市建设实施方案"]);
    expect(targets.map((t) => t.policy)).toEqual([
      "某某市质量强市建设实施方案",
      "某某市质量强市建设实施方案",
      "某某市质量强市建设实施方案",
    ]);
  });

  it("lets a deadline opening a paragraph govern the sentences after it", () => {
    const { targets, observations } = extract(`某某市召开质量强市推进会\n\n${goals.replace("一、主要目标\n\n", "")}\n\n2024年5月6日`, true);
    expect(observations).toEqual([]);
    expect(targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline_year])).toEqual([
      ["制造业质量竞争力指数", ">=", 87, null, 2027],
      ["新增“品字标”认证企业", ">=", 60, "家", 2027],
      ["公众质量满意度", "=", 83, "分", 2027],
    ]);
  });
});

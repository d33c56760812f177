import { describe, expect, it } from "vitest";
import { extract } from "./prepare-fixture.js";

const pick = <T extends { metric: string }>(facts: T[], metric: string): T | undefined => facts.find((f) => f.metric === metric);

describe("award aggregates in news", () => {
  const { observations } = extract("suzhou-news.txt");

  it("resolves 获此殊荣 to the award an earlier sentence names, not to the 奖 of 获奖名单", () => {
    expect(pick(observations, "累计获江苏省质量奖企业")).toMatchObject({ value: 9, unit: "家" });
  });

  it("names a count of one round's winners by the round", () => {
    const winners = observations.filter((o) => o.metric === "第十届苏州市市长质量奖获奖企业").map((o) => o.value);
    expect(winners).toEqual([12, 4]);
  });

  it("names a round's nominees and persons apart from its winning organisations", () => {
    const { observations: obs } = extract(
      "9月3日，第五届浙江省人民政府质量奖评审结果揭晓，全省共有10家组织和2名个人获省政府质量奖，6个组织获省政府质量奖提名奖。",
      true,
    );
    expect(pick(obs, "第五届浙江省人民政府质量奖获奖组织")).toMatchObject({ value: 10, region: "浙江省" });
    expect(pick(obs, "第五届浙江省人民政府质量奖获奖个人")).toMatchObject({ value: 2 });
    expect(pick(obs, "第五届浙江省人民政府质量奖提名奖组织")).toMatchObject({ value: 6 });
  });

  it("names a bare 获奖 count by the round, and this city's share (我市占N家) the same way", () => {
    const { observations: obs } = extract("日前，第六届江西省井冈质量奖评审结果公布，全省共有9家企业获奖，我市占2家。", true);
    expect(obs.map((o) => [o.metric, o.value])).toEqual([
      ["第六届江西省井冈质量奖获奖企业", 9],
      ["第六届江西省井冈质量奖获奖企业", 2],
    ]);
    expect(obs[0].region).toBe("江西省");
  });

  it("shares 累计 with a next item that repeats its verb", () => {
    const { observations: obs } = extract("截至目前，全市累计获省政府质量奖企业13家，获市政府质量奖企业52家。", true);
    expect(pick(obs, "累计获市政府质量奖企业")).toMatchObject({ value: 52 });
  });

  it("names what a city 问鼎 N times by the award the sentence goes on to name", () => {
    const { observations: obs } = extract("近年来，绍兴4次“问鼎”，共有5家企业获得浙江省政府质量奖。", true);
    expect(pick(obs, "问鼎浙江省政府质量奖")).toMatchObject({ value: 4, unit: "次" });
  });

  it("keeps cumulative counts cumulative, not one round's", () => {
    const { observations: obs } = extract("第八届广东省政府质量奖揭晓。东莞累计获得广东省政府质量奖企业达到11家。", true);
    expect(pick(obs, "累计获得广东省政府质量奖企业")).toMatchObject({ value: 11 });
  });

  it("does not read a notice's 公示期 or proposed candidates as outcomes", () => {
    expect(observations.some((o) => /公示|工作日/.test(o.metric))).toBe(false);
    const { observations: notice } = extract(
      "经评审委员会审议，拟授予8家组织和2名个人合肥市政府质量奖。公示时间为11月20日至26日，共5个工作日。",
      true,
    );
    expect(notice).toEqual([]);
  });
});

describe("a city's award news with a province-level decision", () => {
  const text =
    "12月26日，省政府发布《关于2023年度安徽省人民政府质量奖获奖单位的决定》，芜湖市4家企业获此殊荣，获奖数量居全省第一。\n\n截至目前，芜湖市累计有21家企业获得安徽省人民政府质量奖。该市累计服务企业600余家次。";
  const { observations } = extract(text, true);

  it("resolves 获此殊荣 past a 年度 label and gives the count the city opening its clause", () => {
    expect(pick(observations, "获安徽省人民政府质量奖企业")).toMatchObject({ value: 4, region: "芜湖市" });
  });

  it("ranks 获奖数量 as the count of winners of the award named before it", () => {
    expect(pick(observations, "安徽省人民政府质量奖获奖数量全省排名")).toMatchObject({ value: 1, unit: "位次" });
  });

  it("drops the existential of 累计有 and keeps 家次 as the unit", () => {
    expect(pick(observations, "累计获得安徽省人民政府质量奖企业")).toMatchObject({ value: 21, region: "芜湖市" });
    expect(observations.find((o) => o.value === 600)).toMatchObject({ unit: "家次" });
  });
});

describe("counted groups named by what they did", () => {
  it("compounds 企业 with its predicate but joins other groups with 的", () => {
    const { observations } = extract("截至目前，全市共有8个组织获得市长质量奖，2个人获得荣誉，15家企业获评质量信用AAA级。", true);
    expect(pick(observations, "获得市长质量奖的组织")).toMatchObject({ value: 8 });
    expect(pick(observations, "获得市长质量奖荣誉的个人")).toMatchObject({ value: 2 });
    expect(pick(observations, "获评质量信用AAA级企业")).toMatchObject({ value: 15 });
  });

  it("reads 授予N家企业X奖 as the count of firms that won it", () => {
    const { observations } = extract("foshan-notice.txt");
    expect(pick(observations, "获2023年度佛山市政府质量奖企业")).toMatchObject({ value: 5, year: 2023 });
  });

  it("counts 授予A、B等N家企业X奖 and dates it by the year in the award's name", () => {
    const { observations } = extract("市政府决定，授予甲乙科技有限公司、丙丁制造有限公司等6家企业2024年度温州市市长质量奖。", true);
    expect(pick(observations, "获2024年度温州市市长质量奖企业")).toMatchObject({ value: 6, year: 2024 });
  });

  it("gives a grade written bare the qualifier the previous item gave it", () => {
    const { observations } = extract("今年，全县11家企业获评省质量信用AA级，4家企业获评AAA级。", true);
    expect(pick(observations, "获评省质量信用AAA级企业")).toMatchObject({ value: 4 });
  });

  it("names firms 被认定为/被评为 something by what they were named", () => {
    const { observations } = extract("2023年，全市共有6家企业被认定为省级企业技术中心，4家企业被评为省级质量标杆。", true);
    expect(pick(observations, "省级企业技术中心")).toMatchObject({ value: 6, year: 2023 });
    expect(pick(observations, "省级质量标杆企业")).toMatchObject({ value: 4 });
  });

  it("drops a quantifier over the object (的全部项目)", () => {
    const { observations } = extract("2022年是攻坚之年。\n\n今年，全市有42家企事业单位申报省知识产权专项的全部项目。", true);
    expect(pick(observations, "申报省知识产权专项的企事业单位")).toMatchObject({ value: 42, unit: "家" });
  });

  it("names places counted by what they all did, keeping 城区 with them", () => {
    const { observations } = extract("目前，全市城区52个农贸市场均建成食品快检室。", true);
    expect(pick(observations, "建成食品快检室的城区农贸市场")).toMatchObject({ value: 52, unit: "个" });
  });
});

describe("breakdowns by place", () => {
  const { observations } = extract("shaoxing-report.txt");

  it("gives 其中X区N家 the total's metric and the named district", () => {
    expect(observations.filter((o) => o.metric === "拥有国家级检验检测中心").map((o) => [o.region, o.value])).toEqual([
      ["绍兴市", 9],
      ["柯桥区", 4],
      ["上虞区", 2],
    ]);
  });
});

describe("breakdowns and running totals in a status report", () => {
  const text =
    "2022年是攻坚之年。\n\n全市共有检验检测机构187家，其中国家级9家、省级31家。全市新增市长质量奖企业4家，累计达到21家。举办“质量月”活动40场次，参与群众1.5万余人次。";
  const { observations } = extract(text, true);

  it("names a breakdown by level with the level and the total's noun", () => {
    expect(pick(observations, "国家级检验检测机构")).toMatchObject({ value: 9, unit: "家" });
    expect(pick(observations, "省级检验检测机构")).toMatchObject({ value: 31 });
  });

  it("reads 累计达到N家 after a flow as the running total of the same thing", () => {
    expect(pick(observations, "累计市长质量奖企业")).toMatchObject({ value: 21, unit: "家" });
  });

  it("leaves out the audience of an event", () => {
    expect(observations.some((o) => o.unit === "万人次")).toBe(false);
  });
});

describe("enumerations of counts", () => {
  it("carries the verb of counts written before their nouns across a comma-separated list", () => {
    const { observations } = extract("今年，全县组织4家企业申报省长质量奖，9家企业申报市长质量奖，2家企业申报质量信用AAA级。", true);
    expect(observations.map((o) => o.metric)).toEqual(["组织申报省长质量奖企业", "组织申报市长质量奖企业", "组织申报质量信用AAA级企业"]);
  });

  it("does not carry the verb onto a clause whose items act on their own", () => {
    const { observations } = extract("今年，全区企业共完成5项国家标准、3项行业标准的起草工作，4项省级标准化试点项目获批立项。", true);
    expect(pick(observations, "企业完成国家标准起草")).toMatchObject({ value: 5, unit: "项" });
    expect(pick(observations, "企业完成行业标准起草")).toMatchObject({ value: 3 });
    expect(pick(observations, "省级标准化试点项目获批立项")).toMatchObject({ value: 4 });
  });

  it("lets a bare level or a bare head noun take the first item's words", () => {
    const { observations } = extract("shaoxing-report.txt");
    expect(pick(observations, "新增省级标准化试点示范项目")).toMatchObject({ value: 8, unit: "个" });
    expect(pick(observations, "新增“品字标浙江制造”产品")).toMatchObject({ value: 127, unit: "个" });
    // The running total after them totals the item counted in its own unit (家: the firms).
    expect(pick(observations, "累计“品字标浙江制造”企业")).toMatchObject({ value: 312, unit: "家" });
  });

  it("does not prefix an item that names itself with its own region", () => {
    const { observations } = extract("截至6月底，全市累计拥有中国质量奖提名奖企业2家、福建省政府质量奖企业15家，数量位居全省首位。", true);
    expect(pick(observations, "累计拥有福建省政府质量奖企业")).toMatchObject({ value: 15 });
    expect(pick(observations, "累计拥有福建省政府质量奖企业数量全省排名")).toMatchObject({ value: 1, unit: "位次" });
  });
});

describe("rates and years in a year-end report", () => {
  const { observations } = extract("shaoxing-report.txt");

  it("names a bare 合格率 after the inspection just counted", () => {
    expect(pick(observations, "食品安全抽检合格率")).toMatchObject({ value: 98.7, unit: "%" });
  });

  it("dates undated figures by the year the report's title reviews", () => {
    expect(pick(observations, "食品安全抽检")).toMatchObject({ value: 2.3, unit: "万批次", year: 2023 });
  });
});

describe("a firm quoted in a city's news", () => {
  it("leaves out the firm's R&D, patents and export markets, and drops a development zone from the metric", () => {
    const text =
      "2023年是攻坚之年。\n\n某某电子股份有限公司负责人介绍，企业去年研发投入超过6亿元，拥有专利900余件，产品远销40多个国家和地区。\n\n滨江高新区新增国家级专精特新“小巨人”企业14家。";
    const { observations } = extract(text, true);
    expect(observations.map((o) => [o.metric, o.value])).toEqual([["新增国家级专精特新“小巨人”企业", 14]]);
  });
});

describe("relative years", () => {
  it("carries a year across the ；-separated parts of one sentence, but not into the next sentence", () => {
    const text =
      '---\ntitle: "质量工作会议召开"\ndate: 2024-03-15\n---\n<p>会议总结了去年的工作。2023年，全市新增江苏精品认证企业9家；工业产品监督抽查合格率达到96.8%。全市现有检验检测机构140家。</p>\n';
    const { observations } = extract(text, true);
    expect(pick(observations, "工业产品监督抽查合格率")).toMatchObject({ value: 96.8, year: 2023 });
    expect(pick(observations, "现有检验检测机构")).toMatchObject({ value: 140, year: 2024 });
  });

  it("dates 去年 figures to the year before the article's date, not a comparison base", () => {
    const text =
      '---\ntitle: "质量工作回顾"\ndate: 2023-04-02\n---\n<p>去年，全市新增省级质量标杆企业6家。今年一季度，工业产品抽检合格率达96.1%，较去年提高0.4个百分点。</p>\n';
    const { observations } = extract(text, true);
    expect(pick(observations, "新增省级质量标杆企业")).toMatchObject({ value: 6, year: 2022 });
    expect(pick(observations, "工业产品抽检合格率")).toMatchObject({ value: 96.1, year: 2023 });
  });
});

describe("figures that are not a region's outcomes", () => {
  it("skips one firm's business results, national totals and the scope of an activity", () => {
    const { observations } = extract(
      "2023年是攻坚之年。\n\n某某纺织集团有限公司今年实现营业收入86亿元，利税5.2亿元。全国200多家企业参与了评选。\n\n率先在纺织、印染、化纤3个产业链开展质量提升行动。全市新增“品字标”企业26家，同比增长30%。",
      true,
    );
    expect(observations.map((o) => [o.metric, o.value])).toEqual([["新增“品字标”企业", 26]]);
  });

  it("keeps counts whose 在 is an adjective (在库, 在建)", () => {
    const { observations } = extract("2023年是攻坚之年。\n\n全市在库科技型中小企业1200家，在建重点项目35个。", true);
    expect(observations.map((o) => o.metric)).toEqual(["在库科技型中小企业", "在建重点项目"]);
  });
});

describe("a statistical bulletin", () => {
  const { observations } = extract("jiaxing-bulletin.txt");

  it("drops 年末/全年 from the metric and rates a bare 合格率 by the sampling counted before it", () => {
    expect(pick(observations, "产品质量检验检测机构")).toMatchObject({ value: 128, unit: "个", year: 2023 });
    expect(pick(observations, "食品样品抽检合格率")).toMatchObject({ value: 98.06, unit: "%" });
  });

  it("skips the passed subset (其中合格…) and year-on-year growth", () => {
    expect(observations.some((o) => o.value === 8396 || o.value === 7.2)).toBe(false);
  });
});

// Titled standards and the line between a standard and a policy, law or award rule cited in 《》.
import { describe, expect, it } from "vitest";
import { recogniseStandards } from "../../../ingest/extract/standards/recognise.js";

const titles = (text: string) => recogniseStandards(text).map((r) => r.title);

describe("titled standards", () => {
  it("joins a title with the code written after it in brackets, and spans both", () => {
    const text = "评审组依照《质量管理体系 要求》(GB/T 19001-2016)国家标准逐条打分。";
    const [r] = recogniseStandards(text);
    expect(r).toMatchObject({ code: "GB/T 19001-2016", title: "质量管理体系 要求", level: "national", levelFrom: "code" });
    expect(text.slice(r.start, r.end)).toBe("《质量管理体系 要求》(GB/T 19001-2016)");
  });

  it("joins a code written before the title, and a code inside the title", () => {
    expect(recogniseStandards("以GB/T 31950《企业诚信管理体系》为准绳")[0]).toMatchObject({
      code: "GB/T 31950",
      title: "企业诚信管理体系",
    });
    expect(recogniseStandards("按《T/ABC 0101-2022 智能座椅通用技术规范》生产")[0]).toMatchObject({
      code: "T/ABC 0101-2022",
      title: "智能座椅通用技术规范",
      level: "group",
    });
  });

  it("reads a title after a code written without 《》", () => {
    expect(recogniseStandards("依据GB/T 31950企业诚信管理体系规范开展评价")[0]).toMatchObject({ title: "企业诚信管理体系规范" });
    // A level word after a code is not its title.
    expect(recogniseStandards("Q/XY 002-2022企业标准已备案")[0]).toMatchObject({ title: null, level: "enterprise" });
  });

  it("takes the level from a level word before or after a title without a code", () => {
    expect(recogniseStandards("牵头起草的行业标准《光伏背板耐候性试验方法》已报批")[0]).toMatchObject({
      level: "industry",
      levelFrom: "text",
    });
    expect(recogniseStandards("《茶叶冷链仓储服务指南》团体标准正式发布")[0]).toMatchObject({ level: "group" });
    expect(recogniseStandards("参与修订的《家用储能电源安全规范》（国家标准）通过审查")[0]).toMatchObject({ level: "national" });
  });

  it("gives a list of titles the level word that closes it", () => {
    const found = recogniseStandards("主持制定《电动自行车头盔》、《儿童骑行头盔》等2项国家标准");
    expect(found.map((r) => [r.title, r.level])).toEqual([
      ["电动自行车头盔", "national"],
      ["儿童骑行头盔", "national"],
    ]);
  });

  it("reads a province from the text for a local standard", () => {
    expect(recogniseStandards("浙江省地方标准《民宿服务质量规范》发布")[0]).toMatchObject({ level: "local", province: "浙江省" });
  });

  it("accepts a title ending in 准则 or 标准 without context, with no level", () => {
    expect(recogniseStandards("参评单位对照《物业服务评价准则》自评")[0]).toMatchObject({
      title: "物业服务评价准则",
      level: null,
      levelFrom: null,
    });
    expect(recogniseStandards("各园区执行《园区绿化养护标准》")[0]).toMatchObject({ level: null });
  });

  it("gives a standard known by its title its number and level", () => {
    expect(recogniseStandards("参评单位对照《卓越绩效评价准则》自评")[0]).toMatchObject({
      code: null,
      number: "GB/T 19580",
      level: "national",
      levelFrom: "known",
    });
    expect(recogniseStandards("按《质量管理体系要求》建立体系")[0]).toMatchObject({ number: "GB/T 19001", level: "national" });
  });

  it("reads a level word inside the title", () => {
    expect(recogniseStandards("《食品安全国家标准 食品中污染物限量》")[0]).toMatchObject({ level: "national" });
  });

  it("keeps the code's level and reports the text's when they differ", () => {
    expect(recogniseStandards("行业标准GB/T 12345-2010")[0]).toMatchObject({ level: "national", conflictingLevel: "industry" });
  });
});

describe("policy, law and award rules are not standards", () => {
  it.each([
    "根据《某市市长质量奖管理办法》的规定",
    "按照《关于开展2024年度质量奖申报工作的通知》要求",
    "印发《质量强市建设实施方案》",
    "修订《标准化法》《产品质量法》",
    "对照《某省政府质量奖申报指南》准备材料",
    "落实《质量发展规划（2021-2025年）》",
    "宣讲《企业质量管理工作指南》", // a 指南 with no code, level or drafting verb
    "依据《某区区长质量奖评审标准》评分", // an award's own scoring rules
  ])("%s", (text) => expect(titles(text)).toEqual([]));

  it("reads a 规范 or 指南 as a standard only with a drafting verb, a code or a level word", () => {
    expect(titles("主导起草《仓储机器人安全规范》")).toEqual(["仓储机器人安全规范"]);
    expect(titles("学习《仓储机器人安全规范》")).toEqual([]);
  });

  it("does not take grades or classes of a standard for a named standard", () => {
    expect(recogniseStandards("河段水质稳定在国家III类标准，空气质量达到二级标准")).toEqual([]);
  });
});

describe("a level word beside a policy title does not make it a standard", () => {
  it.each(["国家标准《质量强国建设纲要》", "《某市标准化发展规划（2021—2025年）》地方标准", "行业标准《检验检测机构监督管理办法》"])(
    "%s",
    (text) => expect(titles(text)).toEqual([]),
  );

  it("keeps a standard whose title ends in 方法", () => {
    expect(titles("国家标准《纺织品 色牢度试验方法》")).toEqual(["纺织品 色牢度试验方法"]);
  });
});

describe("drafting verbs before a title", () => {
  it("takes a role or a drafter's verb as citing a standard, not a bare 制定 or 编制", () => {
    expect(titles("参与制定《锂电池回收利用规范》")).toEqual(["锂电池回收利用规范"]);
    expect(titles("牵头起草的《智慧菜场建设规范》")).toEqual(["智慧菜场建设规范"]);
    expect(titles("市局制定《小微企业质量管理工作指南》")).toEqual([]);
    expect(titles("编制《质量强县建设规范》")).toEqual([]);
  });
});

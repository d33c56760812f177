import { describe, expect, it } from "vitest";
import type { AwardFact } from "../../../graph/types.js";
import { finalizeFacts } from "../../../ingest/extract/finalize.js";
import { extract, keys } from "./prepare-fixture.js";

const HENGYANG = "衡阳市质量强市工作会议召开。\n";

describe("awards in running prose", () => {
  it("reads A、B荣获…称号 and A和B获得…", () => {
    expect(keys(extract(`${HENGYANG}湖南湘岳重工有限公司、衡阳华信电子股份有限公司荣获“全国质量标杆”称号。`, true).awards)).toEqual([
      "湖南湘岳重工有限公司|全国质量标杆||winner",
      "衡阳华信电子股份有限公司|全国质量标杆||winner",
    ]);
    expect(keys(extract(`${HENGYANG}湖南湘岳重工有限公司和衡阳华信电子股份有限公司获得2021年度衡阳市市长质量奖。`, true).awards)).toEqual([
      "湖南湘岳重工有限公司|衡阳市市长质量奖|2021|winner",
      "衡阳华信电子股份有限公司|衡阳市市长质量奖|2021|winner",
    ]);
  });

  it("keeps A获得X、B获得Y apart, and pairs names with awards after 分别", () => {
    expect(
      keys(
        extract(`${HENGYANG}湖南湘岳重工有限公司获得湖南省省长质量奖、衡阳华信电子股份有限公司获得衡阳市市长质量奖提名奖。`, true).awards,
      ),
    ).toEqual(["湖南湘岳重工有限公司|湖南省省长质量奖||winner", "衡阳华信电子股份有限公司|衡阳市市长质量奖||nominee"]);
    expect(
      keys(extract(`${HENGYANG}湖南湘岳重工有限公司、衡阳华信电子股份有限公司分别获得湖南省省长质量奖和衡阳市市长质量奖。`, true).awards),
    ).toEqual(["湖南湘岳重工有限公司|湖南省省长质量奖||winner", "衡阳华信电子股份有限公司|衡阳市市长质量奖||winner"]);
  });

  it("reads passives and back-references: X奖由A、B获得, …名单公布，A获此殊荣, 热烈祝贺A荣获…", () => {
    expect(keys(extract(`${HENGYANG}2021年度衡阳市市长质量奖由湖南湘岳重工有限公司、衡阳华信电子股份有限公司获得。`, true).awards)).toEqual(
      ["湖南湘岳重工有限公司|衡阳市市长质量奖|2021|winner", "衡阳华信电子股份有限公司|衡阳市市长质量奖|2021|winner"],
    );
    expect(keys(extract(`${HENGYANG}2021年度湖南省省长质量奖名单公布，湖南湘岳重工有限公司获此殊荣。`, true).awards)).toEqual([
      "湖南湘岳重工有限公司|湖南省省长质量奖|2021|winner",
    ]);
    expect(
      keys(
        extract(`${HENGYANG}近日，2021年度衡阳市市长质量奖评审结果揭晓，湖南湘岳重工有限公司、衡阳华信电子股份有限公司获奖。`, true).awards,
      ),
    ).toEqual(["湖南湘岳重工有限公司|衡阳市市长质量奖|2021|winner", "衡阳华信电子股份有限公司|衡阳市市长质量奖|2021|winner"]);
    expect(extract(`${HENGYANG}全市共有5家企业获奖。获奖企业将得到奖励。`, true).awards).toEqual([]);
    expect(keys(extract(`${HENGYANG}热烈祝贺湖南湘岳重工有限公司荣获湖南省省长质量奖！`, true).awards)).toEqual([
      "湖南湘岳重工有限公司|湖南省省长质量奖||winner",
    ]);
  });

  it("reads schools, hospitals and bureaus, drops 某区的 before a name, and expands 全省", () => {
    const { awards } = extract(
      `${HENGYANG}雁峰区的衡阳市雁峰实验中学、衡阳市第二人民医院获市长质量奖。衡阳市石鼓区市场监督管理局获评全省质量工作先进集体。`,
      true,
    );
    expect(awards.map((f) => `${f.recipient}|${f.award}|${f.level}`).sort()).toEqual([
      "衡阳市石鼓区市场监督管理局|湖南省质量工作先进集体|provincial",
      "衡阳市第二人民医院|衡阳市市长质量奖|municipal",
      "衡阳市雁峰实验中学|衡阳市市长质量奖|municipal",
    ]);
  });

  it("gives one fact per year of a parenthesis after the award in prose", () => {
    expect(keys(extract(`${HENGYANG}湖南湘岳重工有限公司曾获得湖南省省长质量奖提名奖(2016年、2019年)。`, true).awards)).toEqual([
      "湖南湘岳重工有限公司|湖南省省长质量奖|2016|nominee",
      "湖南湘岳重工有限公司|湖南省省长质量奖|2019|nominee",
    ]);
  });

  it("reads 授予A、B等N家企业… and warns when the total disagrees", () => {
    const { awards, warnings } = extract("suzhou-decision.txt");
    expect(keys(awards)).toEqual([
      "吴江鼎盛纺织有限公司|苏州市市长质量奖|2020|nominee",
      "张家港市沙洲新材料有限公司|苏州市市长质量奖|2020|winner",
      "昆山市第一人民医院|苏州市市长质量奖|2020|winner",
      "江苏恒锐精密机械有限公司|苏州市市长质量奖|2020|winner",
      "苏州汇川联合动力系统有限公司|苏州市市长质量奖|2020|nominee",
      "苏州澄湖环境科技股份有限公司|苏州市市长质量奖|2020|winner",
      "钱立新|苏州市市长质量奖|2020|winner",
    ]);
    expect(awards.find((f) => f.recipient === "钱立新")).toMatchObject({
      recipient_type: "person",
      affiliation: "苏州澄湖环境科技股份有限公司",
      role: "总工程师",
      category: "个人",
    });
    expect(awards.find((f) => f.recipient === "张家港市沙洲新材料有限公司")!.recipient_region).toBe("张家港市");
    expect(warnings.map((w) => w.code)).toEqual(["count_mismatch"]); // 等3家, two named
  });

  it("reads names before a verb after a dash, with the edition given earlier in the sentence", () => {
    const { awards } = extract(
      `第九届湖南省省长质量奖名单揭晓，全省共有6家组织获省长质量奖，其中，衡阳占据2席——湖南湘岳重工有限公司、衡阳华信电子股份有限公司斩获省长质量奖。`,
      true,
    );
    expect(awards.map((f) => [f.recipient, f.edition])).toEqual([
      ["湖南湘岳重工有限公司", 9],
      ["衡阳华信电子股份有限公司", 9],
    ]);
  });

  it("takes the sentence's subject when the verb's clause starts with 凭借/以", () => {
    const { awards, aliases } = extract(
      `${HENGYANG}湖南湘岳重工有限公司(以下简称湘岳重工)凭借“精益质量管理模式”，以最高分获得本届湖南省省长质量奖。湘岳重工产品远销海外。`,
      true,
    );
    expect(keys(awards)).toEqual(["湖南湘岳重工有限公司|湖南省省长质量奖||winner"]);
    expect(aliases).toContainEqual({ name: "湘岳重工", kind: "organization", canonical: "湖南湘岳重工有限公司" });
  });

  it("resolves short names to the full name the document gives", () => {
    const { awards } = extract(
      `${HENGYANG}湘岳重工、华信电子斩获省长质量奖。\n获奖名单\n湖南湘岳重工有限公司\n衡阳华信电子股份有限公司\n`,
      true,
    );
    expect(awards.map((f) => f.recipient).sort()).toEqual(["湖南湘岳重工有限公司", "衡阳华信电子股份有限公司"]);
  });

  it("keeps a short name as written when the document has no full name for it", () => {
    expect(extract(`${HENGYANG}湘岳重工通过首批“湖南精品”认证。`, true).awards[0]).toMatchObject({
      recipient: "湘岳重工",
      award: "湖南精品",
      edition: 1,
      tier: "other",
    });
  });

  it("reads an award followed by its winner (“…获奖企业”——X)", () => {
    expect(keys(extract(`${HENGYANG}组织企业赴“中国质量奖提名奖获奖企业”——湖南湘岳重工有限公司参观学习。`, true).awards)).toEqual([
      "湖南湘岳重工有限公司|中国质量奖||nominee",
    ]);
  });

  it("ignores aggregate counts, approvals, applications and descriptions", () => {
    const text = `${HENGYANG}全市20家企业获评质量信用AAA级企业。湖南湘岳重工有限公司获批建设省级技术标准创新基地。今年组织3家企业申报省长质量奖。湖南湘岳重工有限公司成为连续三届荣获省长质量奖的企业。对新获评“中国质量奖”的企业予以重奖。`;
    expect(extract(text, true).awards).toEqual([]);
  });

  it("reads projects, brands and designations", () => {
    const { awards } = extract(
      `${HENGYANG}衡阳市蒸水大桥及引道工程获“鲁班奖”。“雁峰茶”商标获“中国驰名商标”“湖南省著名商标”等荣誉。湖南湘岳重工有限公司总经理李强表示，作为省级智能制造示范车间和工信部认定的国家级“绿色工厂”，公司将继续投入。`,
      true,
    );
    expect(awards.map((f) => `${f.recipient}|${f.recipient_type}|${f.award}|${f.level}`).sort()).toEqual([
      "湖南湘岳重工有限公司|organization|国家级绿色工厂|national",
      "湖南湘岳重工有限公司|organization|湖南省智能制造示范车间|provincial",
      "衡阳市蒸水大桥及引道工程|project|中国建设工程鲁班奖|national",
      "雁峰茶|brand|中国驰名商标|national",
      "雁峰茶|brand|湖南省著名商标|provincial",
    ]);
  });

  it("gives prose facts the year their section opens with, and 今年 the document's year", () => {
    const { awards } = extract(
      `---\ntitle: 质量工作回顾\ndate: 2023-01-05\n---\n衡阳市质量工作回顾\n\n2022年是质量提升年。\n\n湖南湘岳重工有限公司荣获“全国质量标杆”称号。\n\n今年，衡阳华信电子股份有限公司获得衡阳市市长质量奖。\n`,
      true,
    );
    expect(keys(awards)).toEqual([
      "湖南湘岳重工有限公司|全国质量标杆|2022|winner",
      "衡阳华信电子股份有限公司|衡阳市市长质量奖|2023|winner",
    ]);
  });

  it("takes a quoted title that starts with its level as an honour, and ignores other quoted words", () => {
    const { awards } = extract(
      `${HENGYANG}衡阳华信电子股份有限公司荣获“湖南省专精特新小巨人企业”称号。我市获评“全国文明城市”。衡阳华信电子股份有限公司通过“ISO9001”认证。衡阳华信电子股份有限公司获得“好评”。`,
      true,
    );
    expect(awards.map((f) => `${f.recipient}|${f.recipient_type}|${f.award}|${f.level}`).sort()).toEqual([
      "衡阳华信电子股份有限公司|organization|湖南省专精特新小巨人|provincial",
      "衡阳市|region|全国文明城市|national",
    ]);
  });

  it("reads a brand with its owner (某公司的“某某”商标)", () => {
    const { awards } = extract(`${HENGYANG}衡阳华信电子股份有限公司的“华信”商标获评“湖南省著名商标”。`, true);
    expect(awards[0]).toMatchObject({
      recipient: "华信",
      recipient_type: "brand",
      affiliation: "衡阳华信电子股份有限公司",
      award: "湖南省著名商标",
    });
  });

  it("checks a cumulative total (累计N家企业获此荣誉) against the recipients the document names", () => {
    const body = `${HENGYANG}湖南湘岳重工有限公司获得2021年湖南省省长质量奖，累计N家企业获此荣誉。\n荣誉榜\n湖南省省长质量奖\n湖南湘岳重工有限公司(2021年)\n衡阳华信电子股份有限公司(2018年)\n`;
    expect(extract(body.replace("N", "2"), true).warnings).toEqual([]);
    const w = extract(body.replace("N", "3"), true).warnings;
    expect(w.map((x) => x.code)).toEqual(["count_mismatch"]);
    expect(w[0].evidence!.text).toContain("累计3家企业获此荣誉");
  });

  it("marks 拟授予 as proposed", () => {
    expect(extract(`${HENGYANG}市政府拟授予湖南湘岳重工有限公司2022年度衡阳市市长质量奖。`, true).awards[0].status).toBe("proposed");
  });

  it("keeps the body sentence's evidence first when the pipeline merges it with a list line", () => {
    const { awards } = extract(
      `${HENGYANG}2021年是突破年。\n\n湖南湘岳重工有限公司获得第五届中国质量奖提名奖。\n\n荣誉榜\n\n中国质量奖提名奖\n\n湖南湘岳重工有限公司(2018年、2021年)\n`,
      true,
    );
    const merged = finalizeFacts(awards).filter((f) => f.kind === "award") as AwardFact[];
    const f2021 = merged.find((f) => f.year === 2021)!;
    expect(f2021.edition).toBe(5);
    expect(f2021.evidence.map((e) => e.text)).toEqual([
      "湖南湘岳重工有限公司获得第五届中国质量奖提名奖",
      "湖南湘岳重工有限公司(2018年、2021年)",
    ]);
    expect(merged.find((f) => f.year === 2018)).toBeTruthy();
  });
});

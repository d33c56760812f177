import { describe, expect, it } from "vitest";
import { extract } from "./prepare-fixture.js";

const pick = <T extends { metric: string }>(facts: T[], metric: string): T | undefined => facts.find((f) => f.metric === metric);

describe("observation extraction", () => {
  const news = extract("yichang-news.txt").observations;
  const report = extract("xiangyang-report.txt").observations;

  it("reads rates with the section's reviewed year and keys another phrasing to the same metric", () => {
    const o = pick(news, "工业产品质量监督抽查合格率");
    expect(o).toMatchObject({ value: 96.2, unit: "%", year: 2022, region: "宜昌市" });
    expect(o?.metric_key).toBe("工业产品抽检合格率");
  });

  it("keeps 万 on the unit and encodes rankings as 位次", () => {
    expect(pick(news, "累计拥有有效注册商标")).toMatchObject({ value: 5.6, unit: "万件" });
    expect(pick(news, "驰名商标总数全省排名")).toMatchObject({ value: 3, unit: "位次" });
  });

  it("resolves 获此荣誉 to the award named before it", () => {
    expect(pick(news, "累计获湖北省长江质量奖企业")).toMatchObject({ value: 9, unit: "家" });
  });

  it("names a counted group by what it did (N家企业获评… → 获评…企业)", () => {
    expect(pick(report, "获评省质量信用AA级企业")).toMatchObject({ value: 8, unit: "家" });
  });

  it("gives 今年/目前 figures the year the text pins, and carries 现有 across a comma-separated list", () => {
    expect(pick(report, "现有地理标志商标")).toMatchObject({ value: 7, unit: "件", year: 2024 });
    expect(pick(report, "现有市质量奖企业")).toMatchObject({ value: 12 });
  });

  it("splits 均为 lists and lets a bare level borrow the next item's noun", () => {
    expect(pick(report, "管网水合格率")).toMatchObject({ value: 100, unit: "%" });
    expect(pick(report, "完成国家级标准化试点项目")).toMatchObject({ value: 4, unit: "个" });
    expect(pick(report, "完成省级标准化试点项目")).toMatchObject({ value: 9, unit: "个" });
  });

  it("leaves out a company's own business figures", () => {
    expect(report.some((o) => /专利|国家和地区/.test(o.metric))).toBe(false);
  });

  it("gives undated figures no year when nothing pins one, and reads 从…到 as two dated values", () => {
    const { observations } = extract("目前，全市拥有检验检测机构86家。城区空气优良天数从2015年的250天增加到2020年的301天。", true);
    expect(pick(observations, "拥有检验检测机构")).toMatchObject({ value: 86, year: null });
    const days = observations.filter((o) => o.metric === "城区空气优良天数").map((o) => [o.value, o.year]);
    expect(days).toEqual([
      [250, 2015],
      [301, 2020],
    ]);
  });

  it("does not read ordinals, per-capita bases or codes as figures", () => {
    const { observations } = extract("这是第5家获得该奖项的企业，每千人抽检食品若干，PM2.5浓度持续下降。", true);
    expect(observations).toEqual([]);
  });
});

describe("observation extraction from a work report", () => {
  const { observations, targets } = extract("quanzhou-report.txt");

  it("dates a paragraph's figures by the year the paragraph opens with, and skips year-on-year changes", () => {
    expect(pick(observations, "抽查产品")).toMatchObject({ value: 2360, unit: "批次", year: 2022 });
    expect(observations.some((o) => o.value === 1.2)).toBe(false);
    expect(observations.some((o) => o.value === 200)).toBe(false);
  });

  it("does not carry a list verb onto a clause with its own copula", () => {
    expect(pick(observations, "驰名商标总数")).toMatchObject({ value: 162 });
    expect(pick(observations, "驰名商标总数全省排名")).toMatchObject({ value: 1, unit: "位次" });
  });

  it("joins a sentence that a caption line cut in mid-word", () => {
    expect(pick(observations, "主导制定国家标准")).toMatchObject({ value: 18, unit: "项" });
    expect(pick(observations, "主导制定行业标准")).toMatchObject({ value: 25, unit: "项" });
  });

  it("drops the modal 力争 from a goal's metric", () => {
    expect(pick(targets, "产品抽查合格率")).toMatchObject({ comparator: ">=", value: 95, deadline_year: 2023, policy: null });
  });
});

describe("figures of a body the sentence sets up", () => {
  it("names them after the body (成立…联盟，吸纳…N家成员单位; 设立了…资金，累计发放…)", () => {
    const { observations } = extract(
      "2022年是攻坚之年。\n\n全市率先成立新能源汽车检测服务联盟，吸纳检测机构、高校等42家成员单位。某区政府设立了品牌培育专项资金，累计发放扶持金额830万元。",
      true,
    );
    expect(pick(observations, "新能源汽车检测服务联盟成员单位")).toMatchObject({ value: 42, unit: "家" });
    expect(pick(observations, "品牌培育专项资金累计发放扶持金额")).toMatchObject({ value: 830, unit: "万元" });
  });

  it("names them after a body the sentence opens with, without its owner organisation", () => {
    const { observations } = extract(
      "2022年是攻坚之年。\n\n某市计量测试研究院“一站式”计量服务平台获批省级试点，2022年服务企业320余家，为企业节省检测费用450万元。",
      true,
    );
    expect(pick(observations, "“一站式”计量服务平台服务企业")).toMatchObject({ value: 320, year: 2022 });
    expect(pick(observations, "“一站式”计量服务平台为企业节省检测费用")).toMatchObject({ value: 450, unit: "万元" });
  });

  it("does not prefix a mechanism the sentence sets up", () => {
    const { observations } = extract("2022年是攻坚之年。\n\n全市建立质量首席官培育机制，新增首席质量官120名。", true);
    expect(pick(observations, "新增首席质量官")).toMatchObject({ value: 120, unit: "名" });
  });
});

import { describe, expect, it } from "vitest";
import { parseHeader } from "../../../ingest/extract/awards/header-lists.js";
import { context, extract, keys } from "./prepare-fixture.js";

const CITY = "常州市质量强市工作简报\n";

describe("header-scoped lists", () => {
  it("recognises headers with year, edition, ordinal, count and category", () => {
    const ctx = context(CITY);
    expect(parseHeader("2021年常州市市长质量奖提名奖", ctx)).toMatchObject({
      year: 2021,
      mention: { award: "常州市市长质量奖", tier: "nominee" },
    });
    expect(parseHeader("一、常州市市长质量奖(5家企业)", ctx)).toMatchObject({ count: 5, year: null });
    expect(parseHeader("第五届省长质量奖(组织)", ctx)).toMatchObject({
      edition: 5,
      category: "组织",
      mention: { award: "江苏省省长质量奖" },
    });
    expect(parseHeader("2015—2017年度江苏省省长质量奖获奖企业名单", ctx)).toMatchObject({ year: 2017, yearLabel: "2015—2017年度" });
    expect(parseHeader("第六届省长质量奖获奖企业风采", ctx)).toBeNull();
    expect(parseHeader("某公司获得常州市市长质量奖。", ctx)).toBeNull();
  });

  it("scopes the lines under a header until the next header, one fact per (recipient, year)", () => {
    const { awards } = extract(
      `${CITY}中国质量奖提名奖\n江苏华鼎电缆集团有限公司(2016年、2019年)\n江苏省省长质量奖\n常州云帆精密机械有限公司(2020年)\n江苏华鼎电缆集团有限公司董事长孙立群(2018年)\n`,
      true,
    );
    expect(keys(awards)).toEqual([
      "孙立群|江苏省省长质量奖|2018|winner",
      "常州云帆精密机械有限公司|江苏省省长质量奖|2020|winner",
      "江苏华鼎电缆集团有限公司|中国质量奖|2016|nominee",
      "江苏华鼎电缆集团有限公司|中国质量奖|2019|nominee",
    ]);
    const person = awards.find((f) => f.recipient === "孙立群")!;
    expect(person).toMatchObject({ recipient_type: "person", affiliation: "江苏华鼎电缆集团有限公司", role: "董事长" });
    expect(person.evidence[0].text).toBe("江苏华鼎电缆集团有限公司董事长孙立群(2018年)");
  });

  it("splits an entry from the next header written on the same line", () => {
    const { awards } = extract(
      `${CITY}中国质量奖提名奖\n江苏华鼎电缆集团有限公司(2021年) 江苏省省长质量奖\n常州云帆精密机械有限公司(2020年)\n`,
      true,
    );
    expect(keys(awards)).toEqual([
      "常州云帆精密机械有限公司|江苏省省长质量奖|2020|winner",
      "江苏华鼎电缆集团有限公司|中国质量奖|2021|nominee",
    ]);
    expect(awards.find((f) => f.award === "中国质量奖")!.evidence[0].text).toBe("江苏华鼎电缆集团有限公司(2021年)");
  });

  it("reads a header and its entries on one line, names separated by spaces", () => {
    const { awards } = extract(
      "湖南省质量工作会议在长沙召开\n●第八届省长质量奖(组织):湖南湘岳重工有限公司 衡阳华信电子股份有限公司\n",
      true,
    );
    expect(keys(awards)).toEqual(["湖南湘岳重工有限公司|湖南省省长质量奖||winner", "衡阳华信电子股份有限公司|湖南省省长质量奖||winner"]);
    expect(awards.every((f) => f.edition === 8 && f.category === "组织")).toBe(true);
  });

  it("reads name-first persons in a 个人 list", () => {
    const { awards } = extract("湖南省质量工作会议在长沙召开\n第六届省长质量奖(个人):陈建军 湖南湘岳重工有限公司总工程师\n", true);
    expect(awards[0]).toMatchObject({
      recipient: "陈建军",
      recipient_type: "person",
      affiliation: "湖南湘岳重工有限公司",
      role: "总工程师",
      category: "个人",
    });
  });

  it("warns when the header's announced count disagrees with the entries", () => {
    const { warnings, awards } = extract(`${CITY}一、常州市市长质量奖（3家）\n1.常州云帆精密机械有限公司\n2.常州龙腾纺织有限公司\n`, true);
    expect(awards).toHaveLength(2);
    expect(warnings.map((w) => w.code)).toEqual(["count_mismatch"]);
  });

  it("uses sub-headers (组织奖, 个人奖, 提名奖) under the award header and skips table heads", () => {
    const { awards, warnings } = extract("changsha-subheaders.txt");
    expect(keys(awards)).toEqual([
      "湖南橘洲检测技术有限公司|长沙市市长质量奖|2022|winner",
      "湖南湘江环保科技有限公司|长沙市市长质量奖|2022|nominee",
      "谭志诚|长沙市市长质量奖|2022|winner",
      "长沙星城电子科技有限公司|长沙市市长质量奖|2022|winner",
      "长沙望城农产品加工有限公司|长沙市市长质量奖|2022|nominee",
      "长沙麓山重工机械有限公司|长沙市市长质量奖|2022|winner",
    ]);
    expect(warnings).toEqual([]);
    // The region column is where the firm is.
    expect(awards.find((f) => f.recipient === "长沙麓山重工机械有限公司")!.recipient_region).toBe("岳麓区");
  });

  it("joins a name broken over two lines and keeps both lines as evidence", () => {
    const { awards } = extract("changsha-subheaders.txt");
    const f = awards.find((x) => x.recipient === "长沙星城电子科技有限公司")!;
    expect(f.evidence[0].text).toContain("\n");
  });

  it("gives an edition-only list the year of the notice's date line, and stops before the signature", () => {
    const { awards, warnings } = extract("hangzhou-list.txt");
    expect(awards.every((f) => f.year === 2022 && f.edition === 5)).toBe(true);
    expect(awards.map((f) => f.recipient)).not.toContain("杭州市市场监督管理局");
    expect(keys(awards)).toContain("杭州钱塘新材料科技股份有限公司|杭州市政府质量奖|2022|winner");
    expect(warnings.map((w) => w.code)).toEqual(["count_mismatch"]); // (3家) but four entries
  });

  it("marks a 公示 of 拟奖 candidates as proposed", () => {
    const { awards } = extract("wujiang-gongshi.txt");
    expect(awards).toHaveLength(3);
    expect(
      awards.every((f) => f.status === "proposed" && f.award === "吴江区区长质量奖" && f.level === "district" && f.year === 2022),
    ).toBe(true);
    expect(awards.find((f) => f.recipient_type === "person")).toMatchObject({
      recipient: "沈国强",
      affiliation: "苏州松陵电缆有限公司",
      category: "个人",
    });
  });

  it("reads Traditional-character lists into Simplified names, evidence verbatim", () => {
    const { awards } = extract("traditional-notice.txt");
    expect(keys(awards)).toEqual([
      "台州黄岩精工模具有限公司|台州市市长质量奖|2021|winner",
      "浙江天台山机电股份有限公司|台州市市长质量奖|2021|winner",
      "浙江温岭泵业集团有限公司|台州市市长质量奖|2021|nominee",
    ]);
    expect(awards.find((f) => f.recipient === "浙江温岭泵业集团有限公司")!.evidence[0].text).toBe("浙江溫嶺泵業集團有限公司");
  });
});

describe("header-scoped lists in formats the seeds do not use", () => {
  it("keeps a numbered list open past an entry it cannot read, and warns about that entry", () => {
    const { awards, warnings } = extract("2022年度宁波市政府质量奖获奖名单\n1.宁波甲精工有限公司\n2.宁波港\n3.宁波乙电器有限公司\n", true);
    expect(keys(awards)).toEqual(["宁波乙电器有限公司|宁波市政府质量奖|2022|winner", "宁波甲精工有限公司|宁波市政府质量奖|2022|winner"]);
    expect(warnings.map((w) => w.code)).toEqual(["unread_list_entry"]);
  });

  it("reads an award column that names a section (组织奖, 个人奖) or a grade (提名奖) of the list's award", () => {
    const { awards } = extract(
      "2022年度宁波市政府质量奖获奖名单\n序号 名称/姓名 奖项\n1 宁波甲模具有限公司 组织奖\n2 王某某 个人奖\n3 宁波乙电器有限公司 提名奖\n",
      true,
    );
    expect(keys(awards)).toEqual([
      "宁波乙电器有限公司|宁波市政府质量奖|2022|nominee",
      "宁波甲模具有限公司|宁波市政府质量奖|2022|winner",
      "王某某|宁波市政府质量奖|2022|winner",
    ]);
    expect(awards.find((f) => f.recipient === "王某某")).toMatchObject({ recipient_type: "person", category: "个人" });
  });

  it("reads several persons on one line of a 个人 list, with or without their organisation", () => {
    const { awards } = extract(
      "2022年度宁波市政府质量奖获奖名单\n获奖个人：王某某（宁波甲模具有限公司）、李某某（宁波乙电器有限公司总经理）\n获奖个人\n张某、赵某某\n",
      true,
    );
    expect(awards.map((f) => [f.recipient, f.recipient_type, f.affiliation, f.year])).toEqual([
      ["王某某", "person", "宁波甲模具有限公司", 2022],
      ["李某某", "person", "宁波乙电器有限公司", 2022],
      ["张某", "person", null, 2022],
      ["赵某某", "person", null, 2022],
    ]);
  });

  it("never takes a header line for a recipient, whatever its parenthesis holds", () => {
    const { awards } = extract(
      "2022年度宁波市政府质量奖获奖名单\n一、宁波市政府质量奖（组织类，1家）\n1.宁波甲精工有限公司\n二、宁波市政府质量奖提名奖（组织类，1家）\n1.宁波乙电器有限公司\n",
      true,
    );
    expect(keys(awards)).toEqual(["宁波乙电器有限公司|宁波市政府质量奖|2022|nominee", "宁波甲精工有限公司|宁波市政府质量奖|2022|winner"]);
    expect(awards.every((f) => f.category === "组织")).toBe(true);
  });
});

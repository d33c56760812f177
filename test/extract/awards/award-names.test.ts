import { describe, expect, it } from "vitest";
import { canonicalTitle, findAwardMentions } from "../../../ingest/extract/awards/award-names.js";
import { context } from "./prepare-fixture.js";

const JIANGSU_CITY = "常州市质量强市工作会议召开。我市企业积极申报。";
const HUNAN_CITY = "株洲市质量强市工作推进会召开。我市企业积极申报。";
const DISTRICT = "武进区召开质量工作会议。我区企业积极申报区长质量奖，全区质量工作稳步推进。";

function award(text: string, doc = JIANGSU_CITY) {
  return findAwardMentions(text, context(doc)).map((m) => ({
    award: m.award,
    level: m.level,
    region: m.region,
    tier: m.tier,
    category: m.category,
  }));
}

describe("award names", () => {
  it("resolves a bare 省长质量奖 to the document's province, not a constant", () => {
    expect(award("获得省长质量奖")[0]).toMatchObject({ award: "江苏省省长质量奖", level: "provincial", region: "江苏省" });
    expect(award("获得省长质量奖", HUNAN_CITY)[0]).toMatchObject({ award: "湖南省省长质量奖", region: "湖南省" });
  });

  it("resolves 市长质量奖 in a district's document to the district's city, 区长质量奖 to the district", () => {
    expect(award("市长质量奖", DISTRICT)[0]).toMatchObject({ award: "常州市市长质量奖", level: "municipal" });
    expect(award("区长质量奖", DISTRICT)[0]).toMatchObject({ award: "武进区区长质量奖", level: "district", region: "武进区" });
  });

  it("keeps an explicitly written region, also with a space or a short name before the office", () => {
    expect(award("衡阳历届湖南省 省长质量奖获奖企业", JIANGSU_CITY)[0].award).toBe("湖南省省长质量奖");
    expect(award("荣获苏州市长质量奖")[0].award).toBe("苏州市市长质量奖");
    expect(award("2020年度山东省省长质量奖")[0].award).toBe("山东省省长质量奖");
  });

  it("puts 提名奖/金奖/银奖/铜奖 in the tier and (组织)/(个人) in the category, not in the name", () => {
    expect(award("第三届中国质量奖提名奖(组织)")[0]).toEqual({
      award: "中国质量奖",
      level: "national",
      region: "中国",
      tier: "nominee",
      category: "组织",
    });
    expect(award("宁波市政府质量奖金奖")[0]).toMatchObject({ award: "宁波市政府质量奖", tier: "gold" });
    expect(award("某市市长质量奖铜奖", HUNAN_CITY)[0].tier).toBe("bronze");
    expect(award("浙江省人民政府质量奖")[0].award).toBe("浙江省人民政府质量奖");
    expect(award("浙江省政府质量奖")[0].award).toBe("浙江省政府质量奖");
  });

  it("canonicalises other national and provincial honours", () => {
    expect(award("获“鲁班奖”")[0].award).toBe("中国建设工程鲁班奖");
    expect(award("荣获“全国质量标杆”称号")[0]).toMatchObject({ award: "全国质量标杆", level: "national", tier: "winner" });
    expect(award("通过“江苏精品”认证")[0]).toMatchObject({ award: "江苏精品", level: "provincial", tier: "other" });
    expect(award("通过“品字标浙江制造”认证")[0]).toMatchObject({ award: "浙江制造", region: "浙江省" });
    expect(award("被认定为省工业企业质量信用AAA级企业", HUNAN_CITY)[0].award).toBe("湖南省质量信用AAA级");
  });

  it("does not take a generic word for an award", () => {
    expect(award("鼓励企业申报各级政府质量奖")).toEqual([]);
    expect(award("选树质量标杆")).toEqual([]);
    expect(award("江苏制造业发展")).toEqual([]);
  });

  it("drops issuers and keeps level words of a quoted honour", () => {
    const ctx = context(JIANGSU_CITY);
    expect(canonicalTitle("交通运输部", "平安百年品质工程创建示范项目", ctx)).toMatchObject({
      award: "平安百年品质工程创建示范项目",
      level: "national",
      tier: "other",
    });
    expect(canonicalTitle("工信部评定的国家级", "绿色工厂", ctx)).toMatchObject({ award: "国家级绿色工厂", level: "national" });
    expect(canonicalTitle("", "省智能制造示范车间", ctx)).toMatchObject({ award: "江苏省智能制造示范车间", level: "provincial" });
    expect(canonicalTitle("", "好评", ctx)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { prepareDocument } from "../../ingest/prepare.js";
import { regionIndex } from "../../ingest/regions.js";
import { segment } from "../../ingest/segment.js";

const regionOf = (text: string) =>
  prepareDocument({ id: "t.txt", path: "t.txt", bytes: new TextEncoder().encode(text), hash: "" }, { segment, regions: regionIndex() })
    .region;

describe("the region a document speaks for", () => {
  it("is the province for a provincial notice that lists firms from several cities", () => {
    const text = [
      "2020年度福建省省长质量奖获奖名单公示",
      "根据《福建省省长质量奖管理办法》，现将拟获奖名单公示如下。",
      "厦门海湾电子有限公司",
      "福州闽江机械股份有限公司",
      "泉州刺桐鞋业有限公司",
      "福建省市场监督管理局",
    ].join("\n");
    expect(regionOf(text)).toBe("福建省");
  });

  it("is the city for a city newspaper even when firm names repeat the province", () => {
    const text = [
      "绵阳质量工作再上台阶",
      "今年以来，全市质量工作稳步推进，我市新增省级标准化试点2项。",
      "四川九洲电器集团有限责任公司获得四川省政府质量奖，四川长虹电器股份有限公司获提名。",
      "绵阳市场监管局表示，全市将继续推进质量强市。",
    ].join("\n");
    expect(regionOf(text)).toBe("绵阳市");
  });

  it("is the district when the text speaks as a district and names it", () => {
    const text = [
      "推进质量强区 助力高质量发展",
      "近年来，我区深入实施质量强区战略，区市场监管局组织开展各类活动。",
      "余杭区今年共有5家企业申报杭州市政府质量奖，全区质量工作获得肯定。",
      "我区将继续推进质量提升行动，杭州市相关部门给予支持。",
    ].join("\n");
    expect(regionOf(text)).toBe("余杭区");
  });

  it("is the country for a national list naming firms from many provinces", () => {
    const text = [
      "第六届中国质量奖获奖名单",
      "中国质量奖（组织）",
      "天津港湾机械集团有限公司、重庆山城汽车股份有限公司",
      "中国质量奖提名奖",
      "广州羊城电梯股份有限公司、成都蓉城医疗器械有限公司、西安古城航空制造有限公司",
    ].join("\n");
    expect(regionOf(text)).toBe("中国");
  });

  it("is the city its title names, even when the body is about a provincial decision", () => {
    const text = [
      "芜湖质量工作获省政府肯定",
      "近日，安徽省人民政府印发《安徽省质量强省建设实施方案》。安徽省市场监管局表示，全省将推进质量提升。",
      "芜湖市市场监管局负责人介绍，全市今年新增省政府质量奖企业2家。",
    ].join("\n");
    expect(regionOf(text)).toBe("芜湖市");
  });

  it("reads Traditional characters in region names", () => {
    expect(regionOf("2021年度臺州市市長質量獎獲獎名單\n臺州市人民政府\n臺州某某股份有限公司")).toBe("台州市");
  });
});

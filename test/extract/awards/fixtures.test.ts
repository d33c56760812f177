import { describe, expect, it } from "vitest";
import { extract, keys } from "./prepare-fixture.js";

// Whole composed documents in the styles award notices and news use, end to end.
describe("award extraction on composed documents", () => {
  it("reads a city news report: edition context, multi-year labels, 鲁班奖, certifications, credit grades", () => {
    const { awards, aliases } = extract("weifang-news.txt");
    expect(keys(awards)).toEqual(
      [
        "潍坊安丘凤凰食品有限公司|潍坊市市长质量奖|2021|winner",
        "潍坊新华包装印刷有限公司|山东省质量信用AAA级||other",
        "潍坊滨海新城综合服务中心工程|中国建设工程鲁班奖||winner",
        "潍坊诸城外贸有限责任公司|全国质量标杆||winner",
        "潍柴动力股份有限公司|山东省省长质量奖||winner",
        "山东潍坊海化工程有限公司|山东省省长质量奖||winner",
        "山东寿光蔬菜产业集团有限公司|全国质量标杆||winner",
        "青州华汇制药有限公司|山东精品||other",
        "高密锦程纺织有限公司|潍坊市市长质量奖|2020|nominee",
      ].sort(),
    );
    const label = awards.find((f) => f.recipient === "潍坊安丘凤凰食品有限公司")!;
    expect(label.year_label).toBe("2019—2021年度");
    expect(awards.filter((f) => f.award === "山东省省长质量奖").every((f) => f.edition === 6)).toBe(true);
    expect(aliases).toContainEqual({ name: "凤凰食品", kind: "organization", canonical: "潍坊安丘凤凰食品有限公司" });
  });

  it("reads provincial awards in another province, tiers (also a bare 银奖 after the award) and individual awards", () => {
    const { awards, warnings } = extract("ningbo-prose.txt");
    expect(keys(awards)).toEqual(
      [
        "宁波北仑汽车零部件有限公司|宁波市政府质量奖|2022|gold",
        "宁波慈溪家电有限公司|宁波市政府质量奖|2022|silver",
        "宁波四明电器股份有限公司|浙江省政府质量奖|2022|winner",
        "宁波天一港口物流有限公司|浙江省政府质量奖|2022|winner",
        "宁波江北精密机械有限公司|浙江制造||other",
        "宁波甬江模具有限公司|浙江省政府质量奖|2022|winner",
        "宁波镇海精细化工有限公司|浙江省政府质量奖|2022|nominee",
        "胡建平|宁波市政府质量奖||winner",
      ].sort(),
    );
    expect(awards.find((f) => f.recipient === "胡建平")).toMatchObject({
      recipient_type: "person",
      affiliation: "宁波东钱湖食品有限公司",
      category: "个人",
    });
    expect(warnings).toEqual([]);
  });

  it("reads a provincial notice: category and count headers, remarks after names, 获得…的企业有：", () => {
    const { awards, warnings } = extract("shandong-notice.txt");
    expect(keys(awards)).toEqual(
      [
        "临沂沂蒙食品有限公司|山东省省长质量奖|2021|nominee",
        "日照港口物流有限公司|山东省省长质量奖|2021|nominee",
        "济南历城机械有限公司|济南市市长质量奖|2021|winner",
        "济南泉城轨道装备有限公司|山东省省长质量奖|2021|winner",
        "济南章丘锻压有限公司|济南市市长质量奖|2021|winner",
        "烟台蓬莱葡萄酒业有限公司|山东省省长质量奖|2021|winner",
        "赵德胜|山东省省长质量奖|2021|winner",
        "青岛海湾啤酒股份有限公司|山东省省长质量奖|2021|winner",
      ].sort(),
    );
    expect(awards.find((f) => f.recipient === "赵德胜")).toMatchObject({
      affiliation: "淄博齐鲁化工集团有限公司",
      category: "个人",
      recipient_region: "淄博市",
    });
    expect(warnings).toEqual([]);
  });

  it("reads Traditional-character news: elliptical tiers, builders of projects, individual awards", () => {
    const { awards } = extract("hefei-traditional-news.txt");
    expect(keys(awards)).toEqual(
      [
        "合肥包河电子科技有限公司|安徽精品|2021|other",
        "合肥巢湖电缆有限公司|安徽省政府质量奖||nominee",
        "合肥市滨湖会展中心二期工程|中国建设工程鲁班奖|2021|winner",
        "合肥江淮精密制造有限公司|安徽省政府质量奖||winner",
        "合肥蜀山新材料股份有限公司|安徽精品|2021|other",
        "王志强|合肥市市长质量奖|2021|winner",
      ].sort(),
    );
    const luban = awards.find((f) => f.award === "中国建设工程鲁班奖")!;
    expect(luban).toMatchObject({ recipient_type: "project", year_label: "2020—2021年度" });
    expect(luban.evidence[0].text).toContain("魯班獎");
  });

  it("reads an HTML notice whose lists are tables (header row, number, name, region columns)", () => {
    const { awards } = extract("wuxi-table.html");
    expect(keys(awards)).toEqual([
      "无锡惠山精密机床有限公司|无锡市市长质量奖|2023|winner",
      "江阴澄江特钢有限公司|无锡市市长质量奖|2023|winner",
      "蒋文斌|无锡市市长质量奖|2023|winner",
    ]);
    expect(awards.find((f) => f.recipient === "蒋文斌")).toMatchObject({
      recipient_type: "person",
      affiliation: "无锡惠山精密机床有限公司",
      role: "总经理",
      category: "个人",
    });
  });

  it("reads a decision with an attached list: 授予A等N家组织和B同志, sub-sections, city labels, (男)", () => {
    const { awards, warnings } = extract("jiangxi-decision.txt");
    expect(keys(awards)).toEqual([
      "上饶信江光学仪器有限公司|江西省省长质量奖|2021|nominee",
      "九江庐山旅游发展集团有限公司|江西省省长质量奖|2021|winner",
      "南昌红谷食品有限公司|江西省省长质量奖|2021|nominee",
      "江西赣江机电有限公司|江西省省长质量奖|2021|winner",
      "熊伟平|江西省省长质量奖|2021|winner",
      "赣州稀金新材料股份有限公司|江西省省长质量奖|2021|winner",
    ]);
    expect(awards.every((f) => f.edition === 5)).toBe(true);
    // Stated in the decision and again in the list: one fact, the decision sentence first.
    const first = awards.find((f) => f.recipient === "江西赣江机电有限公司")!;
    expect(first.evidence.map((e) => e.text)).toEqual([
      expect.stringContaining("授予江西赣江机电有限公司等3家组织"),
      "1.江西赣江机电有限公司",
    ]);
    expect(awards.find((f) => f.recipient === "熊伟平")).toMatchObject({ affiliation: "江西赣江机电有限公司", role: "党委书记、董事长" });
    expect(warnings).toEqual([]);
  });

  it("reads a provincial 公示 whose headers say 拟授予…的组织/个人 as proposed", () => {
    const { awards } = extract("jiangsu-gongshi.txt");
    expect(keys(awards)).toEqual([
      "南通濠河纺织科技有限公司|江苏省省长质量奖|2022|winner",
      "盐城黄海汽车部件有限公司|江苏省省长质量奖|2022|winner",
      "连云港花果山食品有限公司|江苏省省长质量奖|2022|nominee",
      "钱国栋|江苏省省长质量奖|2022|winner",
    ]);
    expect(awards.every((f) => f.status === "proposed")).toBe(true);
    expect(awards.find((f) => f.recipient === "钱国栋")).toMatchObject({
      recipient_type: "person",
      category: "个人",
      affiliation: "南通濠河纺织科技有限公司",
    });
  });

  it("reads a national list: comma-separated names, bare names of individuals, 获奖组织：/获奖个人： lines", () => {
    const { awards } = extract("national-list.txt");
    expect(keys(awards)).toEqual([
      "刘建国|中国质量奖|2023|nominee",
      "天津滨海港口装备集团有限公司|中国质量奖|2023|winner",
      "广州珠江电梯股份有限公司|中国质量奖|2023|nominee",
      "成都锦江医疗器械有限公司|中国质量奖|2023|nominee",
      "郑振华|中国质量奖|2023|winner",
      "重庆两江汽车股份有限公司|中国质量奖|2023|winner",
    ]);
    // A national list speaks for no city: an unnamed individual gets no region, named firms their own.
    expect(awards.find((f) => f.recipient === "郑振华")).toMatchObject({ recipient_type: "person", recipient_region: null });
    expect(awards.find((f) => f.recipient === "广州珠江电梯股份有限公司")!.recipient_region).toBe("广州市");
  });

  it("finds no award in a plan that only talks about awards (申报, 奖励, aggregate counts, 获批, 好评)", () => {
    expect(extract("wenzhou-plan.txt").awards).toEqual([]);
  });

  it("links a former name only where the text says so", () => {
    const { aliases } = extract("衡阳市质量工作会议。\n衡阳华信电子股份有限公司(原衡阳无线电二厂)获得衡阳市市长质量奖。", true);
    expect(aliases).toContainEqual({ name: "衡阳无线电二厂", kind: "organization", canonical: "衡阳华信电子股份有限公司" });
  });

  it("gives every award fact evidence that is a verbatim slice of the document", () => {
    for (const name of [
      "suzhou-decision.txt",
      "hangzhou-list.txt",
      "traditional-notice.txt",
      "wujiang-gongshi.txt",
      "weifang-news.txt",
      "ningbo-prose.txt",
      "changsha-subheaders.txt",
      "shandong-notice.txt",
      "hefei-traditional-news.txt",
      "wuxi-table.html",
      "jiangxi-decision.txt",
      "jiangsu-gongshi.txt",
      "national-list.txt",
    ]) {
      const { doc, awards } = extract(name);
      expect(awards.length, name).toBeGreaterThan(0);
      for (const f of awards) for (const e of f.evidence) expect(doc.record.text.slice(e.start, e.end), name).toBe(e.text);
    }
  });
});

import { describe, expect, it } from "vitest";
import type { AwardFact } from "../../../graph/types.js";
import { extract } from "./prepare-fixture.js";

// Composed notices and news in formats the seed documents do not use (other provinces, tables,
// attachments, grades, county/district awards). Each line is one fact, every scored field and more:
// recipient|recipient_type|affiliation|award|level|region|year|edition|tier|status
function rows(facts: AwardFact[]): string[] {
  return facts
    .map((f) =>
      [
        f.recipient,
        f.recipient_type,
        f.affiliation ?? "",
        f.award,
        f.level,
        f.region,
        f.year ?? "",
        f.edition ?? "",
        f.tier,
        f.status ?? "",
      ].join("|"),
    )
    .sort();
}

describe("award extraction on formats the seeds do not use", () => {
  it("reads a decision's attached list whose section headers carry (组织类,3家): no header becomes a recipient, the 提名奖 section is kept", () => {
    const { awards, warnings } = extract("ningbo-attachment.txt");
    expect(rows(awards)).toEqual([
      "宁波均胜电子股份有限公司|organization||宁波市政府质量奖|municipal|宁波市|2022||nominee|",
      "宁波市第一医院|organization||宁波市政府质量奖|municipal|宁波市|2022||winner|",
      "宁波市轨道交通集团有限公司运营分公司|organization||宁波市政府质量奖|municipal|宁波市|2022||nominee|",
      "宁波方太厨具有限公司|organization||宁波市政府质量奖|municipal|宁波市|2022||winner|",
      "宁波舜宇光电信息有限公司|organization||宁波市政府质量奖|municipal|宁波市|2022||winner|",
      "李秀英|person|宁波公牛电器有限公司|宁波市政府质量奖|municipal|宁波市|2022||winner|",
      "王建国|person|宁波东方电缆股份有限公司|宁波市政府质量奖|municipal|宁波市|2022||winner|",
    ]);
    expect(awards.filter((f) => f.recipient_type === "person").every((f) => f.category === "个人")).toBe(true);
    expect(awards.find((f) => f.recipient === "宁波市第一医院")!.category).toBe("组织");
    // Stated in the decision and again in the list: the decision sentence is the first evidence.
    expect(awards.find((f) => f.recipient === "王建国")!.evidence.map((e) => e.text)).toEqual([
      expect.stringContaining("授予王建国等2名个人"),
      "1.王建国  宁波东方电缆股份有限公司董事长",
    ]);
    expect(warnings).toEqual([]);
  });

  it("takes a person's organisation from a parenthesis that also holds the job title", () => {
    const { awards } = extract("weihai-person-paren.txt");
    expect(rows(awards)).toEqual([
      "威海广泰空港设备股份有限公司|organization||威海市市长质量奖|municipal|威海市|2021||winner|",
      "张伟|person|威高集团有限公司|威海市市长质量奖|municipal|威海市|2021||winner|",
      "李强|person|威海市立医院|威海市市长质量奖|municipal|威海市|2021||winner|",
    ]);
    expect(awards.find((f) => f.recipient === "张伟")).toMatchObject({ role: "质量总监", category: "个人" });
  });

  it("reads news prose: 榜上有名 after a results announcement, 获评, 入选…名单, 被授予, 摘得, names before 脱颖而出 with 分获 X和提名奖", () => {
    const { awards } = extract("suzhou-park-news.txt");
    expect(rows(awards)).toEqual([
      "信达生物制药(苏州)有限公司|organization||江苏省质量奖|provincial|江苏省|2023|5|winner|",
      "苏州园区精密模具有限公司|organization||江苏省质量奖|provincial|江苏省|2023|5|nominee|",
      "苏州工业园区纳米科技有限公司|organization||苏州市市长质量奖|municipal|苏州市|2022||winner|",
      "苏州星湖电子有限公司|organization||苏州市市长质量奖|municipal|苏州市|2022||winner|",
      "苏州月亮湾科技有限公司|organization||苏州市市长质量奖|municipal|苏州市|2022||nominee|",
      "苏州汇川技术有限公司|organization||江苏省质量奖|provincial|江苏省|2023|5|winner|",
      "苏州独墅湖生物医药有限公司|organization||苏州市市长质量奖|municipal|苏州市|2022||nominee|",
      "苏州金鸡湖物流有限公司|organization||江苏省质量奖|provincial|江苏省|2023|5|nominee|",
      "苏州长光华芯光电技术股份有限公司|organization||江苏省质量奖|provincial|江苏省|2023|5|winner|",
    ]);
  });

  it("reads an HTML table with 序号/单位名称/类别/奖项 columns: the 奖项 cell gives each row's award and tier", () => {
    const { awards } = extract("shaoxing-award-column.html");
    expect(rows(awards)).toEqual([
      "何建明|person|诸暨珍珠饰品有限公司|绍兴市政府质量奖|municipal|绍兴市|2022||winner|",
      "绍兴上虞精细化工股份有限公司|organization||绍兴市政府质量奖|municipal|绍兴市|2022||nominee|",
      "绍兴柯桥印染科技有限公司|organization||绍兴市政府质量奖|municipal|绍兴市|2022||winner|",
      "绍兴越城纺机制造有限公司|organization||绍兴市政府质量奖|municipal|绍兴市|2022||winner|",
    ]);
    expect(awards.find((f) => f.recipient === "何建明")).toMatchObject({ role: "总经理", category: "个人" });
  });

  it("reads HTML tables with a 类别 column under a winners' and a nominees' list title", () => {
    const { awards } = extract("taizhou-category-table.html");
    expect(rows(awards)).toEqual([
      "台州市中心医院|organization||台州市政府质量奖|municipal|台州市|2021||winner|",
      "台州椒江缝纫机股份有限公司|organization||台州市政府质量奖|municipal|台州市|2021||winner|",
      "台州路桥汽摩配件有限公司|organization||台州市政府质量奖|municipal|台州市|2021||nominee|",
      "台州黄岩模具有限公司|organization||台州市政府质量奖|municipal|台州市|2021||winner|",
    ]);
    expect(awards.every((f) => f.category === "组织")).toBe(true);
  });

  it("reads tables whose cells are paragraphs (one cell per line), dropping region and 推荐单位 columns and joining 工作单位 with 职务", () => {
    const { awards } = extract("xiamen-cell-paragraphs.html");
    expect(rows(awards)).toEqual([
      "厦门同安精密电子有限公司|organization||厦门市市长质量奖|municipal|厦门市|2022|4|winner|",
      "厦门海沧港务集团有限公司|organization||厦门市市长质量奖|municipal|厦门市|2022|4|winner|",
      "厦门集美食品有限公司|organization||厦门市市长质量奖|municipal|厦门市|2022|4|nominee|",
      "陈海燕|person|厦门海沧港务集团有限公司|厦门市市长质量奖|municipal|厦门市|2022|4|winner|",
    ]);
    expect(awards.find((f) => f.recipient === "厦门海沧港务集团有限公司")!.recipient_region).toBe("海沧区");
    expect(awards.find((f) => f.recipient === "陈海燕")!.role).toBe("质量管理部部长");
  });

  it("reads names separated by 、 on the line under a header that ends with a colon", () => {
    const { awards } = extract("yancheng-comma-line.txt");
    expect(rows(awards)).toEqual([
      "东台金鑫不锈钢制品有限公司|organization||盐城市市长质量奖|municipal|盐城市|2022||winner|",
      "建湖石油机械有限公司|organization||盐城市市长质量奖|municipal|盐城市|2022||nominee|",
      "盐城亭湖纺织机械有限公司|organization||盐城市市长质量奖|municipal|盐城市|2022||winner|",
      "盐城大丰海洋装备有限公司|organization||盐城市市长质量奖|municipal|盐城市|2022||winner|",
      "盐城射阳港口物流有限公司|organization||盐城市市长质量奖|municipal|盐城市|2022||nominee|",
    ]);
  });

  it("reads （一）组织类（3个） sections under an award header, 获奖组织名单（排名不分先后）, and drops remarks such as （连续第二次获奖）", () => {
    const { awards } = extract("fuzhou-subsections.txt");
    expect(rows(awards)).toEqual([
      "林志远|person|福建马尾船舶重工有限公司|福州市政府质量奖|municipal|福州市|2022|5|winner|",
      "福州仓山食品有限公司|organization||福州市政府质量奖|municipal|福州市|2022|5|nominee|",
      "福州晋安智能科技有限公司|organization||福州市政府质量奖|municipal|福州市|2022|5|nominee|",
      "福州长乐纺织股份有限公司|organization||福州市政府质量奖|municipal|福州市|2022|5|winner|",
      "福州闽侯电机制造有限公司|organization||福州市政府质量奖|municipal|福州市|2022|5|winner|",
      "福建马尾船舶重工有限公司|organization||福州市政府质量奖|municipal|福州市|2022|5|winner|",
    ]);
    expect(awards.find((f) => f.recipient === "林志远")).toMatchObject({ role: "总工程师", category: "个人" });
  });

  it("reads 获奖组织（按笔画排序） and 提名奖获奖组织 headers and a name with a space inside", () => {
    const { awards } = extract("nanning-stroke-order.txt");
    expect(rows(awards)).toEqual([
      "南宁五象新区建设投资有限公司|organization||南宁市市长质量奖|municipal|南宁市|2021|3|nominee|",
      "南宁良庆机械制造有限公司|organization||南宁市市长质量奖|municipal|南宁市|2021|3|nominee|",
      "南宁邕江糖业有限公司|organization||南宁市市长质量奖|municipal|南宁市|2021|3|winner|",
      "南宁青秀山旅游开发有限公司|organization||南宁市市长质量奖|municipal|南宁市|2021|3|winner|",
    ]);
    expect(awards.every((f) => f.category === "组织")).toBe(true);
  });

  it("reads 金奖/银奖/铜奖 sections as tiers of one award and joins a name broken over two lines", () => {
    const { awards } = extract("jinhua-grades.txt");
    expect(rows(awards)).toEqual([
      "东阳木雕工艺品有限公司|organization||金华市政府质量奖|municipal|金华市|2022||bronze|",
      "义乌小商品物流有限公司|organization||金华市政府质量奖|municipal|金华市|2022||silver|",
      "兰溪纺织印染有限公司|organization||金华市政府质量奖|municipal|金华市|2022||bronze|",
      "浙江永康五金制品股份有限公司|organization||金华市政府质量奖|municipal|金华市|2022||gold|",
      "金华婺城工具有限公司|organization||金华市政府质量奖|municipal|金华市|2022||gold|",
    ]);
  });

  it("reads a grade column (获奖等次) in a table under a notice title that names the award", () => {
    const { awards } = extract("lishui-grade-column.html");
    expect(rows(awards)).toEqual([
      "丽水莲都青瓷文化有限公司|organization||丽水市政府质量奖|municipal|丽水市|2021|2|gold|",
      "缙云仙都茶业有限公司|organization||丽水市政府质量奖|municipal|丽水市|2021|2|bronze|",
      "龙泉宝剑锻造有限公司|organization||丽水市政府质量奖|municipal|丽水市|2021|2|silver|",
    ]);
  });

  it("names a county's 县长质量奖 after the county, at county level", () => {
    const { awards } = extract("changxing-county.txt");
    expect(rows(awards)).toEqual([
      "长兴太湖蓄电池有限公司|organization||长兴县县长质量奖|county|长兴县|2022||winner|",
      "长兴煤山建材有限公司|organization||长兴县县长质量奖|county|长兴县|2022||nominee|",
      "长兴雉城纺织有限公司|organization||长兴县县长质量奖|county|长兴县|2022||winner|",
    ]);
  });

  it("names a district's bare 区长质量奖 after the district the document speaks for", () => {
    const { awards } = extract("yinzhou-district.txt");
    expect(rows(awards)).toEqual([
      "宁波东钱湖旅游发展有限公司|organization||鄞州区区长质量奖|district|鄞州区|2022||winner|",
      "宁波姜山机械有限公司|organization||鄞州区区长质量奖|district|鄞州区|2022||nominee|",
      "宁波鄞州模塑科技有限公司|organization||鄞州区区长质量奖|district|鄞州区|2022||winner|",
    ]);
  });

  it("keeps 某省人民政府质量奖 as the notice writes it", () => {
    const { awards } = extract("anhui-people-gov.txt");
    expect(rows(awards)).toEqual([
      "合肥新站光电科技有限公司|organization||安徽省人民政府质量奖|provincial|安徽省|2021|6|winner|",
      "芜湖鸠江汽车零部件有限公司|organization||安徽省人民政府质量奖|provincial|安徽省|2021|6|winner|",
      "蚌埠龙子湖玻璃有限公司|organization||安徽省人民政府质量奖|provincial|安徽省|2021|6|nominee|",
    ]);
  });

  it("reads the national list: 获奖组织/获奖个人 sections of 中国质量奖 and its 提名奖, persons with (女) and a trade before the title", () => {
    const { awards } = extract("china-award-list.txt");
    expect(rows(awards)).toEqual([
      "东海精密光学仪器股份有限公司|organization||中国质量奖|national|中国|2023|5|winner|",
      "华北重型机械集团有限公司|organization||中国质量奖|national|中国|2023|5|nominee|",
      "孙丽萍|person|华北重型机械集团有限公司|中国质量奖|national|中国|2023|5|nominee|",
      "西南航空发动机股份有限公司|organization||中国质量奖|national|中国|2023|5|nominee|",
      "赵明华|person|长江智能电网装备集团有限公司|中国质量奖|national|中国|2023|5|winner|",
      "长江智能电网装备集团有限公司|organization||中国质量奖|national|中国|2023|5|winner|",
    ]);
    expect(awards.find((f) => f.recipient === "孙丽萍")).toMatchObject({ role: "焊接高级技师", category: "个人", recipient_region: null });
  });

  it("marks a 公示's 拟授予 and 拟推荐 sections as proposed", () => {
    const { awards } = extract("shanxi-gongshi.txt");
    expect(rows(awards)).toEqual([
      "大同云冈煤机装备有限公司|organization||山西省质量奖|provincial|山西省|2022|3|winner|proposed",
      "太原晋祠精密铸造有限公司|organization||中国质量奖|national|中国|2022|5|winner|proposed",
      "太原晋祠精密铸造有限公司|organization||山西省质量奖|provincial|山西省|2022|3|winner|proposed",
      "长治上党食品有限公司|organization||山西省质量奖|provincial|山西省|2022|3|nominee|proposed",
    ]);
  });

  it("scopes 一、获奖组织 sections by the notice title, with （2）/①/3． marks, (男,…) details and 、-lists wrapped over two lines", () => {
    const { awards } = extract("jiaxing-title-scope.txt");
    expect(rows(awards)).toEqual([
      "嘉兴南湖电子科技有限公司|organization||嘉兴市政府质量奖|municipal|嘉兴市|2022||winner|",
      "嘉善西塘旅游发展有限公司|organization||嘉兴市政府质量奖|municipal|嘉兴市|2022||nominee|",
      "平湖独山港码头有限公司|organization||嘉兴市政府质量奖|municipal|嘉兴市|2022||nominee|",
      "朱建华|person|嘉兴秀洲光伏科技有限公司|嘉兴市政府质量奖|municipal|嘉兴市|2022||winner|",
      "桐乡濮院毛衫股份有限公司|organization||嘉兴市政府质量奖|municipal|嘉兴市|2022||winner|",
      "海宁皮革城物流有限公司|organization||嘉兴市政府质量奖|municipal|嘉兴市|2022||winner|",
    ]);
    expect(awards.find((f) => f.recipient === "朱建华")).toMatchObject({ role: "董事长", category: "个人" });
    expect(awards.filter((f) => f.tier === "nominee").every((f) => f.category === null)).toBe(true);
  });

  it("reads prose that names the winners after the award: 获奖企业分别是：, N家企业获得…，分别为…, 荣获提名奖, 获得…的企业有：", () => {
    const { awards } = extract("shaoxing-news-lists.txt");
    expect(rows(awards)).toEqual([
      "宁波北仑港机有限公司|organization||浙江省政府质量奖|provincial|浙江省|2022||winner|",
      "杭州西湖电器有限公司|organization||浙江省政府质量奖|provincial|浙江省|2022||winner|",
      "绍兴东湖科技有限公司|organization||浙江省政府质量奖|provincial|浙江省|2023|5|winner|",
      "绍兴会稽山茶业有限公司|organization||绍兴市政府质量奖|municipal|绍兴市|2022||nominee|",
      "绍兴兰亭酒业有限公司|organization||绍兴市政府质量奖|municipal|绍兴市|2023||winner|",
      "绍兴秋瑾机电有限公司|organization||浙江省政府质量奖|provincial|浙江省|2023|5|winner|",
      "绍兴稽山制药有限公司|organization||绍兴市政府质量奖|municipal|绍兴市|2022||winner|",
      "绍兴若耶溪食品有限公司|organization||绍兴市政府质量奖|municipal|绍兴市|2022||nominee|",
      "绍兴鉴湖机械有限公司|organization||绍兴市政府质量奖|municipal|绍兴市|2023||winner|",
      "绍兴镜湖纺织有限公司|organization||绍兴市政府质量奖|municipal|绍兴市|2023||winner|",
    ]);
  });

  it("reads a 公示 table with a 名称/姓名 column whose organisation rows leave 单位及职务 empty, under a header counting (组织2个,个人1名)", () => {
    const { awards, warnings } = extract("hubei-gongshi-mixed-table.html");
    expect(rows(awards)).toEqual([
      "宜昌三峡船舶科技有限公司|organization||湖北省长江质量奖|provincial|湖北省|2023|5|winner|proposed",
      "荆州古城酿造有限公司|organization||湖北省长江质量奖|provincial|湖北省|2023|5|nominee|proposed",
      "襄阳汉江轴承股份有限公司|organization||湖北省长江质量奖|provincial|湖北省|2023|5|winner|proposed",
      "黄志勇|person|襄阳汉江轴承股份有限公司|湖北省长江质量奖|provincial|湖北省|2023|5|winner|proposed",
    ]);
    expect(warnings).toEqual([]);
  });

  it("merges an undated body grant with the dated list entry, and reads 获奖单位（2家）：A、B。 lines scoped by the title", () => {
    const { awards } = extract("baiyun-district-notice.txt");
    expect(rows(awards)).toEqual([
      "广州太和精密模具有限公司|organization||白云区区长质量奖|district|白云区|2023||nominee|",
      "广州江高电子科技有限公司|organization||白云区区长质量奖|district|白云区|2023||winner|",
      "广州白云山泉饮品有限公司|organization||白云区区长质量奖|district|白云区|2023||winner|",
    ]);
    const merged = awards.find((f) => f.recipient === "广州白云山泉饮品有限公司")!;
    expect(merged.evidence.map((e) => e.text)).toEqual([
      expect.stringContaining("授予广州白云山泉饮品有限公司等2家单位"),
      expect.stringContaining("获奖单位（2家）："),
    ]);
  });

  it("dates awards in a work report by the year it reports on, reads 个人奖由…获得, and skips 获得…认定的企业达到N家", () => {
    const { awards } = extract("zhangzhou-work-report.txt");
    expect(rows(awards)).toEqual([
      "漳州古雷石化装备有限公司|organization||全国质量标杆|national|中国|2023||winner|",
      "漳州片仔癀食品有限公司|organization||福建省政府质量奖|provincial|福建省|2023|6|winner|",
      "漳州龙海钢构股份有限公司|organization||福建省政府质量奖|provincial|福建省|2023|6|winner|",
      "郑文斌|person|漳州龙海钢构股份有限公司|福建省政府质量奖|provincial|福建省|2023|6|winner|",
    ]);
    expect(awards.find((f) => f.recipient === "郑文斌")).toMatchObject({ role: "总工程师", category: "个人" });
  });

  it("ends a list at a numbered section that names no award (三、省级工业设计中心), skips a (排名不分先后) line, and dates sections by a 荣誉榜 title", () => {
    const { awards } = extract("hangzhou-honour-sections.txt");
    expect(rows(awards)).toEqual([
      "杭州临平电机有限公司|organization||全国质量标杆|national|中国|2022||winner|",
      "杭州富阳造纸机械有限公司|organization||浙江省政府质量奖|provincial|浙江省|2022||winner|",
      "杭州钱江制冷设备有限公司|organization||中国质量奖|national|中国|2022||nominee|",
    ]);
  });

  it("reads 获得X的某公司 and 某公司在获得X后 in news, but not aims, applications, rewards or totals (争创, 申报, 获得…的企业达到N家)", () => {
    const { awards } = extract("ningbo-meeting-news.txt");
    expect(rows(awards)).toEqual([
      "宁波江北精工有限公司|organization||宁波市政府质量奖|municipal|宁波市|2022||winner|",
      "宁波镇海石化设备有限公司|organization||宁波市政府质量奖|municipal|宁波市|2021||winner|",
    ]);
  });

  it("reads Markdown pipe tables (grade column, then a 获奖个人 section with 姓名/工作单位) under a front-matter title", () => {
    const { awards } = extract("wenzhou-markdown-table.md");
    expect(rows(awards)).toEqual([
      "温州乐清电器股份有限公司|organization||温州市政府质量奖|municipal|温州市|2021||silver|",
      "温州瓯海眼镜有限公司|organization||温州市政府质量奖|municipal|温州市|2021||gold|",
      "潘国强|person|温州瑞安汽配有限公司|温州市政府质量奖|municipal|温州市|2021||winner|",
    ]);
  });

  it("reads a 获奖年度 column as each row's year, under the award an HTML <title> names", () => {
    const { awards } = extract("quzhou-year-column.html");
    expect(rows(awards)).toEqual([
      "江山木门股份有限公司|organization||衢州市政府质量奖|municipal|衢州市|2021|4|winner|",
      "衢州柯城氟化工有限公司|organization||衢州市政府质量奖|municipal|衢州市|2021|4|winner|",
    ]);
  });

  it("reads a 公示 written as prose (拟授予A、B某奖，拟授予C某奖提名奖) as proposed", () => {
    const { awards } = extract("putian-gongshi-prose.txt");
    expect(rows(awards)).toEqual([
      "莆田涵江鞋业有限公司|organization||莆田市市长质量奖|municipal|莆田市|2023||winner|proposed",
      "莆田秀屿木材加工有限公司|organization||莆田市市长质量奖|municipal|莆田市|2023||nominee|proposed",
      "莆田荔城工艺品有限公司|organization||莆田市市长质量奖|municipal|莆田市|2023||winner|proposed",
    ]);
  });

  it("reads the recipients a reward notice names: 对获得X的A公司, 对A、B等获得X的企业", () => {
    const { awards } = extract("longyan-rewards.txt");
    expect(rows(awards)).toEqual([
      "龙岩新罗机械有限公司|organization||福建省政府质量奖|provincial|福建省|2022|5|winner|",
      "龙岩永定土楼旅游有限公司|organization||福建省政府质量奖|provincial|福建省|2022|5|winner|",
      "龙岩紫金矿冶设备有限公司|organization||中国质量奖|national|中国|2022|4|nominee|",
    ]);
  });

  it("reads a grant that counts without 等 (A、B2家组织和C、D2名个人) and person lines with 男/汉族 columns", () => {
    const { awards, warnings } = extract("sanming-counted-grant.txt");
    expect(rows(awards)).toEqual([
      "三明永安林业股份有限公司|organization||三明市市长质量奖|municipal|三明市|2022||winner|",
      "三明沙县小吃集团有限公司|organization||三明市市长质量奖|municipal|三明市|2022||winner|",
      "王建平|person|三明永安林业股份有限公司|三明市市长质量奖|municipal|三明市|2022||winner|",
      "陈丽华|person|三明沙县小吃集团有限公司|三明市市长质量奖|municipal|三明市|2022||winner|",
    ]);
    expect(awards.find((f) => f.recipient === "陈丽华")!.evidence[0].text).toContain("授予三明沙县小吃集团有限公司");
    expect(awards.find((f) => f.recipient === "陈丽华")!.role).toBe("质量部经理");
    expect(warnings).toEqual([]);
  });

  it("reads a grade in the header's parenthesis (金奖), (银奖,2家), and a 个人（铜奖） section", () => {
    const { awards, warnings } = extract("ningbo-grade-parens.txt");
    expect(rows(awards)).toEqual([
      "宁波丙丁电器有限公司|organization||宁波市政府质量奖|municipal|宁波市|2022||silver|",
      "宁波戊己纺织有限公司|organization||宁波市政府质量奖|municipal|宁波市|2022||silver|",
      "宁波甲乙精工有限公司|organization||宁波市政府质量奖|municipal|宁波市|2022||gold|",
      "王大明|person|宁波丙丁电器有限公司|宁波市政府质量奖|municipal|宁波市|2022||bronze|",
    ]);
    expect(warnings).toEqual([]);
  });

  it("dates a decision's attached list with no year by the year its body grants, not by the decision's date line", () => {
    const { awards } = extract("huzhou-undated-list.txt");
    expect(rows(awards)).toEqual([
      "湖州南浔木业有限公司|organization||湖州市政府质量奖|municipal|湖州市|2022||winner|",
      "湖州吴兴丝绸有限公司|organization||湖州市政府质量奖|municipal|湖州市|2022||nominee|",
      "湖州德清地理信息有限公司|organization||湖州市政府质量奖|municipal|湖州市|2022||winner|",
    ]);
  });

  it("reads tables with columns it does not know (所属行业) and a bare 单位 column as the name", () => {
    const { awards } = extract("lishui-industry-column.html");
    expect(rows(awards)).toEqual([
      "丽水青田石雕有限公司|organization||丽水市政府质量奖|municipal|丽水市|2022||winner|",
      "云和木制玩具股份有限公司|organization||丽水市政府质量奖|municipal|丽水市|2022||winner|",
      "遂昌金矿旅游有限公司|organization||丽水市政府质量奖|municipal|丽水市|2022||winner|",
    ]);
    expect(awards.find((f) => f.recipient === "遂昌金矿旅游有限公司")!.recipient_region).toBe("遂昌县");
  });

  it("reads news whose lists follow 荣获…的企业名单如下： and …获奖名单公布如下：", () => {
    const { awards } = extract("taizhou-news-list.txt");
    expect(rows(awards)).toEqual([
      "台州天台胶带有限公司|organization||台州市政府质量奖|municipal|台州市|2022||nominee|",
      "台州温岭泵业有限公司|organization||台州市政府质量奖|municipal|台州市|2022||winner|",
      "台州玉环阀门有限公司|organization||台州市政府质量奖|municipal|台州市|2022||winner|",
    ]);
  });

  it("keeps 荣获X的消息 / 在获得X的基础上 / 成为首家获得X的企业 / 被评为X获奖企业 as awards of the subject, but not 获得X的企业达到N家", () => {
    const { awards } = extract("ningbo-relative-clauses.txt");
    expect(rows(awards)).toEqual([
      "宁波余姚光学有限公司|organization||宁波市政府质量奖|municipal|宁波市|2022||winner|",
      "宁波北仑模具有限公司|organization||中国质量奖|national|中国|||nominee|",
      "宁波慈溪家电有限公司|organization||浙江省政府质量奖|provincial|浙江省|2022||winner|",
      "宁波江东电子有限公司|organization||宁波市政府质量奖|municipal|宁波市|2021||winner|",
      "宁波海曙精工有限公司|organization||宁波市政府质量奖|municipal|宁波市|2022||winner|",
    ]);
  });

  it("reads individual winners whose job titles no list knows (型号总体部主任助理, 变电运维专责)", () => {
    const { awards } = extract("national-persons-titles.txt");
    expect(rows(awards)).toEqual([
      "张某某|person|华夏电网有限公司|中国质量奖|national|中国||4|winner|",
      "李某某|person|华夏航天科技集团有限公司第一研究院|中国质量奖|national|中国||4|winner|",
    ]);
  });

  it("marks a 获奖候选名单公示 as proposed although it never writes 拟", () => {
    const { awards } = extract("ningbo-candidates-gongshi.txt");
    expect(rows(awards)).toEqual([
      "宁波甲精工有限公司|organization||宁波市政府质量奖|municipal|宁波市|2022||winner|proposed",
      "王某某|person|宁波甲精工有限公司|宁波市政府质量奖|municipal|宁波市|2022||winner|proposed",
    ]);
  });

  it("reads 一是/二是 enumerations, 分别获得X和提名奖, 获奖企业：A、B and 董事长某某荣获X（个人奖）", () => {
    const { awards } = extract("ningbo-summary-enumeration.txt");
    expect(rows(awards)).toEqual([
      "宁波丁纺织有限公司|organization||宁波市政府质量奖|municipal|宁波市||2|nominee|",
      "宁波丙电子有限公司|organization||宁波市政府质量奖|municipal|宁波市||2|nominee|",
      "宁波乙机械有限公司|organization||宁波市政府质量奖|municipal|宁波市|2022||nominee|",
      "宁波乙机械有限公司|organization||浙江省政府质量奖|provincial|浙江省|2022||nominee|",
      "宁波甲模具有限公司|organization||宁波市政府质量奖|municipal|宁波市|2022||winner|",
      "李某某|person|宁波戊化工有限公司|宁波市政府质量奖|municipal|宁波市|2022||winner|",
    ]);
  });

  it("reads entries grouped by city with a count (杭州市（2家）：A、B) and keeps the recipient's city", () => {
    const { awards } = extract("zhejiang-region-groups.txt");
    expect(rows(awards)).toEqual([
      "宁波丙模具有限公司|organization||浙江省人民政府质量奖|provincial|浙江省|2022||winner|",
      "杭州乙电子股份有限公司|organization||浙江省人民政府质量奖|provincial|浙江省|2022||winner|",
      "杭州甲科技有限公司|organization||浙江省人民政府质量奖|provincial|浙江省|2022||winner|",
      "林某某|person|温州丁电器有限公司|浙江省人民政府质量奖|provincial|浙江省|2022||winner|",
    ]);
    expect(awards.find((f) => f.recipient === "林某某")!.recipient_region).toBe("温州市");
  });

  it("gives every fact in these documents evidence that is a verbatim slice of the document", () => {
    for (const name of [
      "ningbo-attachment.txt",
      "weihai-person-paren.txt",
      "suzhou-park-news.txt",
      "shaoxing-award-column.html",
      "taizhou-category-table.html",
      "xiamen-cell-paragraphs.html",
      "yancheng-comma-line.txt",
      "fuzhou-subsections.txt",
      "nanning-stroke-order.txt",
      "jinhua-grades.txt",
      "lishui-grade-column.html",
      "changxing-county.txt",
      "yinzhou-district.txt",
      "anhui-people-gov.txt",
      "china-award-list.txt",
      "shanxi-gongshi.txt",
      "jiaxing-title-scope.txt",
      "shaoxing-news-lists.txt",
      "hubei-gongshi-mixed-table.html",
      "baiyun-district-notice.txt",
      "zhangzhou-work-report.txt",
      "hangzhou-honour-sections.txt",
      "ningbo-meeting-news.txt",
      "wenzhou-markdown-table.md",
      "quzhou-year-column.html",
      "putian-gongshi-prose.txt",
      "longyan-rewards.txt",
      "sanming-counted-grant.txt",
      "ningbo-grade-parens.txt",
      "huzhou-undated-list.txt",
      "lishui-industry-column.html",
      "taizhou-news-list.txt",
      "ningbo-relative-clauses.txt",
      "national-persons-titles.txt",
      "ningbo-candidates-gongshi.txt",
      "ningbo-summary-enumeration.txt",
      "zhejiang-region-groups.txt",
    ]) {
      const { doc, awards } = extract(name);
      expect(awards.length, name).toBeGreaterThan(0);
      for (const f of awards) for (const e of f.evidence) expect(doc.record.text.slice(e.start, e.end), name).toBe(e.text);
    }
  });
});

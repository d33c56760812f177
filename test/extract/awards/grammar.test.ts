import { describe, expect, it } from "vitest";
import { TIER_WORDS, tierOfWord } from "../../../graph/award-vocabulary.js";
import type { AwardFact } from "../../../graph/types.js";
import { findAwardMentions } from "../../../ingest/extract/awards/award-names.js";
import { readEnumeration } from "../../../ingest/extract/awards/enumerations.js";
import { blankCitations, publicationYear } from "../../../ingest/extract/awards/years.js";
import { context, extract } from "./prepare-fixture.js";

// The award grammar of issue 10 on notices written for these tests (test/fixtures/award-docs):
// award names built from region + office + programme word + tier, one enumeration reader for every
// scope rule (grant clauses, receive clauses, introduced lists, year-labelled lines), years from
// headings and publication dates. recipient|type|affiliation|award|year|edition|tier|status
function rows(facts: AwardFact[]): string[] {
  return facts
    .map((f) =>
      [f.recipient, f.recipient_type, f.affiliation ?? "", f.award, f.year ?? "", f.edition ?? "", f.tier, f.status ?? ""].join("|"),
    )
    .sort();
}

describe("award-name grammar", () => {
  it("reads the programme word after the office, a region written without office, and tier words from the shared vocabulary", () => {
    const ctx = context("宁波市政府办公厅通知。");
    const names = (t: string) => findAwardMentions(t, ctx).map((m) => `${m.award}|${m.level}|${m.tier}`);
    expect(names("授予某公司杭州市人民政府质量管理创新奖")).toEqual(["杭州市人民政府质量管理创新奖|municipal|winner"]);
    expect(names("获得上海市质量管理奖")).toEqual(["上海市质量管理奖|provincial|winner"]);
    expect(names("北京市人民政府质量管理奖正奖")).toEqual(["北京市人民政府质量管理奖|provincial|winner"]);
    expect(names("重庆市市长质量管理奖提名奖")).toEqual(["重庆市市长质量管理奖|provincial|nominee"]);
    // A bare 质量奖 without office or region is a common noun.
    expect(names("本届质量奖还评选出提名奖")).toEqual([]);
    // 品质 is 质量 only in Traditional text.
    expect(names("某市人民政府品质奖")).toEqual([]);
    expect(tierOfWord("正奖")).toBe("winner");
    expect(TIER_WORDS.map(([w]) => w)).toContain("入围奖");
  });

  it("names a Traditional notice's 品質獎 as the mainland 质量奖 and dates an edition by the page's publication date", () => {
    const { awards } = extract("sanmen-traditional.txt");
    expect(rows(awards)).toEqual([
      "三门县海润水产有限公司|organization||三门县人民政府质量奖|2022|3|winner|",
      "三门县青屿船舶修造有限公司|organization||三门县人民政府质量奖|2022|3|winner|",
    ]);
    expect(awards[0].stated_total).toEqual({ count: 2, of: "组织" });
  });
});

describe("scope rules", () => {
  it("grant clauses: the heading's year (not a cited title's), each grant its own award", () => {
    const { awards } = extract("linhai-grant-clauses.txt");
    expect(rows(awards)).toEqual([
      "临海明远光电股份有限公司|organization||临海市人民政府质量奖|2024||winner|",
      "临海松岩机械有限公司|organization||临海市人民政府质量管理创新奖|2024||winner|",
      "浙江青禾食品有限公司|organization||临海市人民政府质量奖|2024||winner|",
    ]);
  });

  it("a verbless clause after a grant is granted by the same verb, with its own stated total", () => {
    const { awards } = extract("zhoushan-continuation.txt");
    expect(rows(awards)).toEqual([
      "舟山东湖纺织有限公司|organization||舟山市市长质量管理奖|2023|3|nominee|",
      "舟山北辰电子有限公司|organization||舟山市市长质量管理奖|2023|3|winner|",
      "舟山南岭制药有限公司|organization||舟山市市长质量管理奖|2023|3|nominee|",
      "舟山西岸建材有限公司|organization||舟山市市长质量管理奖|2023|3|nominee|",
      "舟山远航船舶有限公司|organization||舟山市市长质量管理奖|2023|3|winner|",
    ]);
    expect(awards.find((f) => f.tier === "nominee")!.stated_total).toEqual({ count: 3, of: "企业" });
  });

  it("receive clauses with counted groups of organisations and persons (titles joined by 、)", () => {
    const { awards } = extract("wenling-groups.txt");
    expect(rows(awards)).toEqual([
      "吴海涛|person|温岭东方工具有限公司|温岭市市长质量奖||5|nominee|",
      "周立群|person|温岭海滨鞋业有限公司|温岭市市长质量奖||5|winner|",
      "温岭星光阀门有限公司|organization||温岭市市长质量奖||5|nominee|",
      "温岭江海泵业有限公司|organization||温岭市市长质量奖||5|winner|",
      "温岭红日电机有限公司|organization||温岭市市长质量奖||5|winner|",
    ]);
    expect(awards.find((f) => f.recipient === "周立群")!.stated_total).toEqual({ count: 3, of: "组织和个人" });
  });

  it("introduced lists: 包括： in the sentence, and one name per line under a line that ends with the introducer", () => {
    const { awards } = extract("yuhuan-introduced.txt");
    expect(rows(awards)).toEqual([
      "林晓燕|person|玉环银湾水暖有限公司|玉环市市长质量奖||4|winner|",
      "玉环蓝海眼镜有限公司|organization||玉环市市长质量奖||4|nominee|",
      "玉环金港汽配有限公司|organization||玉环市市长质量奖||4|winner|",
      "玉环银湾水暖有限公司|organization||玉环市市长质量奖||4|winner|",
      "玉环青松阀门有限公司|organization||玉环市市长质量奖||4|nominee|",
      "陈思远|person|玉环金港汽配有限公司|玉环市市长质量奖||4|winner|",
    ]);
  });

  it("year-labelled lines under a list title take the heading's award; a place after the name is not part of it", () => {
    const { awards } = extract("xianju-history.txt");
    expect(rows(awards)).toEqual([
      "仙居永安溪食品有限公司|organization||仙居县县长质量奖|2018||winner|",
      "仙居白塔工艺品有限公司|organization||仙居县县长质量奖|2017||winner|",
      "仙居神仙居旅游有限公司|organization||仙居县县长质量奖|2017||winner|",
      "仙居绿谷药业有限公司|organization||仙居县县长质量奖|2020||winner|",
    ]);
  });

  it("news that names sections of the award before the introducer: 组织奖分别是：, 个人奖包括：, 提名奖获奖组织有：", () => {
    const { awards } = extract("yiwu-sections-news.txt");
    expect(rows(awards)).toEqual([
      "义乌华川织带有限公司|organization||义乌市市长质量奖||10|winner|",
      "义乌稠州袜业有限公司|organization||义乌市市长质量奖||10|nominee|",
      "义乌青岩刻印有限公司|organization||义乌市市长质量奖||10|winner|",
      "张承志|person|义乌双江湖电器有限公司|义乌市市长质量奖||10|winner|",
      "李梦溪|person|义乌佛堂古镇酒业有限公司|义乌市市长质量奖||10|winner|",
    ]);
    expect(awards.find((f) => f.recipient === "张承志")!.category).toBe("个人");
  });

  it("授予以下N家企业“某奖”称号： opens the numbered lines below, with N as the stated total", () => {
    const { awards } = extract("jinhua-following-lines.txt");
    expect(rows(awards)).toEqual([
      "义乌稠江饰品有限公司|organization||金华市市长质量奖|2023||winner|",
      "永康方岩五金有限公司|organization||金华市市长质量奖|2023||winner|",
      "金华双龙电机有限公司|organization||金华市市长质量奖|2023||winner|",
    ]);
    expect(awards.every((f) => f.stated_total?.count === 3)).toBe(true);
  });

  it("header-scoped lists keep their award under unnumbered section labels (再次获奖组织, 大中型企业, 服务业) and 组织类/个人类", () => {
    const { awards } = extract("hunan-nested-subheaders.txt");
    expect(rows(awards)).toEqual([
      "刘湘云|person|浏阳花炮集团有限公司|湖南省省长质量奖|2024|9|nominee|",
      "岳麓电气股份有限公司|organization||湖南省省长质量奖|2024|9|winner|",
      "橘洲物流有限公司|organization||湖南省省长质量奖|2024|9|winner|",
      "洞庭渔业集团有限公司|organization||湖南省省长质量奖|2024|9|winner|",
      "湘江重型机械有限公司|organization||湖南省省长质量奖|2024|9|winner|",
      "衡山精密仪器有限公司|organization||湖南省省长质量奖|2024|9|winner|",
      "雪峰茶业有限公司|organization||湖南省省长质量奖|2024|9|nominee|",
      "韶峰水泥有限公司|organization||湖南省省长质量奖|2024|9|nominee|",
    ]);
    expect(awards.find((f) => f.recipient === "橘洲物流有限公司")).toMatchObject({
      category: "服务业",
      stated_total: { count: 5, of: null },
    });
  });

  it("grades inside a category (经济类金奖：…) under a title that names the award and its year", () => {
    const { awards } = extract("jiangbei-economic-grades.txt");
    expect(rows(awards)).toEqual([
      "江北云帆软件有限公司|organization||江北区区长质量奖|2022||silver|",
      "江北恒远汽车零部件有限公司|organization||江北区区长质量奖|2022||gold|",
      "江北星河智能装备有限公司|organization||江北区区长质量奖|2022||silver|",
      "江北绿源农业发展有限公司|organization||江北区区长质量奖|2022||bronze|",
    ]);
  });

  it("确定…为…获奖初选企业 designates proposed winners", () => {
    const { awards } = extract("taizhou-candidates.txt");
    expect(rows(awards)).toEqual([
      "台州钱江摩托车有限公司|organization||浙江省政府质量奖|2019||winner|proposed",
      "台州飞跃缝纫机有限公司|organization||浙江省政府质量奖|2019||winner|proposed",
    ]);
  });
});

describe("warnings instead of silent guesses", () => {
  it("reports a piece of a grant it cannot read and a count that differs from the names", () => {
    const text =
      "温州市人民政府关于第六届温州市市长质量奖的决定\n\n市政府决定，授予温州瓯江阀门有限公司、温州雁荡山茶业有限公司、全面提升的质量水平等5家企业第六届温州市市长质量奖。";
    const { awards, warnings } = extract(text, true);
    expect(awards.map((f) => f.recipient).sort()).toEqual(["温州瓯江阀门有限公司", "温州雁荡山茶业有限公司"]);
    expect(warnings.map((w) => w.code).sort()).toEqual(["count_mismatch", "unread_recipient"]);
    expect(warnings.every((w) => w.evidence && text.includes(w.evidence.text))).toBe(true);
  });
});

describe("enumeration reader", () => {
  const ctx = context("某市通报。");
  const span = (text: string) => ({ start: 0, end: text.length, text });
  const read = (text: string) => readEnumeration(ctx, span(text), 0, text, "any");

  it("splits groups at their counts and reports pieces it cannot read", () => {
    const r = read("甲乙丙有限公司、丁戊己有限公司2家企业，庚辛壬股份有限公司董事长、总经理李明1名个人")!;
    expect(r.recipients.map((x) => `${x.name}|${x.type}|${x.affiliation ?? ""}`)).toEqual([
      "甲乙丙有限公司|organization|",
      "丁戊己有限公司|organization|",
      "李明|person|庚辛壬股份有限公司",
    ]);
    expect(r.counts.map((c) => `${c.count}${c.of}/${c.named}`)).toEqual(["2企业/2", "1个人/1"]);
    expect(read("甲乙丙有限公司、全面提升的质量水平")!.unread).toEqual(["全面提升的质量水平"]);
  });

  it("refuses aggregates: a count with no names, a region before a count", () => {
    expect(read("全市共有28家企业")?.recipients.length ?? 0).toBe(0);
    expect(read("我区5家企业")?.recipients.length ?? 0).toBe(0);
  });
});

describe("years", () => {
  it("blanks cited titles and document numbers, and finds a page's publication date", () => {
    expect(blankCitations("根据《某办法(2022年修订)》(某政发〔2016〕14号)授予")).not.toMatch(/20\d\d/);
    expect(publicationYear("某某新闻\n发布时间：2023-08-10  来源：某报\n正文")).toBe(2023);
    expect(publicationYear("标题\n28.03.2016  12:41\n正文")).toBe(2016);
    expect(publicationYear("标题\n正文没有日期。")).toBeNull();
  });
});

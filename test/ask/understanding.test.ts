// How questions are understood: spelling variants, time words, tiers, kinds of recipient, short
// names, ambiguity and things the graph does not know.
import { describe, expect, it } from "vitest";
import { ask } from "./helpers.js";

describe("spelling", () => {
  it("reads Traditional characters and full-width digits as their Simplified, half-width forms", async () => {
    const simplified = await ask("2021年哪些企业获得了常州市市长质量奖?");
    const traditional = await ask("２０２１年哪些企業獲得了常州市市長質量獎？");
    expect(traditional.answer).toEqual(simplified.answer);
    expect(traditional.interpretation.slots.year).toBe(2021);
  });

  it("matches names with or without quotes and title marks", async () => {
    const a = await ask("常州有哪些企业获得了“全国质量标杆”称号?");
    const b = await ask("常州有哪些企业获得了全国质量标杆称号?");
    expect(b.answer).toEqual(a.answer);
  });

  it("accepts an award written with the region's short name or without its region", async () => {
    expect((await ask("2021年哪些企业获得了常州市长质量奖?")).answer).toHaveLength(5);
    expect((await ask("星宇车灯获得过省长质量奖吗?")).answer).toBe(true);
  });
});

describe("time", () => {
  it("reads 以后 as after the year and 以来 as from it", async () => {
    const after = await ask("2018年以后哪些企业获得过江苏省省长质量奖?");
    expect(after.interpretation.slots.year_from).toBe(2019);
    expect(after.answer).toEqual(expect.arrayContaining(["江苏龙城精锻集团有限公司", "新誉集团有限公司"]));
    expect(after.answer).not.toContain("常州星宇车灯股份有限公司");
    const since = await ask("2018年以来哪些企业获得过江苏省省长质量奖?");
    expect(since.answer).toContain("常州星宇车灯股份有限公司");
  });

  it("counts 近三年 back from the newest year in the graph, not from today", async () => {
    const r = await ask("近三年哪些企业获得过江苏省省长质量奖?");
    // The gold graph's newest year is 2023, so 2021–2023.
    expect(r.interpretation.slots.year_from).toBe(2021);
    expect(r.answer).toEqual(["江苏龙城精锻集团有限公司"]);
  });

  it("reads 第七届 as an edition", async () => {
    const r = await ask("第七届湖南省省长质量奖株洲有哪些企业获奖?");
    expect(r.interpretation.slots.edition).toBe(7);
  });

  it("does not invent a year the documents do not state", async () => {
    const r = await ask("第七届湖南省省长质量奖是哪一年揭晓的?");
    expect(r.answer).toEqual([]);
  });
});

describe("tiers and recipients", () => {
  it("leaves nominations out unless asked, and writes them with 提名奖", async () => {
    const winners = await ask("2021年哪些单位获得了常州市市长质量奖?");
    expect(winners.answer).not.toContain("正信光电科技股份有限公司");
    const nominees = await ask("2021年常州市市长质量奖提名奖有哪些单位?");
    expect(nominees.answer).toContain("正信光电科技股份有限公司");
    const record = await ask("正信光电科技股份有限公司获得过哪些荣誉?");
    expect(record.answer).toContain("常州市市长质量奖提名奖");
  });

  it("leaves persons out of 企业 and keeps them for 单位和个人", async () => {
    const firms = await ask("2021年常州市市长质量奖提名奖有几家企业?");
    const all = await ask("2021年常州市市长质量奖提名奖共有多少个获奖单位和个人?");
    expect(firms.answer).toBe(8);
    expect(all.answer).toBe(9);
  });

  it("answers a person's record", async () => {
    const r = await ask("丁山华获得过什么奖?");
    expect(r.answer).toEqual(["江苏省省长质量奖提名奖"]);
  });

  it("resolves a short name to the one organisation it fits", async () => {
    const r = await ask("星宇车灯获得过市长质量奖吗?");
    expect(r.interpretation.slots.entity).toEqual(["常州星宇车灯股份有限公司"]);
    // The mayor's award went to its chairwoman, not to the firm.
    expect(r.answer).toBe(false);
  });

  it("lists the candidates when a short name fits several organisations", async () => {
    const r = await ask("中车株洲获得过哪些奖?");
    expect(r.interpretation.intent).toBe("ambiguous");
    expect(r.answer).toEqual([]);
    expect(r.interpretation.slots.candidates).toEqual(expect.arrayContaining(["中车株洲电力机车有限公司", "中车株洲电机有限公司"]));
    expect(r.suggestions.length).toBeGreaterThan(1);
  });
});

describe("what the graph cannot answer", () => {
  it("answers [] for a recipient it does not know instead of listing everyone", async () => {
    for (const q of ["华为获得过哪些质量奖?", "华为获得过中国质量奖吗?", "张三获得过几次中国质量奖?"]) {
      const r = await ask(q);
      expect(r.answer, q).toEqual([]);
      expect(r.suggestions.length, q).toBeGreaterThan(0);
    }
  });

  it("answers no, saying why, when a full organisation name has no record at all", async () => {
    const r = await ask("华为技术有限公司获得过中国质量奖吗?");
    expect(r.answer).toBe(false);
    expect(r.interpretation.text).toContain("图中没有华为技术有限公司");
  });

  it("answers [] with suggestions for a question about nothing in the graph", async () => {
    const r = await ask("今天天气怎么样?");
    expect(r.interpretation.intent).toBe("unknown");
    expect(r.answer).toEqual([]);
    expect(r.suggestions.length).toBeGreaterThan(0);
  });

  it("gives a count from the documents' own total where they state one", async () => {
    const r = await ask("第七届湖南省省长质量奖全省共有多少家组织获奖?");
    expect(r.answer).toBe(7);
    expect(r.items[0].evidence[0].text).toContain("7家组织");
  });
});

describe("policies and targets", () => {
  it("says whether a stated figure reached a policy's target", async () => {
    const r = await ask("常州2021年的工业产品抽检合格率达到了《常州市进一步深化质量强市工作的决定》提出的95%目标吗?");
    expect(r.answer).toBe(false);
    expect(r.items.map((i) => i.value)).toEqual([95, 93.84]);
  });

  it("finds the policies that set a target for a metric", async () => {
    const r = await ask("哪些政策设定了工业产品监督抽查合格率的目标?");
    expect(r.answer).toEqual(["常州市进一步深化质量强市工作的决定"]);
    expect(r.items[0].note).toBeTruthy();
  });

  it("answers [] to a target question with nothing to refer to", async () => {
    const r = await ask("这个目标实现了吗?");
    expect(r.answer).toEqual([]);
  });
});

describe("more question shapes", () => {
  it("names an award by the end of its name (鲁班奖) and says when it knows no such award", async () => {
    expect((await ask("常州哪个工程获得了鲁班奖?")).answer).toEqual(["常州市轨道交通工程控制中心及综合管理用房工程"]);
    const unknown = await ask("哪些工程获得过詹天佑奖?");
    expect(unknown.answer).toEqual([]);
    expect(unknown.interpretation.text).toContain("詹天佑奖");
    // A count of an award named by its ending takes a total the documents state under that ending.
    expect((await ask("株洲获得过几个鲁班奖?")).answer).toBe(4);
  });

  it("reads 哪个奖 as asking for an award, not as an award's name", async () => {
    const r = await ask("江苏上上电缆集团有限公司获得过哪个奖?");
    expect(r.interpretation.intent).toBe("entity_awards");
    expect(r.answer).toEqual(expect.arrayContaining(["全国质量标杆", "中国质量奖提名奖"]));
  });

  it("reads a base award name asked about a place as that place's award", async () => {
    // The graph has no 株洲市市长质量奖 winners named, only a stated total.
    expect((await ask("株洲有几家企业获得过市长质量奖?")).answer).toEqual([]);
    expect((await ask("株洲有多少个市长质量奖?")).answer).toBe(18);
    expect((await ask("2021年株洲市市长质量奖有哪些获奖企业?")).answer).toEqual([]);
  });

  it("answers an edition question with the edition", async () => {
    expect((await ask("中车株洲电力机车有限公司获得的是第几届中国质量奖提名奖?")).answer).toBe(3);
  });

  it("answers a ranking question with the rank, and a value question with the value", async () => {
    expect((await ask("株洲累计主导和参与制修订国际标准居全省第几?")).answer).toBe(1);
    expect((await ask("株洲累计主导和参与制修订了多少项国际标准?")).answer).toBe(139);
  });

  it("compares a reported figure with a number in a yes/no question", async () => {
    expect((await ask("2021年株洲市消费品质量合格率超过90%了吗?")).answer).toBe(true);
    expect((await ask("2021年株洲市消费品质量合格率达到95%了吗?")).answer).toBe(false);
  });

  it("lists a region's policies and a policy's year, without inventing one", async () => {
    expect((await ask("武进区有哪些政策文件?")).answer).toEqual(
      expect.arrayContaining(["关于加快打造新能源之都首位区的实施意见", "武进区市场监管局“智汇新能源”行动方案"]),
    );
    expect((await ask("《质量强国建设纲要》是哪一年印发的?")).answer).toBe(2023);
    expect((await ask("《常州市质量工作考核办法》是哪一年出台的?")).answer).toEqual([]);
  });

  it("reads a goal question without a policy title", async () => {
    expect((await ask("到2020年常州高新技术企业要达到多少家?")).answer).toBe(1300);
  });

  it("treats a fragment shared by several names as ambiguous", async () => {
    const r = await ask("中车获得过哪些奖?");
    expect(r.interpretation.intent).toBe("ambiguous");
    expect(r.suggestions.length).toBeGreaterThanOrEqual(3);
  });

  it("answers [] for a place the graph does not know", async () => {
    const r = await ask("北京有哪些企业获得过中国质量奖?");
    expect(r.answer).toEqual([]);
    expect(r.interpretation.text).toContain("北京");
  });
});

import { describe, expect, it } from "vitest";
import { findAwardMentions } from "../../../ingest/extract/awards/award-names.js";
import { context, extract, keys } from "./prepare-fixture.js";

// Invented news items: a grade written alone after its programme, a year given by the event an
// earlier sentence reports, a holder named in passing, and a programme's separately named award.
const CREDIT_NEWS = [
  "某市企业获评质量信用等级",
  "发布时间：2016-05-10",
  "泰州市市场监管局近日公布了2015年质量信用企业名单。在新评出的质量信用AAA级企业中，泰州海川船舶配件有限公司名列其中。",
  "2014年，海川船舶、江华化纤这2家企业取得了AA级荣誉。至此，我市共有AA级企业5家。",
].join("\n");

describe("awards that refer back to something named earlier", () => {
  it("reads a grade written alone as a grade of the credit programme the document named", () => {
    const { awards } = extract(CREDIT_NEWS, true);
    expect(keys(awards)).toContain("泰州海川船舶配件有限公司|江苏省质量信用AA级|2014|other");
    expect(keys(awards)).toContain("江华化纤|江苏省质量信用AA级|2014|other");
  });

  it("dates an undated grade by the list an earlier sentence of the paragraph announces", () => {
    const { awards } = extract(CREDIT_NEWS, true);
    expect(keys(awards)).toContain("泰州海川船舶配件有限公司|江苏省质量信用AAA级|2015|other");
  });

  it("takes no grade alone when the document names no grading programme, and no rank for a title", () => {
    expect(keys(extract("2014年，远航船舶取得了AA级荣誉。", true).awards)).toEqual([]);
    const head = extract("泰州海川船舶配件有限公司获评省质量信用最高级企业\n2015年质量信用AAA级企业名单公布。", true).awards;
    expect(head.filter((f) => /最高/.test(f.award))).toEqual([]);
  });

  it("gives a holder named in passing the year of the round the report covers", () => {
    const text = [
      "今天，2019年江宁区政府质量奖颁奖仪式举行，南京秦淮云计算有限公司等2家组织荣获江宁区区长质量奖。",
      "会上，江宁区区长质量奖获得者南京钟山医院院长刘明远介绍了经验。",
    ].join("\n");
    const { awards } = extract(text, true);
    expect(keys(awards)).toContain("刘明远|江宁区区长质量奖|2019|winner");
  });

  it("keeps a programme's separately named project award as its own award, not a tier of the main one", () => {
    const ctx = context("某市质量工作会议召开。");
    const m = findAwardMentions("荣获第十届全国质量奖卓越项目奖", ctx);
    expect(m.map((x) => [x.award, x.tier])).toEqual([["全国质量奖卓越项目奖", "winner"]]);
    expect(findAwardMentions("荣获全国质量奖入围奖", ctx).map((x) => [x.award, x.tier])).toEqual([["全国质量奖", "other"]]);
  });
});

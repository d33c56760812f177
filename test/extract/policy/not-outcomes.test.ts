import { describe, expect, it } from "vitest";
import { notAnOutcome } from "../../../ingest/extract/policy/not-outcomes.js";
import { extract } from "./prepare-fixture.js";

const clause = (sentence: string, clause = sentence, units: Array<string | null> = ["家"]) =>
  notAnOutcome({ sentence, clause, units, policyDoc: false, national: false });

describe("figures that are not outcomes", () => {
  it("recognises a programme's terms and offers reported in news", () => {
    expect(clause("对获得中国质量奖的企业给予200万元奖励", undefined, ["万元"])).toBe(true);
    expect(clause("每届市长质量奖评选名额不超过10个", undefined, ["个"])).toBe(true);
    expect(clause("全市共兑现各类质量奖励资金3860万元", undefined, ["万元"])).toBe(false);
  });

  it("recognises a notice's procedure, proposals, audiences and year-on-year changes", () => {
    expect(clause("公示期为7个工作日", undefined, ["个"])).toBe(true);
    expect(clause("拟授予8家组织市政府质量奖")).toBe(true);
    expect(clause("参与群众2万余人次", undefined, ["万人次"])).toBe(true);
    expect(clause("比上年增长7.2%", undefined, ["%"])).toBe(true);
  });

  it("tells one firm's results from a population's", () => {
    expect(clause("某某科技股份有限公司全年实现营业收入52亿元", "全年实现营业收入52亿元", ["亿元"])).toBe(true);
    expect(clause("规上工业企业研发投入占营业收入比重达到2.3%", undefined, ["%"])).toBe(false);
  });

  it("skips a firm profile written with 公司 as the subject, but not a population of firms", () => {
    const text =
      "2023年是攻坚之年。\n\n某某机械有限公司是行业龙头。2022年，公司全年实现出口交货值8亿元，公司累计获得授权发明专利56件。\n\n全市上市公司累计达到18家。\n\n全市有效专利拥有量达到1.2万件。";
    const { observations } = extract(text, true);
    expect(observations.map((o) => o.value)).toEqual([18, 1.2]);
  });

  it("keeps a policy news text's outcomes while dropping its rules", () => {
    const text =
      "2022年是攻坚之年。\n\n我市出台质量强市若干措施，对获得省政府质量奖的企业奖励100万元。2022年，全市共兑现各类质量奖励资金2150万元。";
    const { observations } = extract(text, true);
    expect(observations.map((o) => [o.metric, o.value])).toEqual([["兑现各类质量奖励资金", 2150]]);
  });
});

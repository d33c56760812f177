// A part of a list named by its heading: the heading words of a question, the heading lines of a
// notice, and the recipients kept. The notice is our own, laid out as award notices are.
import { describe, expect, it } from "vitest";
import { headingWord, inSubList, sectionUnder, subListWord } from "../../graph/ask/sub-list.js";
import type { AwardFact } from "../../graph/types.js";

const NOTICE = [
  "决定授予甲乙机械有限公司等2家首次申报企业和丙丁食品有限公司等1家复审企业为“某市质量管理奖”。",
  "(以下为首次申报企业)",
  "1",
  "甲乙机械有限公司(制造业)",
  "2",
  "戊己软件有限公司(服务业)",
  "(以下为复审企业)",
  "1",
  "丙丁食品有限公司",
].join("\n");

const fact = (recipient: string, doc = "n1"): AwardFact =>
  ({
    id: recipient,
    doc,
    kind: "award",
    recipient,
    recipient_type: "organization",
    award: "某市质量管理奖",
    tier: "winner",
    evidence: [],
  }) as unknown as AwardFact;

describe("sub-lists", () => {
  it("reads the heading word a question gives its recipients", () => {
    expect(subListWord("|的首次申报获奖企业有哪些?")).toBe("首次申报");
    expect(subListWord("|复审企业有哪些?")).toBe("复审");
    // question words, places and statuses are not headings
    expect(subListWord("|哪些企业获得了|?")).toBeNull();
    expect(subListWord("|的拟获奖企业有哪些?")).toBeNull();
  });

  it("reads heading lines and the section under one", () => {
    expect(headingWord("(以下为首次申报企业)")).toBe("首次申报");
    expect(headingWord("二、复审单位")).toBe("复审");
    expect(headingWord("甲乙机械有限公司(制造业)")).toBeNull();
    expect(sectionUnder(NOTICE, "首次申报")).toContain("戊己软件有限公司");
    expect(sectionUnder(NOTICE, "首次申报")).not.toContain("丙丁食品有限公司");
    expect(sectionUnder(NOTICE, "新增")).toBeNull();
  });

  it("keeps the recipients under the heading or heading the group's sentence", () => {
    const facts = ["甲乙机械有限公司", "戊己软件有限公司", "丙丁食品有限公司"].map((n) => fact(n));
    const texts = new Map([["n1", NOTICE]]);
    expect(inSubList(facts, texts, "首次申报").facts.map((f) => f.recipient)).toEqual(["甲乙机械有限公司", "戊己软件有限公司"]);
    expect(inSubList(facts, texts, "复审").facts.map((f) => f.recipient)).toEqual(["丙丁食品有限公司"]);
    // only the sentence names the group: its head is kept
    const sentenceOnly = new Map([["n1", NOTICE.split("\n")[0]]]);
    expect(inSubList(facts, sentenceOnly, "复审").facts.map((f) => f.recipient)).toEqual(["丙丁食品有限公司"]);
    // no such heading: the list stays whole and says so
    expect(inSubList(facts, texts, "新增")).toEqual({ facts, found: false });
  });
});

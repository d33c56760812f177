import { describe, expect, it } from "vitest";
import { namedCounts, toGoldRecord } from "../../graph/gold-format.js";
import type { AwardFact, Fact } from "../../graph/types.js";
import { extract } from "./awards/prepare-fixture.js";

// `qkg facts` prints a grant's stated total beside the number of recipients the document names.
describe("gold records of awards with a stated total", () => {
  const text =
    "关于授予某市市长质量奖的决定\n经评审，市政府决定授予常州明远光电有限公司、常州青禾食品有限公司等5家企业2022年度常州市市长质量奖。";

  it("prints stated_total with the named count, and the scorers' keys unchanged", () => {
    const awards = extract(text, true).awards.map((f, i) => ({
      ...f,
      id: `a${i}`,
      evidence: f.evidence.map((e) => ({ ...e, text: "" })),
    })) as unknown as Fact[];
    expect(awards.length).toBe(2);
    const named = namedCounts(awards);
    const records = awards.map((f) => toGoldRecord(f, named.get(f)));
    for (const r of records) expect(r.stated_total).toEqual({ count: 5, of: "企业", named: 2 });
    expect(Object.keys(records[0]).slice(0, 13)).toEqual([
      "doc",
      "kind",
      "recipient",
      "recipient_type",
      "affiliation",
      "award",
      "level",
      "region",
      "year",
      "edition",
      "tier",
      "category",
      "stated_total",
    ]);
  });

  it("prints no stated_total when the text states none", () => {
    const f = extract("2022年，常州明远光电有限公司荣获常州市市长质量奖。", true).awards[0] as AwardFact;
    const rec = toGoldRecord({ ...f, id: "x", evidence: [] } as unknown as Fact);
    expect(rec).not.toHaveProperty("stated_total");
  });
});

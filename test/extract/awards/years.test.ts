import { describe, expect, it } from "vitest";
import { cnNumber, dateLineYear, findEditions, findParenYears, findYears, isDeadlineYear } from "../../../ingest/extract/awards/years.js";

describe("years and editions", () => {
  it("reads Chinese numerals used for editions", () => {
    expect(cnNumber("七")).toBe(7);
    expect(cnNumber("十二")).toBe(12);
    expect(cnNumber("二十三")).toBe(23);
    expect(cnNumber("15")).toBe(15);
    expect(cnNumber("届")).toBeNull();
  });

  it("reads 第N届 and counts 首届/首批 as the first edition", () => {
    expect(findEditions("第十二届某市市长质量奖").map((e) => e.edition)).toEqual([12]);
    expect(findEditions("首批“江苏精品”").map((e) => e.edition)).toEqual([1]);
    expect(findEditions("首届质量大会").map((e) => e.edition)).toEqual([1]);
    expect(findEditions("连续三届获得")).toEqual([]);
  });

  it("gives a multi-year label's last year and keeps the label", () => {
    const [y] = findYears("获得2019—2021年度某市市长质量奖");
    expect(y.year).toBe(2021);
    expect(y.label).toBe("2019—2021年度");
    expect(findYears("2020年度").map((x) => x.year)).toEqual([2020]);
  });

  it("reads every year of a parenthesis that holds only years", () => {
    expect(findParenYears("某某有限公司(2013年、2016年、2019年)")[0].years).toEqual([2013, 2016, 2019]);
    expect(findParenYears("某某有限公司(2019、2020年)")[0].years).toEqual([2019, 2020]);
    const range = findParenYears("某某有限公司(2015-2017年度)")[0];
    expect(range.years).toEqual([2017]);
    expect(range.label).toBe("2015-2017年度");
    expect(findParenYears("某某有限公司(原某某厂)")).toEqual([]);
  });

  it("tells a deadline from an award year", () => {
    const t = "到2025年底";
    const [y] = findYears(t);
    expect(isDeadlineYear(t, y.start, y.end)).toBe(true);
  });

  it("takes the year of a closing date line, not of dates in the text", () => {
    expect(dateLineYear("2020年3月5日召开会议。\n某市人民政府\n2021年12月20日")).toBe(2021);
    expect(dateLineYear("2021年3月5日召开会议。")).toBeNull();
  });
});

import { expect, it } from "vitest";
import { parseChineseNumber } from "../../graph/chinese-numerals.js";

it("reads Chinese numerals as editions, counts and round amounts write them", () => {
  expect(["七", "十", "十二", "二十三", "一百零五", "两百", "三千", "〇", "42"].map(parseChineseNumber)).toEqual([
    7, 10, 12, 23, 105, 200, 3000, 0, 42,
  ]);
  expect(parseChineseNumber("第七")).toBeNull();
  expect(parseChineseNumber("")).toBeNull();
});

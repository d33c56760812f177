// Chinese numerals as notices and questions write them (第七届, 十二, 二十三, 一百零五, 三千).
// Pure: shared by ingest (editions, list counts) and the worker (questions).

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 七 → 7, 十二 → 12, 二十三 → 23, 一百零五 → 105, 三千 → 3000, "12" → 12; null when not a number. */
export function parseChineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(s)) return null;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    const unit = UNIT[ch];
    if (unit) {
      total += (digit || 1) * unit;
      digit = 0;
    } else digit = DIGIT[ch];
  }
  return total + digit;
}

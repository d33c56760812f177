// Years, year ranges, editions and Chinese numerals as questions write them.
import { parseChineseNumber } from "../chinese-numerals.js";

export interface TimeSlots {
  year: number | null;
  yearFrom: number | null;
  yearTo: number | null;
  edition: number | null;
  /** Every edition named, in order (第七届和第八届 → [7, 8]). */
  editions: number[];
  /** Spans of the question (in its match key) that were read as time, so nothing else reads them. */
  spans: Array<{ start: number; end: number; year?: number; edition?: number }>;
  /** Words that said how the years were read (近三年, 以后 …), for the interpretation. */
  notes: string[];
}

/** A number as questions and documents write it: digits or Chinese numerals (七, 十二, 〇). */
export const NUM = "[0-9零〇一二两三四五六七八九十百千]+";
const YEAR = "((?:19|20)\\d{2})";

/**
 * Reads time from a question. `newestYear` is the newest year in the graph, what 近三年 and 今年
 * are relative to (the graph, not the clock: a snapshot answers about its documents).
 */
export function parseTime(key: string, newestYear: number | null): TimeSlots {
  const t: TimeSlots = { year: null, yearFrom: null, yearTo: null, edition: null, editions: [], spans: [], notes: [] };
  const taken = (s: number, e: number) => t.spans.some((x) => s < x.end && e > x.start);
  const take = (m: RegExpExecArray, extra: { year?: number; edition?: number } = {}) =>
    t.spans.push({ start: m.index, end: m.index + m[0].length, ...extra });

  for (const m of key.matchAll(new RegExp(`${YEAR}年?(?:[-—–~～至到])${YEAR}年?(?:年度)?`, "g"))) {
    t.yearFrom = Number(m[1]);
    t.yearTo = Number(m[2]);
    take(m as RegExpExecArray);
    t.notes.push(`${m[1]}—${m[2]}年`);
  }
  for (const m of key.matchAll(new RegExp(`(截至|截止到?|到)?${YEAR}年(底|末)?(以来|以后|之后|起|开始|至今|以前|之前|前|为止)?`, "g"))) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const y = Number(m[2]);
    const before = m[1];
    const after = m[4];
    if (before && before !== "到") {
      t.yearTo = y;
      t.notes.push(`截至${y}年`);
    } else if (after === "以来" || after === "起" || after === "开始" || after === "至今") {
      t.yearFrom = y;
      t.notes.push(`${y}年及以后`);
    } else if (after === "以后" || after === "之后") {
      t.yearFrom = y + 1;
      t.notes.push(`${y}年以后（不含${y}年）`);
    } else if (after === "以前" || after === "之前" || after === "前") {
      t.yearTo = y - 1;
      t.notes.push(`${y}年以前（不含${y}年）`);
    } else if (after === "为止") {
      t.yearTo = y;
      t.notes.push(`截至${y}年`);
    } else if (t.year == null) t.year = y;
    take(m as RegExpExecArray, { year: y });
  }
  const recent = new RegExp(`(?:近|最近|过去)(${NUM})年`).exec(key);
  if (recent && newestYear != null) {
    const n = parseChineseNumber(recent[1]);
    if (n && n > 0 && n < 100) {
      t.yearFrom = newestYear - n + 1;
      t.yearTo = newestYear;
      take(recent);
      t.notes.push(`近${n}年（按图中最新年份${newestYear}年计，${t.yearFrom}—${newestYear}年）`);
    }
  }
  const rel = /(今年|去年|前年)/.exec(key);
  if (rel && newestYear != null && t.year == null) {
    t.year = newestYear - { 今年: 0, 去年: 1, 前年: 2 }[rel[1] as "今年"];
    take(rel, { year: t.year });
    t.notes.push(`${rel[1]}（按图中最新年份计为${t.year}年）`);
  }
  for (const m of key.matchAll(new RegExp(`第(${NUM})(届|批)`, "g"))) {
    const n = parseChineseNumber(m[1]);
    if (n == null) continue;
    if (t.edition == null) t.edition = n;
    if (!t.editions.includes(n)) t.editions.push(n);
    take(m as RegExpExecArray, { edition: n });
  }
  for (const m of key.matchAll(/(首届|首批)/g)) {
    if (t.edition == null) t.edition = 1;
    if (!t.editions.includes(1)) t.editions.push(1);
    take(m as RegExpExecArray, { edition: 1 });
  }
  return t;
}

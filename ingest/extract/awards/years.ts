// Years, multi-year labels and editions as award notices write them. Pure string functions over
// normalised text (NFKC already folded full-width digits and brackets).
import { parseChineseNumber } from "../../../graph/chinese-numerals.js";

/** 七 → 7, 十二 → 12, 二十三 → 23, "12" → 12; null when it is not a number. */
export const cnNumber = parseChineseNumber;

export interface Edition {
  edition: number;
  start: number;
  end: number;
}

// 首届/首批 count as the first edition (gold convention); 第N批 is an edition of a certification.
const EDITION = /(?:第\s*([0-9]+|[零〇一二两三四五六七八九十百]+)\s*[届批]|首\s*[届批])/g;

/** Every 第N届 / 首届 / 首批 in `text`, offsets relative to `text`. */
export function findEditions(text: string): Edition[] {
  const out: Edition[] = [];
  for (const m of text.matchAll(EDITION)) {
    const n = m[1] === undefined ? 1 : cnNumber(m[1]);
    if (n != null && n > 0 && n < 200) out.push({ edition: n, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

export interface YearSpan {
  year: number;
  /** The multi-year label as written ("2015—2017年度") when the year is the last of a range. */
  label: string | null;
  start: number;
  end: number;
}

const RANGE = /((?:19|20)\d{2})\s*(?:年)?\s*[—–\-~～至到]+\s*((?:19|20)\d{2})\s*年(?:度)?/g;
const SINGLE = /((?:19|20)\d{2})\s*年(?:度)?/g;

/**
 * Years an award phrase names: "YYYY—YYYY年度" gives the last year with the label kept,
 * "YYYY年度" and "YYYY年" give that year. Ranges are found first so their years are not re-read.
 */
export function findYears(text: string): YearSpan[] {
  const out: YearSpan[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of text.matchAll(RANGE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b < a || b - a > 10) continue;
    out.push({ year: b, label: m[0], start: m.index!, end: m.index! + m[0].length });
    taken.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of text.matchAll(SINGLE)) {
    const s = m.index!;
    if (taken.some(([a, b]) => s >= a && s < b)) continue;
    out.push({ year: Number(m[1]), label: null, start: s, end: s + m[0].length });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** True when a year at `end` is a date or deadline rather than the award's year (2022年底, 到2025年). */
export function isDeadlineYear(text: string, start: number, end: number): boolean {
  return /^[底末前后内初]/.test(text.slice(end)) || /(?:到|至|截至|截止)\s*$/.test(text.slice(Math.max(0, start - 3), start));
}

export interface ParenYears {
  years: number[];
  label: string | null;
  start: number;
  end: number;
}

// "(2016年、2019年、2022年)", "(2019、2020年)", "(2015—2017年度)": a parenthesis holding only years.
const PAREN = /\(\s*((?:19|20)\d{2}[^()]{0,60}?)\)/g;

/** Parentheses that hold only years; each year is one award line (gold convention). */
export function findParenYears(text: string): ParenYears[] {
  const out: ParenYears[] = [];
  for (const m of text.matchAll(PAREN)) {
    const inner = m[1];
    if (!/^[\d\s年度、,，和及与—–\-~～至到]+$/.test(inner)) continue;
    const range = [...inner.matchAll(RANGE)];
    if (range.length === 1 && range[0][0].length >= inner.replace(/\s+$/, "").length - 1) {
      out.push({ years: [Number(range[0][2])], label: range[0][0], start: m.index!, end: m.index! + m[0].length });
      continue;
    }
    const years = [...inner.matchAll(/(?:19|20)\d{2}/g)].map((y) => Number(y[0]));
    if (years.length) out.push({ years, label: null, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

// A date line of its own at the end of a notice or decision: "2021年12月20日".
const DATE_LINE = /(?:^|\n)[ \t]*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t]*(?=\n|$)/g;

/** The year of the document's own decision/announcement date line (the last one), if any. */
export function dateLineYear(norm: string): number | null {
  let year: number | null = null;
  for (const m of norm.matchAll(DATE_LINE)) year = Number(m[1]);
  return year;
}

// A publication date in a page's header lines: "发布时间:2023-08-10", "来源:某日报 | 2023-02-21 13:59",
// "日期: 2022年11月24日", "28.03.2016 12:41". Only a labelled date, a date with a clock time or a
// date alone on its line counts (a date inside a sentence is an event's date, not the page's).
const PUBLISHED = [
  /(?:发布|发表|更新|成文|印发)?(?:日期|时间)\s*[:：]?\s*((?:19|20)\d{2})\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/,
  /((?:19|20)\d{2})\s*-\s*\d{1,2}\s*-\s*\d{1,2}(?:\s+\d{1,2}:\d{2})?/,
  /\b\d{1,2}\.\d{1,2}\.((?:19|20)\d{2})\s+\d{1,2}:\d{2}/,
];
const HEAD_LINES = 12;

/** The year of the date a page or notice was published, from its first lines; null when none. */
export function publicationYear(norm: string): number | null {
  const lines = norm
    .split("\n")
    .filter((l) => l.trim())
    .slice(0, HEAD_LINES);
  for (const line of lines) {
    const labelled = PUBLISHED[0].exec(line);
    if (labelled) return Number(labelled[1]);
    for (const re of PUBLISHED.slice(1)) {
      const m = re.exec(line);
      // A dash date is a page date only where no sentence runs around it (a header line).
      if (m && (line.trim().length <= 80 || /\d{1,2}:\d{2}/.test(m[0]))) return Number(m[1]);
    }
    const alone = /^\s*\(?\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\)?\s*$/.exec(line);
    if (alone) return Number(alone[1]);
  }
  // A 公示 dates itself by its period ("公示期自2023年12月7日至…"): the announcement's date.
  const period = /公示(?:期|时间|日期|期限)[^。]{0,8}?((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/.exec(norm);
  return period ? Number(period[1]) : null;
}

/**
 * The text with cited titles and their references blanked (same length): a year inside
 * 《…办法(2022年修订)》 or "(某政发〔2016〕14号)" dates the cited document, not the award.
 */
export function blankCitations(text: string): string {
  const blank = (s: string) => " ".repeat(s.length);
  return text
    .replace(/《[^《》]*》/g, blank)
    .replace(/\([^()]*(?:修订|修正|〔|\[|号)[^()]*\)/g, blank)
    .replace(/[\u4e00-\u9fff]{1,6}[〔[]\s*(?:19|20)\d{2}\s*[〕\]]\s*\d+\s*号/g, blank);
}

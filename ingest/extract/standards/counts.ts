// Counts of standards by level in one sentence: "国家标准12项", "3项团体标准", a count shared by a
// coordinated list ("国际、国家和行业标准50项以上") and counts given "respectively"
// ("国际、国家标准分别为4项、60项"). Offsets are into the sentence string.
import { parseChineseNumber } from "../../../graph/chinese-numerals.js";
import { DRAFTING_VERBS, LEVEL_STEMS } from "../../../graph/standard-vocabulary.js";
import type { StandardLevel } from "../../../graph/types.js";

export interface CountItem {
  start: number;
  end: number;
  /** Where the statement's own words begin (the count or the first level word): the drafting role is read before it. */
  levelStart: number;
  levels: StandardLevel[];
  count: number;
  comparator: ">=" | ">" | "=";
  /**
   * Where a region may be written before a local standard's level ("某省地方标准"): the span can
   * start early (the pattern cannot tell a verb from a place name), the caller keeps only a region
   * mention that ends where it ends. Null when none is written or the level is not local.
   */
  regionSpan: { start: number; end: number } | null;
}

const alt = (words: readonly string[]) => words.map((w) => w.replace(/[()]/g, "\\$&")).join("|");
const STEM = alt(LEVEL_STEMS.map(([w]) => w));
// Digits (with thousands separators: "1,200") or Chinese numerals.
const NUM = "(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+|[一二两三四五六七八九十百千]+)";
const toNumber = (written: string) => parseChineseNumber(written.replace(/,/g, ""));
const UNIT = "(?:项|个|件|只|部)";
// A field between the level and 标准 ("服务业", "农业"); never words that make it no count of standards.
const FIELD = "(?:(?!先进|水平|以上|及以上)[\\u4e00-\\u9fa5]){0,4}?";
// A region written before a local standard's level ("某省", "某市"; "省" alone for 省地方标准), and
// the field after it ("某市农业地方标准"): a field before the level only after a region.
const REGION = "(?:((?:[\\u4e00-\\u9fa5]{1,5}?(?:省|市|自治区))|省|市)(?:(?!先进|水平|以上|及以上)[\\u4e00-\\u9fa5]){0,4}?)?";
// 标准 that is not itself a count noun: 标准化, 标准体系, 标准创新(基地/贡献奖), 标准"领跑者", 标准件, 标准厂房.
const NOT_NOUN = '(?!化|体系|创新|领跑|“|"|引领|话语权|制定权|件|厂房)';
const NP = `((?:(?:${STEM})(?:标准)?(?:[、和及与或]|以及))*)${REGION}(${STEM})${FIELD}标准${NOT_NOUN}`;
const VERB_AFTER = `(?:${alt(DRAFTING_VERBS)})?(?:工作)?(?:数量|总数)?`;
const QUANTIFIER = "(共计?|合计|累计|达到?|为|超过|多于)?";

// Groups: 1 coordinated levels, 2 region, 3 last level, 4 quantifier, 5 各 (each), 6 count, 7 余/多, 8 以上.
const POST_COUNT = new RegExp(`${NP}${VERB_AFTER}${QUANTIFIER}(各)?(${NUM})(余|多)?${UNIT}(以上)?`, "g");
const PRE_COUNT = new RegExp(`(${NUM})(余|多)?${UNIT}${NP}`, "g");
const RESPECTIVELY = new RegExp(`${NP}${VERB_AFTER}分别(?:为|是|达到?)((?:${NUM}${UNIT}?[、,，和及]?){2,6})`, "g");

/** The levels a noun phrase names: its coordinated stems ("国际、国家和") and the stem before 标准. */
function levelsOf(list: string, last: string): StandardLevel[] {
  const stems = [...list.matchAll(new RegExp(STEM, "g"))].map((m) => m[0]).concat(last);
  const levels = stems.map((s) => LEVEL_STEMS.find(([w]) => w === s)![1]);
  return [...new Set(levels)];
}

function comparatorOf(quantifier: string, approx: string | undefined, above: string | undefined): ">=" | ">" | "=" {
  if (above) return ">=";
  if (approx || /超过|多于/.test(quantifier)) return ">";
  return "=";
}

function regionSpanOf(levels: StandardLevel[], start: number, written: string | undefined) {
  return levels.includes("local") && written && written.length > 1 ? { start, end: start + written.length } : null;
}

/** Offset of the first level word in a matched noun phrase. */
function firstStem(sentence: string, from: number): number {
  const m = new RegExp(STEM).exec(sentence.slice(from));
  return m ? from + m.index : from;
}

function overlaps(items: CountItem[], start: number, end: number): boolean {
  return items.some((i) => start < i.end && i.start < end);
}

/** Every count of standards in a sentence, left to right; each level list counted once. */
export function findStandardCounts(sentence: string): CountItem[] {
  const items: CountItem[] = [];
  // Every pattern below ends its noun phrase in 标准: most sentences are passed over at once.
  if (!sentence.includes("标准")) return items;
  for (const m of sentence.matchAll(RESPECTIVELY)) {
    const levels = levelsOf(m[1], m[3]);
    const numbers = [...m[4].matchAll(new RegExp(NUM, "g"))].map((n) => toNumber(n[0]));
    if (numbers.length !== levels.length || numbers.some((n) => n == null)) continue;
    levels.forEach((level, i) =>
      items.push({
        start: m.index,
        end: m.index + m[0].length,
        levelStart: firstStem(sentence, m.index),
        levels: [level],
        count: numbers[i]!,
        comparator: "=",
        regionSpan: regionSpanOf([level], m.index + m[1].length, m[2]),
      }),
    );
  }
  for (const m of sentence.matchAll(POST_COUNT)) {
    const end = m.index + m[0].length;
    if (overlaps(items, m.index, end)) continue;
    const count = toNumber(m[6]);
    if (count == null) continue;
    const levels = levelsOf(m[1], m[3]);
    const base = { start: m.index, end, levelStart: firstStem(sentence, m.index), count, comparator: comparatorOf(m[4] ?? "", m[7], m[8]) };
    const regionSpan = regionSpanOf(levels, m.index + m[1].length, m[2]);
    // "国家标准、行业标准各2项": the count is each level's, not shared.
    if (m[5]) for (const level of levels) items.push({ ...base, levels: [level], regionSpan: level === "local" ? regionSpan : null });
    else items.push({ ...base, levels, regionSpan });
  }
  for (const m of sentence.matchAll(PRE_COUNT)) {
    const end = m.index + m[0].length;
    if (overlaps(items, m.index, end)) continue;
    const count = toNumber(m[1]);
    if (count == null) continue;
    const levels = levelsOf(m[3], m[5]);
    // Count and unit (one character) come first: "9项…".
    const npStart = m.index + m[1].length + (m[2]?.length ?? 0) + 1;
    items.push({
      start: m.index,
      end,
      levelStart: m.index,
      levels,
      count,
      comparator: m[2] ? ">" : "=",
      regionSpan: regionSpanOf(levels, npStart + m[3].length, m[4]),
    });
  }
  return items.sort((a, b) => a.start - b.start);
}

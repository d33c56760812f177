// Quantities as Chinese quality texts write them: "93.84%", "100项以上", "570余家", "1.5万余个",
// "近千万元", "百家", "翻一番", and rankings "居全省第一". Pure string functions.
import { parseChineseNumber } from "../../../graph/chinese-numerals.js";
import type { Comparator } from "../../../graph/types.js";

/** Counting units the texts use for goals and outcomes; 万/亿 prefixes are kept on the unit. */
const UNITS = [
  "个百分点",
  "个批次",
  "批次",
  "‰",
  "万元",
  "亿元",
  "元",
  "%",
  "项",
  "家次",
  "家",
  "个",
  "件",
  "只",
  "名",
  "次",
  "天",
  "倍",
  "所",
  "座",
  "条",
  "款",
  "户",
  "台件",
  "台",
  "套",
  "吨",
  "亩",
  "人次",
  "位",
];
// 分 is a score (满意度达到82分), not 分钟/分别/分类/分公司 …
const UNIT_RE = [...UNITS.map((u) => u.replace("%", "%")), "分(?![钟别类局会公支之项值数析布批期档区站行级])"].join("|");

export interface Quantity {
  /** Offsets within the string searched. */
  start: number;
  end: number;
  /** Where the number itself starts (after 近/约) and the unit ends (before 以上). */
  numStart: number;
  unitEnd: number;
  value: number;
  unit: string | null;
  comparator: Comparator;
  /** The upper end of a range ("1—2个" → value 1, valueMax 2). */
  valueMax?: number;
  /** A ranking (居全省第一): unit 位次, scope is 全省/全国/亚洲. */
  rank?: { scope: string };
}

// 近/约/超 before, 余/多 inside, 以上/以下/左右 after. A number right after 第/每/号 or a letter is
// an ordinal, a rate base or a code, not a quantity.
// A range opens with its lower end ("1—2个", "3~5家"); a unit may be per a base ("万元/人", "批次/千人").
const QTY = new RegExp(
  String.raw`(近|约|超|逾)?(?:(\d+(?:\.\d+)?)\s*[—–~～-]\s*)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[一两三四五六七八九]?[百千])(余|多)?(万|亿)?(余|多)?(${UNIT_RE})(\/(?:千人|万人|百人|人|户|年|千米|平方公里))?(以上|以下|左右|之多)?`,
  "g",
);
/** "97、6%": a rate whose decimal point was typed as 、 (a rate is never listed as "97、6"). */
const TYPED_POINT = /(?<=率[^，,。；;、]{0,8}?\d{2})、(?=\d{1,2}%)/g;
const RANK =
  /(?:居|位居|位列|保持|排名|排在|名列)(全省|全国|全市|全区|亚洲|全球|世界|国内|省内)(?:第([一二三四五六七八九十]+|\d+)(?:位|名)?|(首位))/g;
// A rank written on its own after a count: "…180项(全省首位)", "…60个，全省第二".
const BARE_RANK = /(?<=[(（，,])(全省|全国|全市|全区)(?:第([一二三四五六七八九十]+|\d+)(?:位|名)?|(首位))(?=[)），,。；;]|$)/g;
// "…4家(仅次于某市)": second place; the scope is the level of the place named (a city → 全省).
const RUNNER_UP = /[(（，,]仅次于([\u4e00-\u9fa5]{2,8})[)）]?(?=[)），,。；;]|$)/g;
const DOUBLE = /翻(一|两|二|三)番/g;
// Rounds a programme has held: "已评选六届", "完成了三届…评选" (not the ordinal 第五届).
const ROUNDS = /(?<=(?:评选|评审|举办|开展|完成|组织)了?)([一二两三四五六七八九十]+|\d+)届/g;

/** Comparator from the words just before the number and just after the unit. */
export function comparatorOf(before: string, after: string): Comparator {
  if (/(不低于|不少于|不小于)$/.test(before)) return ">=";
  if (/(不高于|不超过|不多于|不大于)$/.test(before)) return "<=";
  if (/(超过|高于|多于|大于)$/.test(before)) return ">";
  if (/(低于|少于|小于)$/.test(before)) return "<";
  if (/^以上/.test(after)) return ">=";
  if (/^以下/.test(after)) return "<=";
  return "=";
}

/** Every quantity in `s`, left to right. */
export function findQuantities(s: string): Quantity[] {
  const out: Quantity[] = [];
  // Same length, so offsets stay those of `s`.
  const read = s.replace(TYPED_POINT, ".");
  for (const m of read.matchAll(QTY)) {
    const start = m.index!;
    const prev = read[start - 1] ?? "";
    const numStart = start + (m[1]?.length ?? 0);
    // Part of a longer number, an ordinal (第5个), a per-unit base (每千人), a code (PM2.5) or a year.
    if (!m[1] && /[\d.第每号A-Za-z]/.test(prev)) continue;
    if (/^[百千]/.test(m[3]) && /[万亿]/.test(prev)) continue;
    const value = /\d/.test(m[3]) ? Number(m[3].replace(/,/g, "")) : parseChineseNumber(m[3]);
    if (value == null) continue;
    const unit = `${m[5] ?? ""}${m[7] === "个批次" ? "批次" : m[7]}${m[8] ?? ""}`;
    if (unit === "位") continue; // 第N位 is a rank, handled below
    const unitEnd = start + m[0].length - (m[9]?.length ?? 0);
    const before = read.slice(Math.max(0, numStart - 4), numStart);
    const low = m[2] != null ? Number(m[2]) : null;
    // A range is a goal of at least its lower end, up to its upper end.
    if (low != null && low < value) {
      out.push({ start, end: start + m[0].length, numStart, unitEnd, value: low, valueMax: value, unit, comparator: ">=" });
      continue;
    }
    out.push({ start, end: start + m[0].length, numStart, unitEnd, value, unit, comparator: comparatorOf(before, m[9] ?? "") });
  }
  for (const m of s.matchAll(RANK)) {
    // 居全省首位 is first place.
    const n = m[3] ? 1 : parseChineseNumber(m[2]);
    if (n == null) continue;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      numStart: m.index!,
      unitEnd: m.index! + m[0].length,
      value: n,
      unit: "位次",
      comparator: "=",
      rank: { scope: m[1] },
    });
  }
  for (const m of s.matchAll(BARE_RANK)) {
    const n = m[3] ? 1 : parseChineseNumber(m[2]);
    if (n == null || out.some((q) => q.rank && q.start <= m.index! && m.index! < q.end)) continue;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      numStart: m.index!,
      unitEnd: m.index! + m[0].length,
      value: n,
      unit: "位次",
      comparator: "=",
      rank: { scope: m[1] },
    });
  }
  for (const m of s.matchAll(RUNNER_UP)) {
    const at = m.index! + 1;
    const scope = /省$|自治区$/.test(m[1]) ? "全国" : "全省";
    out.push({
      start: at,
      end: m.index! + m[0].length,
      numStart: at,
      unitEnd: m.index! + m[0].length,
      value: 2,
      unit: "位次",
      comparator: "=",
      rank: { scope },
    });
  }
  for (const m of s.matchAll(ROUNDS)) {
    // "每三年评选一届" is how often, not how many.
    if (/每[^，,。；;]{0,6}$/.test(s.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    const n = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumber(m[1]);
    if (n == null) continue;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      numStart: m.index!,
      unitEnd: m.index! + m[0].length,
      value: n,
      unit: "届",
      comparator: "=",
    });
  }
  for (const m of s.matchAll(DOUBLE)) {
    const n = { 一: 2, 两: 4, 二: 4, 三: 8 }[m[1] as "一"];
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      numStart: m.index!,
      unitEnd: m.index! + m[0].length,
      value: n,
      unit: "倍",
      comparator: "=",
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Unitless numbers after a comparison verb: 低于0.3, 超过85和80 (indices and ratios). */
export function findBareComparisons(s: string): Quantity[] {
  const out: Quantity[] = [];
  // The number must end the phrase (no unit, year or code after it).
  // "控制在0.2以内" is a ceiling.
  const re =
    /(低于|超过|不低于|高于|不超过|达到|控制在|保持在|稳定在)(\d+(?:\.\d+)?)(?:和(\d+(?:\.\d+)?))?(以内|以下|以上)?(?=[，,。；;、)）]|$)/g;
  for (const m of s.matchAll(re)) {
    const before = m[1];
    const cmp = m[4] === "以内" ? "<=" : comparatorOf(before, m[4] ?? "");
    const first = m.index! + m[1].length;
    out.push({
      start: m.index!,
      end: first + m[2].length + (m[3] ? 0 : (m[4]?.length ?? 0)),
      numStart: first,
      unitEnd: first + m[2].length,
      value: Number(m[2]),
      unit: null,
      comparator: cmp,
    });
    if (m[3]) {
      const s2 = m.index! + m[0].length - m[3].length;
      out.push({
        start: s2,
        end: s2 + m[3].length,
        numStart: s2,
        unitEnd: s2 + m[3].length,
        value: Number(m[3]),
        unit: null,
        comparator: cmp,
      });
    }
  }
  return out;
}

/** Years written in a span: "2021年", "到2020年底"; four digits between 1980 and 2060. */
export function yearsIn(s: string): Array<{ year: number; index: number; to: boolean; base: boolean; since?: boolean }> {
  const out = [];
  for (const m of s.matchAll(/(到|至|力争到|截至|截止)?(19[89]\d|20[0-6]\d)年/g)) {
    const before = s.slice(Math.max(0, m.index! - 2), m.index!);
    // 较2013年 / 比2010年 / 相比2010年: a comparison base, not the year of the figure.
    const base = /(较|比|于)$/.test(before);
    // "增加到2021年的310天" is a change's end point, not a deadline.
    const change = /(增加|提高|提升|下降|降低|减少|上升|增长)$/.test(before);
    // "自2011年设立以来", "2018年以来", "从2008年开始": the start of a period, not the figure's year.
    const since =
      /(自|从)$/.test(before) ||
      /^年(?:[^，,。；;]{0,8}?)(以来|开始|起)/.test(s.slice(m.index! + m[0].length - 1, m.index! + m[0].length + 10));
    out.push({ year: Number(m[2]), index: m.index!, to: /^(到|至|力争到)$/.test(m[1] ?? "") && !change, base, since });
  }
  // 五年规划 periods name their last year.
  // Only as a deadline ("到“十四五”末"); "“十四五”以来" is a period, not a goal year.
  for (const m of s.matchAll(/(到|至)?“?(十三五|十四五|十五五)”?(末|期末)?/g)) {
    if (!m[1] && !m[3]) continue;
    const year = { 十三五: 2020, 十四五: 2025, 十五五: 2030 }[m[2] as "十三五"];
    out.push({ year, index: m.index!, to: true, base: false });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The last relative year word before a figure (去年 −1, 前年 −2, 今年 0); not a comparison base (较去年, 同比). */
export function relativeBefore(s: string): number | null {
  const all = [...s.matchAll(/(去年|上年|前年|今年|本年)/g)].filter(
    (m) => !/(较|比|与|同|于)$/.test(s.slice(Math.max(0, m.index! - 1), m.index!)),
  );
  const last = all[all.length - 1];
  if (!last) return null;
  return { 去年: -1, 上年: -1, 前年: -2, 今年: 0, 本年: 0 }[last[1] as "去年"];
}

// Standard references in a text: codes ("GB/T 19580-2012", "ISO 9001:2015") and titles cited as
// standards (《…评价准则》 beside a code or a level word). A 《…》 that is a law, a policy or an
// award's rules is not a standard. Offsets point into the text given.
import {
  DRAFTING_VERBS,
  endsLikePolicy,
  knownStandard,
  LEVEL_WORDS,
  NOT_STANDARD_TITLE_WORDS,
  PROVINCE_CODES,
  ROLE_WORDS,
  SELF_EVIDENT_TITLE_ENDINGS,
  STANDARD_TITLE_ENDINGS,
} from "../../../graph/standard-vocabulary.js";
import type { StandardLevel } from "../../../graph/types.js";
import { type CodeMatch, findCodes } from "./codes.js";

export interface RecognisedStandard {
  start: number;
  end: number;
  code: string | null;
  number: string | null;
  editionYear: number | null;
  title: string | null;
  level: StandardLevel | null;
  /** Where the level came from: the code's prefix, a standard known by its title, or the words beside the reference. */
  levelFrom: "code" | "known" | "text" | null;
  province: string | null;
  /** A level the words beside a coded reference give that differs from its code's ("GB/T … 行业标准"). */
  conflictingLevel?: StandardLevel;
}

const alt = (words: readonly string[]) => words.map((w) => w.replace(/[()]/g, "\\$&")).join("|");
const LEVEL_ALT = LEVEL_WORDS.map(([w]) => w.slice(0, -2)).join("|");
const NUM = "(?:\\d+|[一二两三四五六七八九十百]+)";
const TITLE_RE = /《([^《》\n]{1,80})》/g;
const TITLE_LIST = "(?:[ \\t]*[、,，和及与][ \\t]*《[^《》\\n]{1,80}》)*";
// "…标准《", "国家标准：《A》、《B》": the level word before a title or a list of titles.
const LEVEL_BEFORE = new RegExp(`(${LEVEL_ALT})标准[:：]?[ \\t]*(?:《[^《》\\n]{1,80}》[ \\t]*[、,，和及与][ \\t]*)*$`);
// "《A》、《B》等3项国家标准", "《A》(国家标准)", "《A》行业标准".
const LEVEL_AFTER = new RegExp(`^${TITLE_LIST}[ \\t]*[(（]?[ \\t]*(?:等)?(?:${NUM}(?:项|个|部))?[ \\t]*(${LEVEL_ALT})标准`);
// "主导制定《", "参与起草的《", "起草的《": a role, or a verb only drafters use, right before a title.
// A bare 制定/编制 is also how governments make guides and rules ("制定《…工作指南》"), so it is not enough.
const VERB_BEFORE = new RegExp(
  `(?:(?:${alt(ROLE_WORDS.map(([w]) => w))})(?:${alt(DRAFTING_VERBS)})?|起草|制修订|制\\(修\\)订)(?:了|的)?[ \\t]*(?:《[^《》\\n]{1,80}》[ \\t]*[、,，和及与][ \\t]*)*$`,
);
const PROVINCE_BEFORE_LEVEL = /([\u4e00-\u9fa5]{2,7}?)(?:地方标准)/;
// A title written right after a code without 《》: "GB/T 19580卓越绩效评价准则".
const BARE_TITLE_AFTER = new RegExp(`^[ \\t]*([\\u4e00-\\u9fa5][\\u4e00-\\u9fa5A-Za-z0-9]{1,28}?(?:${alt(STANDARD_TITLE_ENDINGS)}))`);
const NOT_BARE_TITLE_START = /^[等和及与的为是中标规要在或、]/;

/** "卓越绩效评价准则" after a code is its title; "企业标准", "标准要求" after a code are not. */
function isBareTitle(title: string): boolean {
  return title.length >= 4 && !NOT_BARE_TITLE_START.test(title) && !/(?:国际|国家|行业|地方|团体|企业)标准$/.test(title);
}

/** Full-width letters, digits and signs folded one for one, so offsets stay those of the input. */
export function foldWidth(text: string): string {
  let out = "";
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII and the CJK Unified Ideographs are their own NFKC form: copied in runs, not char by char.
    if (c < 0xa0 || (c >= 0x4e00 && c <= 0x9fff)) continue;
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const n = ch === "\u3000" ? " " : ch.normalize("NFKC");
    out += text.slice(kept, i) + (n.length === ch.length ? n : ch);
    i += ch.length - 1;
    kept = i + 1;
  }
  return out + text.slice(kept);
}

const levelOfStem = (stem: string): StandardLevel | null => LEVEL_WORDS.find(([w]) => w === `${stem}标准`)?.[1] ?? null;

const shortName = (region: string) => region.replace(/(?:壮族|回族|维吾尔)?自治区$|省$|市$/, "");

/** The province a text names before 地方标准 ("江苏省地方标准", "浙江地方标准"), when it is a provincial region. */
function provinceNamedBefore(text: string, at: number): string | null {
  const m = PROVINCE_BEFORE_LEVEL.exec(text.slice(Math.max(0, at - 12), at + 4));
  if (!m) return null;
  return Object.values(PROVINCE_CODES).find((p) => m[1].endsWith(p) || m[1].endsWith(shortName(p))) ?? null;
}

/** The level words beside a span give: before it ("国家标准《…》") or after it ("《…》等行业标准"). */
function levelBeside(text: string, start: number, end: number): { level: StandardLevel; at: number } | null {
  const from = Math.max(0, start - 200);
  const before = LEVEL_BEFORE.exec(text.slice(from, start));
  if (before) return { level: levelOfStem(before[1])!, at: from + before.index };
  const after = LEVEL_AFTER.exec(text.slice(end, end + 200));
  if (after) return { level: levelOfStem(after[1])!, at: end + after[0].length - after[1].length - 2 };
  return null;
}

/** A level word inside the title itself (《食品安全国家标准 …》). */
function levelInTitle(title: string): StandardLevel | null {
  return LEVEL_WORDS.find(([w]) => title.includes(w))?.[1] ?? null;
}

/**
 * Whether a title without a code is cited as a standard: a level word beside it or inside it says so
 * whatever its ending ("行业标准《…试验方法》"); a drafting verb says so for a title ending like a
 * standard ("主导起草《…规范》"); a title ending in 标准 or 准则 is one on its own. Rules of awards and
 * policies are never standards (《…申报指南》, 《…管理办法》).
 */
function isStandardTitle(title: string, text: string, start: number, beside: StandardLevel | null): boolean {
  if (NOT_STANDARD_TITLE_WORDS.some((w) => title.includes(w)) || endsLikePolicy(title)) return false;
  if (beside || levelInTitle(title)) return true;
  if (!STANDARD_TITLE_ENDINGS.some((e) => title.endsWith(e))) return false;
  if (VERB_BEFORE.test(text.slice(Math.max(0, start - 200), start))) return true;
  return SELF_EVIDENT_TITLE_ENDINGS.some((e) => title.endsWith(e));
}

/** A code written inside a title or right beside it ("《…》(GB/T …)", "GB/T … 《…》"). */
function codeFor(codes: CodeMatch[], text: string, start: number, end: number): CodeMatch | null {
  return (
    codes.find((c) => c.start >= start && c.end <= end) ??
    codes.find((c) => c.start >= end && /^[ \t]*[(（]?[ \t]*$/.test(text.slice(end, c.start))) ??
    codes.find((c) => c.end <= start && /^[ \t]*$/.test(text.slice(c.end, start))) ??
    null
  );
}

function fromCode(code: CodeMatch | null): Pick<RecognisedStandard, "code" | "number" | "editionYear"> {
  return { code: code?.code ?? null, number: code?.number ?? null, editionYear: code?.editionYear ?? null };
}

/** Level and province of a reference: the code's when it has one, a known title's, else the words beside it. */
function settleLevel(
  text: string,
  code: { level: StandardLevel; province?: string } | null,
  from: "code" | "known",
  beside: { level: StandardLevel; at: number } | null,
  inTitle: StandardLevel | null,
) {
  const textLevel = beside?.level ?? inTitle;
  const province = code?.province ?? (textLevel === "local" && beside ? provinceNamedBefore(text, beside.at) : null);
  if (code) {
    const conflict = textLevel && textLevel !== code.level ? { conflictingLevel: textLevel } : {};
    return { level: code.level, levelFrom: from, province: province ?? null, ...conflict };
  }
  return { level: textLevel, levelFrom: textLevel ? ("text" as const) : null, province: province ?? null };
}

/** Every standard reference in `text`, in order: one per title (with its code) and one per lone code. */
export function recogniseStandards(input: string): RecognisedStandard[] {
  const text = foldWidth(input);
  const codes = findCodes(text);
  const used = new Set<CodeMatch>();
  const out: RecognisedStandard[] = [];

  for (const m of text.matchAll(TITLE_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const code = codeFor(codes, text, start, end);
    const inner =
      code && code.start >= start ? (m[1].slice(0, code.start - start - 1) + m[1].slice(code.end - start - 1)).trim() : m[1].trim();
    const span = code
      ? { start: Math.min(start, code.start), end: Math.max(end, code.end + (/[)）]/.test(text[code.end] ?? "") ? 1 : 0)) }
      : { start, end };
    const beside = levelBeside(text, span.start, span.end);
    const known = code ? null : knownStandard(inner);
    if (!code && !known && !isStandardTitle(inner, text, start, beside?.level ?? null)) continue;
    if (code) used.add(code);
    const numbered = known ? { code: null, number: known.number, editionYear: null } : fromCode(code);
    const level = settleLevel(text, code ?? known, code ? "code" : "known", beside, levelInTitle(inner));
    out.push({ ...span, ...numbered, title: inner || null, ...level });
  }

  for (const code of codes) {
    if (used.has(code)) continue;
    const bare = BARE_TITLE_AFTER.exec(text.slice(code.end, code.end + 40));
    const title = bare && isBareTitle(bare[1]) ? bare[1] : null;
    const end = title ? code.end + bare![0].length : code.end;
    const beside = levelBeside(text, code.start, end);
    out.push({ start: code.start, end, ...fromCode(code), title, ...settleLevel(text, code, "code", beside, null) });
  }
  return out.sort((a, b) => a.start - b.start);
}

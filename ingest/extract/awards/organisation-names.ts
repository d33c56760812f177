// Organisation names: what counts as a full legal name, where a name starts in running text
// (walking back over nodejieba tokens), explicit short names, and resolving a short name to the
// full name the same document writes.
import { ORG_LEGAL_ENDINGS, STRONG_ORG_ENDINGS } from "../../../graph/award-vocabulary.js";
import type { PreparedDocument, Token } from "../prepared-document.js";
import { isPersonName } from "./persons.js";

/** Endings of organisation names, longest first (a name ending in one is taken as a full name). */
const ORG_SUFFIX_LIST = [...ORG_LEGAL_ENDINGS].sort((x, y) => y.length - x.length);
const ORG_SUFFIX = new RegExp(`(?:${ORG_SUFFIX_LIST.join("|")})$`);
/** Suffixes that end a name unambiguously even in running prose. */
export const STRONG_SUFFIX = new RegExp(`(?:${[...STRONG_ORG_ENDINGS].sort((x, y) => y.length - x.length).join("|")})`, "g");
const PROJECT_SUFFIX = /(?:工程|项目|大桥|隧道|枢纽)$/;

const NAME_CHARS = /^[\u4e00-\u9fffA-Za-z0-9()·&\-.]+$/;
// Words that start a clause, never a name.
const NOT_NAME_START =
  /^(?:该|其|本|此|我|全|各|多|部分|一批|这|那|共|累计|另有|其中|以及|和|与|及|等|由|对|在|为|被|获|经|据|如|[一二三四五六七八九十]是)/;

/** A name as written with PDF/Word artefacts removed: spaces and line breaks inside it, quotes. */
export function cleanName(s: string): string {
  return s
    .replace(/(?<=[^\sA-Za-z])\s+|\s+(?=[^\sA-Za-z])/g, "")
    .replace(/[“”"'‘’「」《》]/g, "")
    .replace(/^[\s,，、;；:：.。·\-—]+|[\s,，、;；:：.。]+$/g, "")
    .trim();
}

export function endsWithOrgSuffix(name: string): boolean {
  return ORG_SUFFIX.test(name);
}

/** A full organisation name: name characters only, 4–60 long, ending with an organisation word. */
export function isOrgName(name: string): boolean {
  return (
    name.length >= 4 &&
    name.length <= 60 &&
    NAME_CHARS.test(name) &&
    ORG_SUFFIX.test(name) &&
    !NOT_NAME_START.test(name) &&
    !/[奖的]/.test(name) &&
    balanced(name)
  );
}

export function isProjectName(name: string): boolean {
  return name.length >= 4 && name.length <= 60 && NAME_CHARS.test(name) && PROJECT_SUFFIX.test(name) && !NOT_NAME_START.test(name);
}

/** A plausible short name (明远光电, 青禾食品): a few name characters, no clause words, not a person's name. */
export function isShortName(name: string): boolean {
  return (
    !(name.length <= 3 && isPersonName(name)) &&
    name.length >= 3 &&
    name.length <= 12 &&
    /^[\u4e00-\u9fffA-Za-z0-9·&]+$/.test(name) &&
    !NOT_NAME_START.test(name) &&
    !/[的了是在将有家个名项]|企业$|单位$|公司$|组织$|个人$/.test(name) &&
    !/^\d/.test(name)
  );
}

function balanced(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return false;
  }
  return depth === 0;
}

// Tokens that cannot be inside an organisation name (verbs, prepositions, conjunctions, particles…).
const STOP_TAGS = /^(?:v|vd|p|c|u|uj|ul|uz|ug|uv|ud|d|r|y|e|o|zg|f)$/;
const STOP_WORDS = new Set([
  "对此",
  "表示",
  "作为",
  "其中",
  "以及",
  "获得",
  "荣获",
  "获",
  "和",
  "与",
  "及",
  "等",
  "由",
  "在",
  "是",
  "为",
  "被",
  "董事长",
  "总经理",
  "总工程师",
  "党委书记",
  "常务副总经理",
  "副总经理",
  "记者",
  "通讯员",
  "有限公司",
  "股份有限公司",
  "有限责任公司",
]);
// Industry words nodejieba tags as verbs (v) that often sit inside company names (某某精密制造有限公司,
// 某某包装有限公司). Nouns and verbal nouns (电机, 管理/vn) never stop the walk, so they need no entry.
const NAME_VERBS = /^(?:制造|控制|开发|展览|包装|安装|铸造|锻造|冶炼|节能|照明|制冷|装配|控股|织造)$/;

/** Index of the first token that ends after `pos` (tokens are in document order). */
export function tokenIndexAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Where a name that ends at `end` (exclusive, e.g. the end of "有限公司") starts: walk back over
 * tokens while they can be part of a name, stopping at punctuation, verbs, prepositions, roles.
 */
export function nameStartBefore(doc: PreparedDocument, suffixStart: number, limit = 40): number {
  const tokens = doc.tokens;
  let i = tokenIndexAt(tokens, suffixStart) - 1;
  let start = suffixStart;
  let depth = 0;
  while (i >= 0 && suffixStart - tokens[i].start <= limit) {
    const t = tokens[i];
    // Names do not run across lines here; a name broken over two lines is joined by the list parser.
    if (/\n/.test(doc.norm.slice(t.end, start))) break;
    const w = doc.norm.slice(t.start, t.end);
    if (w === ")") depth++;
    else if (w === "(" && depth > 0) depth--;
    else if (depth === 0) {
      if (!/^[\u4e00-\u9fffA-Za-z0-9·&]+$/.test(w)) break;
      if (STOP_WORDS.has(w)) break;
      if (STOP_TAGS.test(t.tag) && !NAME_VERBS.test(w) && !/^某+$/.test(w)) break;
    }
    start = t.start;
    i--;
  }
  while (start < suffixStart && /[(\s]/.test(doc.norm[start])) start++;
  return start;
}

/** Full organisation names written anywhere in the document (names ending with a strong suffix). */
export function collectOrganisationNames(doc: PreparedDocument): string[] {
  const out = new Set<string>();
  for (const m of doc.norm.matchAll(STRONG_SUFFIX)) {
    const end = m.index! + m[0].length;
    // 集团 followed by 有限公司 etc. is part of a longer name: let the longer match speak.
    if (/^(?:股份)?有限/.test(doc.norm.slice(end, end + 4))) continue;
    const start = nameStartBefore(doc, m.index!);
    const name = cleanName(doc.norm.slice(start, end));
    if (isOrgName(name) && name.length > m[0].length + 1) out.add(name);
  }
  return [...out];
}

export interface DeclaredAlias {
  short: string;
  full: string;
}

/** "(以下简称X)", "(简称：X)" after a name; group 1 is the short name. */
export const DECLARED = /\(\s*(?:以下|下文|下)?简?称[:：]?\s*[“"]?([^()“”"]{2,16}?)[”"]?\s*\)/g;

/** "X有限公司(以下简称X)": short names the document declares itself. */
export function findDeclaredAliases(doc: PreparedDocument): DeclaredAlias[] {
  const out: DeclaredAlias[] = [];
  for (const m of doc.norm.matchAll(DECLARED)) {
    const full = orgEndingAt(doc, m.index!);
    const short = cleanName(m[1]);
    if (isOrgName(full) && short && short !== full) out.push({ short, full });
  }
  return out;
}

const ORG_SUFFIX_AT_END = new RegExp(`(?:${ORG_SUFFIX_LIST.join("|")})\\s*$`);

/** The organisation name that ends at `end` in the document (before "(以下简称…)", a role…), or "". */
export function orgEndingAt(doc: PreparedDocument, end: number): string {
  const m = ORG_SUFFIX_AT_END.exec(doc.norm.slice(Math.max(0, end - 12), end));
  if (!m) return "";
  const suffixStart = end - m[0].length;
  return cleanName(doc.norm.slice(nameStartBefore(doc, suffixStart), end));
}

const FORMER = /\(\s*(?:原|曾用名|原名)[:：]?\s*([^()]{2,30}?)\s*\)/g;

/** "X有限公司(原Y厂)": a former name the text itself links to the current one. */
export function findFormerNames(doc: PreparedDocument): DeclaredAlias[] {
  const out: DeclaredAlias[] = [];
  for (const m of doc.norm.matchAll(FORMER)) {
    const full = orgEndingAt(doc, m.index!);
    const former = cleanName(m[1]);
    if (isOrgName(full) && former && former !== full) out.push({ short: former, full });
  }
  return out;
}

const LEGAL_SUFFIX = /(?:集团)?(?:股份有限公司|有限责任公司|有限公司|集团公司|股份公司|公司)$/;

/**
 * Short forms of a full name that the document itself uses elsewhere (临江明远光电股份有限公司 →
 * 明远光电 in "明远光电的…"): the name without its legal suffix and leading region names, with or
 * without 集团/股份/科技. Only forms of 3+ characters that occur outside the full name are returned.
 */
export function shortFormsInText(
  full: string,
  norm: string,
  isRegion: (s: string) => boolean,
  isWord: (s: string) => boolean = () => false,
): string[] {
  const core = full.replace(LEGAL_SUFFIX, "");
  const forms = new Set<string>([core, full.replace(/(?:股份有限公司|有限责任公司|有限公司)$/, "")]);
  let rest = core;
  for (let k = 0; k < 2; k++) {
    let cut = 0;
    for (let len = Math.min(8, rest.length - 2); len >= 2; len--) {
      if (isRegion(rest.slice(0, len))) {
        cut = len;
        break;
      }
    }
    if (!cut) break;
    rest = rest.slice(cut);
    forms.add(rest);
  }
  for (const f of [...forms]) forms.add(f.replace(/(?:集团|股份|科技|实业|控股)$/, ""));
  const outside = norm.split(full).join("\u0000");
  // A form that is one ordinary word (精密铸造 from 临江精密铸造集团) names an industry, not the firm.
  return [...forms].filter((f) => f.length >= 3 && f !== full && !isWord(f) && outside.includes(f));
}

function isSubsequence(short: string, full: string): boolean {
  if (short[0] !== full[0]) return false;
  let j = 0;
  for (const ch of full) if (ch === short[j]) j++;
  return j === short.length;
}

/**
 * The full name a short name stands for in this document: a declared short name, else the one full
 * name containing it (明远光电 → 江北明远光电集团有限公司) or, failing that, the one full name it
 * abbreviates character by character (临铸集团 → 临江精密铸造集团有限公司). Null when none or several.
 */
export function resolveShortName(short: string, fullNames: string[], declared: DeclaredAlias[]): string | null {
  const d = declared.find((a) => a.short === short);
  if (d) return d.full;
  if (fullNames.includes(short)) return short;
  const containing = fullNames.filter((f) => f.includes(short));
  if (containing.length) return unique(containing);
  if (short.length < 3) return null;
  return unique(fullNames.filter((f) => isSubsequence(short, f)));
}

function unique(list: string[]): string | null {
  const set = [...new Set(list)];
  if (set.length === 1) return set[0];
  // Several names containing the short name: one may contain all others (a group and its subsidiary
  // share the short name) — too ambiguous either way.
  return null;
}

/**
 * A full legal name as an item of an enumeration, where the separators already bound it: words
 * that open a clause in prose (共, 全, 本…) may start a firm's name here ("共某电声股份有限公司").
 */
export function isListedOrgName(name: string): boolean {
  return (
    name.length >= 6 &&
    name.length <= 60 &&
    NAME_CHARS.test(name) &&
    /(?:股份有限公司|有限责任公司|有限公司|集团公司)$/.test(name) &&
    !/[奖的]/.test(name) &&
    balanced(name) &&
    !/^(?:该|其|此|这|那|各|等|和|与|及|由|对|在|为|被|获)/.test(name)
  );
}

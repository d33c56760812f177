// One reader for an enumeration of recipients wherever a scope rule finds one (after 授予, before
// 荣获, after 分别是：): groups of names, each optionally closed by its stated count —
// "甲有限公司、乙研究所等4家组织和丙公司总经理丁某1名个人", "A、B3家企业，C公司董事长D，E2名个人".
// Names are separated by 、，；; a person's several titles are joined by 、 too ("党委书记、董事长
// 某某"), so a piece that reads as nothing is joined to the next before giving up.
import { COUNT_MEASURES, RECIPIENT_COUNT_NOUNS } from "../../../graph/award-vocabulary.js";
import type { Span } from "../../text/sentences.js";
import { type AwardContext, inDocumentProvince } from "./context.js";
import type { Recipient } from "./facts.js";
import type { ShortMode } from "./list-items.js";
import { cleanName, isListedOrgName, isOrgName, tokenIndexAt } from "./organisation-names.js";
import { joinsTwoNames, single } from "./prose-recipients.js";
import { cnNumber } from "./years.js";

export interface StatedCount {
  count: number;
  /** How many recipients the group before this count names (A、B等5家 → 2). */
  named?: number;
  /** The counted noun as written (组织, 企业, 个人) or the measure word (家) when no noun follows. */
  of: string | null;
}

export interface Enumeration {
  recipients: Recipient[];
  /** Counts the text states for its groups ("等4家组织", "1名个人"). */
  counts: StatedCount[];
  /** Pieces no recogniser read (reported as warnings by the caller). */
  unread: string[];
}

const NUM = "(?:\\d+|[一二两三四五六七八九十]+)";
// A group's closing count: "等4家组织", "3家企业", "等2名个人", "这4家企业"; 等 alone closes a group too.
const GROUP_COUNT = new RegExp(
  `(?:等|这|共)?\\s*(${NUM})\\s*(家|个|名|位)([\\u4e00-\\u9fff]{0,4}?(?:企业|单位|组织|机构|个人|同志))?(?=\\s*(?:和|及|以及|与|、|，|,|；|;|$))|等(?=\\s*(?:和|及|以及|、|，|,|；|;|$))`,
  "g",
);
// Words that open the clause but are not names: the deciding verb ("确定A、B获…").
const OPENING_VERB =
  /^(?:经[\u4e00-\u9fff]{0,8}?(?:审定|研究|评审|审议)[，,]?)?(?:最终)?(?:确定了?|决定|同意|批准|审定|认定|评选出|评出|选出)\s*/;
const LEADING_JOINER = /^(?:\s*(?:以及|和|及|与|、|，|,|；|;))+\s*/;
const DESCRIPTION_PAREN = /\(([^()]*)\)\s*$/;

/**
 * Reads `text` (a stretch of sentence `s` at document offset `at`) as an enumeration. Null when it
 * holds no name at all; pieces that are not names are returned in `unread`.
 */
export function readEnumeration(
  ctx: AwardContext,
  s: Span,
  at: number,
  text: string,
  shortMode: ShortMode,
  personal = false,
): Enumeration | null {
  const body = text.replace(OPENING_VERB, "").replace(/[，,、；;\s]+$/, "");
  const out: Enumeration = { recipients: [], counts: [], unread: [] };
  let from = 0;
  const groups: Array<{ names: string; persons: boolean; count: StatedCount | null }> = [];
  for (const m of body.matchAll(GROUP_COUNT)) {
    const names = body.slice(from, m.index!);
    from = m.index! + m[0].length;
    const n = m[1] ? cnNumber(m[1]) : null;
    const count = n != null ? { count: n, of: m[3] ?? m[2] } : null;
    if (count) out.counts.push(count);
    const noun = m[3] ? /(?:企业|单位|组织|机构|个人|同志)$/.exec(m[3])![0] : null;
    const persons = (noun ? RECIPIENT_COUNT_NOUNS[noun] : m[2] ? COUNT_MEASURES[m[2]] : null) === "person";
    groups.push({ names, persons: persons || personal, count });
  }
  groups.push({ names: body.slice(from), persons: personal, count: null });
  for (const g of groups) {
    const before = out.recipients.length;
    readGroup(ctx, s, at, g.names, shortMode, g.persons, out);
    // "我区5家企业": a region before a count says where the counted firms are; it is not one of them.
    if (g.count && out.recipients.slice(before).every((r) => r.type === "region")) out.recipients.length = before;
    if (g.count) {
      g.count.named = out.recipients.length - before;
      // "全市共有28家企业", "5家企业和2名个人": a count with no names is an aggregate, not a list.
      if (!g.count.named) out.unread.push(`${g.names}${g.count.count}${g.count.of ?? ""}`.trim());
    } else if (out.counts.length && out.recipients.length > before)
      out.counts.push({ count: out.recipients.length - before, of: null, named: out.recipients.length - before });
  }
  return out.recipients.length ? out : null;
}

function readGroup(ctx: AwardContext, s: Span, at: number, text: string, shortMode: ShortMode, personal: boolean, out: Enumeration): void {
  const cleaned = text.replace(LEADING_JOINER, "").trim();
  if (!cleaned) return;
  for (const clause of cleaned.split(/[；;]/)) {
    const pieces = clause
      .split(/[、，,]/)
      .map((p) => p.trim())
      .filter(Boolean);
    for (let i = 0; i < pieces.length; i++) {
      let read: Recipient[] | null = null;
      let used = i;
      // A person's titles are listed with 、 ("某公司董事长、总裁某某"): the longest run of pieces
      // that reads as one recipient wins, so a lone title never passes for a name.
      for (let j = Math.min(pieces.length, i + 4) - 1; j >= i && !read; j--) {
        read = readItem(ctx, s, at, pieces.slice(i, j + 1).join("、"), shortMode, personal);
        used = j;
      }
      // "拟授予 A有限公司 B有限公司 C有限公司": names separated by spaces only.
      if (!read && /\s/.test(pieces[i])) {
        const spaced = pieces[i].split(/\s+/).map((p) => readItem(ctx, s, at, p, shortMode, personal));
        if (spaced.every((r) => r)) [read, used] = [spaced.flatMap((r) => r!), i];
      }
      if (!read) {
        out.unread.push(pieces[i]);
        continue;
      }
      out.recipients.push(...read);
      i = used;
    }
  }
}

/** One item: a name, a person with organisation and title, or two names joined by 和/与/及. */
function readItem(ctx: AwardContext, s: Span, at: number, raw: string, shortMode: ShortMode, personal: boolean): Recipient[] | null {
  let item = raw.replace(LEADING_JOINER, "").trim();
  // "某公司(实施某管理模式的经验)": a description after the name is not part of it.
  const d = DESCRIPTION_PAREN.exec(item);
  let regionHint: string | null = null;
  if (d && (d[1].length > 8 || /[的，,]/.test(d[1]))) item = item.slice(0, d.index).trim();
  // "某有限公司(某区)": where the recipient is, as a list writes it after the name.
  else if (d && ctx.index.lookup(d[1].trim()).length && d.index! > 0) {
    regionHint = inDocumentProvince(ctx.index.lookup(d[1].trim()), ctx).name;
    item = item.slice(0, d.index).trim();
  }
  // A remark after a complete legal name ("(某地)", "(制造业)") is not part of the name.
  else if (d && isOrgName(item.slice(0, d.index).trim())) item = item.slice(0, d.index).trim();
  const hinted = (list: Recipient[] | null) => (list && regionHint ? list.map((r) => ({ ...r, regionHint })) : list);
  return hinted(readName(ctx, s, at, item, shortMode, personal));
}

function readName(ctx: AwardContext, s: Span, at: number, item: string, shortMode: ShortMode, personal: boolean): Recipient[] | null {
  // "A有限公司 B有限公司": full names separated by spaces are several names, not one.
  const spaced = item.split(/\s+/);
  if (spaced.length > 1 && spaced.every((p) => isOrgName(p)))
    return spaced.map((name) => ({ name, type: "organization" as const, affiliation: null, role: null }));
  const one = joinsTwoNames(item) ? null : acceptable(ctx, at, single(ctx, s, at, item, shortMode, personal), item, personal);
  if (one) return [one];
  const name = cleanName(item);
  if (!joinsTwoNames(item) && isListedOrgName(name)) return [{ name, type: "organization", affiliation: null, role: null }];
  const parts = item.split(/以及|和|与|及/);
  if (parts.length < 2) return null;
  const list = parts.map((p) => acceptable(ctx, at, single(ctx, s, at, p, shortMode, personal), p, personal));
  return list.every((r): r is Recipient => r != null) ? list : null;
}

/**
 * A group whose count differs from the names it lists: "A、B等5家" names 2 of 5 (a mismatch worth a
 * warning); "A等5家" names one representative, which is how totals are written, not a mismatch.
 */
export function countMismatches(counts: StatedCount[]): StatedCount[] {
  return counts.filter((c) => c.named != null && (c.named > c.count || (c.named >= 2 && c.named < c.count)));
}

/**
 * What a piece of an enumeration may be: a region only when it is one ("我市", "某县"), not a clause
 * that starts with one ("全市共有"); no job title alone; in a group of persons, no short company name.
 */
function acceptable(ctx: AwardContext, at: number, r: Recipient | null, item: string, personal: boolean): Recipient | null {
  if (!r) return null;
  // "某企5次", "成为某集团第": counts and clause words are no names.
  if (/第$|^(?:成为|作为|是)/.test(item.trim()) || (r.type === "organization" && /\d/.test(r.name) && !isOrgName(r.name))) return null;
  if (r.type === "region" && item.trim().length > 4 && !/^(?:我|本)(?:省|市|区|县)$/.test(item.trim())) return null;
  if (r.type === "organization" && (ROLE_ONLY.test(r.name) || (personal && !isOrgName(r.name)))) return null;
  if (r.type === "organization" && !isOrgName(r.name) && r.name === cleanName(item) && !nameLikeWords(ctx, at, r.name)) return null;
  return r;
}

// Word classes a short name is made of (place, organisation, other proper and common nouns, letters).
const NAME_TAG = /^(?:ns|nz|nt|nr|nrt|n|j|x|eng|nrfg|ng)$/;

/**
 * A short name the document resolves to no full name ("某某电缆") must read as nouns where it is
 * written; "新培育" (an adverb and a verb) is no name.
 */
export function nameLikeWords(ctx: AwardContext, at: number, name: string): boolean {
  const pos = ctx.doc.norm.indexOf(name, at);
  if (pos < 0) return true;
  const from = tokenIndexAt(ctx.doc.tokens, pos);
  for (let i = from; i < ctx.doc.tokens.length && ctx.doc.tokens[i].start < pos + name.length; i++) {
    const tag = ctx.doc.tokens[i].tag;
    // It opens with a proper or common noun (湘岳/x 重工/vn); no function word anywhere in it.
    if (i === from ? !NAME_TAG.test(tag) : FUNCTION_TAG.test(tag)) return false;
  }
  return true;
}
const FUNCTION_TAG = /^(?:p|c|u|uj|ul|uz|ug|uv|ud|d|r|m|q|y|e|o)$/;
const ROLE_ONLY = /(?:董事长|总经理|总裁|书记|厂长|院长|主任|经理|总监|工程师|负责人)$/;

/** The one total a grant states: the sum of its group counts ("4家组织和1名个人" → 5). */
export function statedTotal(counts: StatedCount[]): StatedCount | null {
  if (!counts.length) return null;
  if (counts.length === 1) return { count: counts[0].count, of: counts[0].of };
  return {
    count: counts.reduce((a, c) => a + c.count, 0),
    of:
      counts
        .map((c) => c.of)
        .filter(Boolean)
        .join("和") || null,
  };
}

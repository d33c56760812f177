// The award phrase of a prose sentence: which awards it names (known programmes and quoted
// honours), with the year, edition and tier each one has there.
import { STANDALONE_TIER_ALTERNATION } from "../../../graph/award-vocabulary.js";
import type { RegionEntry } from "../../regions.js";
import type { Span } from "../../text/sentences.js";
import { type AwardMention, canonicalTitle, findAwardMentions } from "./award-names.js";
import { type AwardContext, paragraphAt } from "./context.js";
import type { AwardInfo } from "./facts.js";
import { headingYear } from "./heading-years.js";
import { TIER_COLUMN } from "./list-headers.js";
import { blankCitations, cnNumber, findEditions, findParenYears, findYears, isDeadlineYear } from "./years.js";

export interface Found {
  info: AwardInfo;
  /** Several years in a parenthesis after the award: one fact each (…质量奖(2015年、2018年)). */
  years?: number[];
  /** Sentence-relative end of the award phrase. */
  end: number;
}

/** Awards named in `phrase` (sentence-relative offset `base`): known programmes and quoted honours. */
export function awardsIn(
  ctx: AwardContext,
  s: Span,
  base: number,
  phrase: string,
  proposed: boolean,
  grantor: RegionEntry | null = null,
): Found[] {
  const found: Found[] = [];
  const para = paragraphAt(ctx.doc, s.start);
  const mentions = findAwardMentions(phrase, ctx);
  let cursor = 0;
  const add = (m: Pick<AwardMention, "award" | "level" | "region" | "tier" | "category">, start: number, end: number) => {
    const lead = phrase.slice(cursor, start);
    cursor = end;
    const info = awardInfo(ctx, s, para, s.start + base + start, s.start + base + end, lead, m, proposed);
    const paren = findParenYears(phrase.slice(end, end + 40)).find((p) => p.start <= 1);
    found.push({ info, end: base + end + (paren ? paren.end : 0), years: paren && paren.years.length > 1 ? paren.years : undefined });
  };
  // Quoted honours that are not a known programme (“平安百年品质工程创建示范项目”).
  const quotes = [...phrase.matchAll(/“([^“”]{2,30})”/g)];
  const items: Array<{ start: number; end: number; m: Pick<AwardMention, "award" | "level" | "region" | "tier" | "category"> }> = [];
  for (const m of mentions) {
    let end = m.end;
    if (phrase[end] === "”") end++;
    end += /^(?:称号|荣誉称号|认证)?/.exec(phrase.slice(end))![0].length;
    items.push({ start: m.start, end, m });
  }
  for (const q of quotes) {
    const qs = q.index!;
    const qe = qs + q[0].length;
    if (items.some((it) => it.start < qe && qs < it.end)) continue;
    if (mentions.some((m) => m.start >= qs && m.end <= qe)) continue;
    // A quoted word inside a longer name (“一站式”服务试点) is not the honour itself.
    if (!/^(?:$|[”"、，,；;。和及与等“]|称号|荣誉|认证|证书|奖牌)/.test(phrase.slice(qe))) continue;
    const prev = items.filter((it) => it.end <= qs).pop();
    const prefixStart = Math.max(prev ? prev.end : 0, lastBreak(phrase.slice(0, qs)));
    const prefix = phrase
      .slice(prefixStart, qs)
      .replace(/^[、和及与以及]+/, "")
      .replace(/^(?:了|为|首批|第\S{1,3}批)/, "");
    const t = canonicalTitle(stripLead(prefix), q[1], ctx, grantor);
    if (!t) continue;
    const end = qe + /^(?:称号|荣誉称号|认证)?/.exec(phrase.slice(qe))![0].length;
    items.push({ start: prefixStart + (phrase.slice(prefixStart, qs).length - prefix.length), end, m: { ...t, category: null } });
  }
  // "分获某市市长质量奖和提名奖": a tier word alone after an award is that award's tier.
  for (const t of phrase.matchAll(TIER_AFTER_AND)) {
    const at = t.index! + t[0].length - t[1].length;
    if (items.some((it) => it.start < at + t[1].length && at < it.end)) continue;
    const prev = items.filter((it) => it.end <= at && mentions.some((m) => m.award === it.m.award)).pop();
    if (prev) items.push({ start: at, end: at + t[1].length, m: { ...prev.m, tier: TIER_COLUMN[t[1]] } });
  }
  items.sort((a, b) => a.start - b.start);
  for (const it of items) add(it.m, it.start, it.end);
  return found;
}

const TIER_AFTER_AND = new RegExp(`(?:和|及|与|、|以及)(${STANDALONE_TIER_ALTERNATION})`, "g");

function stripLead(prefix: string): string {
  return prefix.replace(/^(?:(?:19|20)\d{2}\s*年度?|第\s*[0-9一二三四五六七八九十]+\s*[届批]|首\s*[届批]|本届|了|等)+/, "");
}

function lastBreak(text: string): number {
  let i = text.length;
  while (i > 0 && !/[，,；;。]/.test(text[i - 1])) i--;
  return i;
}

/** Year, edition and tier for an award at [start, end) (document offsets) with `lead` words before it. */
export function awardInfo(
  ctx: AwardContext,
  s: Span,
  para: number,
  start: number,
  end: number,
  lead: string,
  m: Pick<AwardMention, "award" | "level" | "region" | "tier" | "category">,
  proposed: boolean,
): AwardInfo {
  const norm = ctx.doc.norm;
  // Year: in the award phrase, else the last one earlier in the sentence, else a parenthesis right
  // after it, else the section's opening year, else 今年/去年 against the document date.
  const upto = blankCitations(norm.slice(s.start, end));
  const years = findYears(upto).filter(
    (y) => !isDeadlineYear(upto, y.start, y.end) && !/^\s*\d{1,2}\s*月\s*\d{1,2}\s*日.*截至/.test(upto.slice(y.end)),
  );
  const year = years.length ? years[years.length - 1] : null;
  const after = findParenYears(norm.slice(end, Math.min(s.end, end + 40))).find((p) => p.start <= 1);
  let yearValue = after ? after.years[after.years.length - 1] : (year?.year ?? null);
  const yearLabel = after ? after.label : (year?.label ?? null);
  if (yearValue == null) yearValue = ctx.sectionYears[para] ?? null;
  const docYear = ctx.doc.year ?? ctx.dateYear;
  if (yearValue == null && docYear != null) {
    const before = norm.slice(s.start, end);
    if (/今年|本年度/.test(before)) yearValue = docYear;
    else if (/去年|上年度/.test(before)) yearValue = docYear - 1;
  }
  // Edition: 第N届/首批 in the words before the award, else one given to the same award earlier in the sentence.
  let edition = findEditions(lead).pop()?.edition ?? null;
  if (edition == null) {
    const earlier = norm.slice(s.start, start);
    const base = m.award.replace(/^.*?(省长|市长|区长|县长|中国)/, "$1");
    const re = /第\s*([0-9零〇一二两三四五六七八九十百]+)\s*届([^，,。；;]{0,12})/g;
    for (const e of earlier.matchAll(re)) if (e[2].includes(base) || m.award.endsWith(e[2].replace(/\s/g, ""))) edition = cnNumber(e[1]);
  }
  // "本届质量奖还评选出…": this edition is the one the document last named.
  if (edition == null && /(?:本|此|该|这)届/.test(norm.slice(s.start, start))) {
    const before = findEditions(norm.slice(0, s.start)).pop();
    if (before) edition = before.edition;
  }
  if (yearValue == null && ctx.reviewYear != null) yearValue = ctx.reviewYear;
  // The heading's year for this award ("关于2023年某市政府质量奖评审结果的通报").
  let label = yearLabel;
  if (yearValue == null) {
    const h = headingYear(ctx, m.award);
    if (h) [yearValue, label] = [h.year, h.label];
  }
  if (yearValue == null && edition != null && ctx.dateYear != null) yearValue = ctx.dateYear;
  return {
    award: m.award,
    level: m.level,
    region: m.region,
    tier: m.tier,
    category: m.category,
    edition,
    year: yearValue,
    yearLabel: label,
    proposed: proposed || ctx.proposed,
  };
}

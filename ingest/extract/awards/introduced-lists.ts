// Scope rule: an award named, then an introducer, then its recipients —
//   "第三届某市市长质量奖获奖单位包括：A公司、B公司。"
//   "最终荣获本市2020年度市长质量奖的单位和个人分别是：A、B2家企业，C公司董事长D1名个人。"
//   "获得“2021年度某市政府质量奖”称号的包括：" followed by one name per line.
// When the sentence names no award ("3家本省企业分别是：…"), the award the document's heading names
// is meant, if the heading names exactly one.

import { CATEGORY_ALTERNATION, STANDALONE_TIER_ALTERNATION, STANDALONE_TIERS } from "../../../graph/award-vocabulary.js";
import type { Warning } from "../../../graph/types.js";
import type { Span } from "../../text/sentences.js";
import { type AwardMention, findAwardMentions } from "./award-names.js";
import type { AwardContext } from "./context.js";
import { countMismatches, type Enumeration, readEnumeration, statedTotal } from "./enumerations.js";
import { evidence, makeFact, type NewAwardFact } from "./facts.js";
import { awardInfo } from "./prose-awards.js";
import { cnNumber } from "./years.js";

// The introducer proper. 分别是/包括/如下 introduce a list by themselves; 是/为/有 only before a colon.
// A colon that ends the paragraph right after the award ("授予以下3家企业“某奖”称号：") opens the
// lines below as well.
const INTRODUCER = /(?:分别|依次)(?:是|为)\s*[:：]?|包括\s*[:：]?|名单如下\s*[:：]?|如下\s*[:：]|(?:是|为|有)\s*[:：]|[:：]\s*$/g;
// "以下3家企业", "下列5个单位": the count of the lines that follow.
const DEICTIC_COUNT = /(?:以下|下列)\s*(\d+|[一二两三四五六七八九十]+)\s*(家|个|名|位)([\u4e00-\u9fff]{0,4}?(?:企业|单位|组织|个人|同志))?/;
// What may stand between the award and the introducer: who received it, counts, "名单日前揭晓".
const MAX_GAP = 48;

export interface IntroducedResult {
  facts: NewAwardFact[];
  warnings: Warning[];
}

export function extractIntroducedLists(ctx: AwardContext): IntroducedResult {
  const out: IntroducedResult = { facts: [], warnings: [] };
  const paras = ctx.doc.paragraphs;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    for (const intro of p.text.matchAll(INTRODUCER)) {
      const at = intro.index!;
      const award = sectionOfAward(ctx, i, p.text, at) ?? awardBefore(ctx, p.text, at);
      if (!award) continue;
      const gap = award.section ?? p.text.slice(award.end, at);
      const personal = /个人/.test(gap) && !/单位|企业|组织/.test(gap);
      const listFrom = at + intro[0].length;
      let listEnd = listFrom;
      while (listEnd < p.text.length && !/[。！？!?]/.test(p.text[listEnd])) listEnd++;
      const span: Span = { start: p.start, end: p.end, text: p.text };
      const info = awardInfo(
        ctx,
        span,
        i,
        p.start + award.start,
        p.start + award.end,
        p.text.slice(Math.max(0, award.start - 12), award.start),
        award.mention,
        false,
      );
      if (/个人/.test(gap) && !info.category) info.category = personal ? "个人" : info.category;
      if (listEnd > listFrom && p.text.slice(listFrom, listEnd).trim()) {
        const list = readEnumeration(ctx, span, p.start + listFrom, p.text.slice(listFrom, listEnd), "resolved", personal);
        // "申报条件为：…": what follows the introducer is mostly not names — not a list of recipients.
        if (!list || list.unread.length > list.recipients.length) continue;
        emit(
          ctx,
          out,
          list,
          { ...info, statedTotal: statedTotal(list.counts) },
          p.start + Math.min(award.start, at),
          p.start + listEnd,
          span,
        );
        continue;
      }
      // Nothing after the colon: one recipient (or several) per following line.
      const deictic = DEICTIC_COUNT.exec(p.text.slice(0, at));
      const n = deictic ? cnNumber(deictic[1]) : null;
      if (n != null) info.statedTotal = { count: n, of: deictic![3] ?? deictic![2] };
      i = linesBelow(ctx, out, i + 1, info, personal || (deictic ? /名|位|个人|同志/.test(deictic[0]) : false));
    }
  }
  yearLabelledLines(ctx, out);
  return out;
}

// "2012年：A有限公司(某区)、B有限公司(某县)": one line per year under a list title ("历届获奖名单").
const YEAR_LINE = /^\s*((?:19|20)\d{2})\s*年度?\s*[:：]\s*(\S.*)$/;
const LIST_TITLE = /(?:历届|历年|往届)?(?:获奖|获评|入选)?(?:名单|名录|榜单|一览)\s*[:：]?\s*$/;

/**
 * Year-labelled lines of recipients under a list title that names no award of its own: the award is
 * the one the heading names (a news item's "历届获奖名单" of its subject award).
 */
function yearLabelledLines(ctx: AwardContext, out: IntroducedResult): void {
  const paras = ctx.doc.paragraphs;
  let titled = false;
  for (const p of paras) {
    const m = YEAR_LINE.exec(p.text);
    if (!m) {
      titled = LIST_TITLE.test(p.text) && p.text.length <= 40 && !findAwardMentions(p.text, ctx).length;
      continue;
    }
    if (!titled) continue;
    const award = headingAward(ctx);
    if (!award) return;
    const span: Span = { start: p.start, end: p.end, text: p.text };
    const list = readEnumeration(ctx, span, p.start, m[2], "resolved");
    if (!list) {
      titled = false;
      continue;
    }
    const info = awardInfo(ctx, span, 0, p.start, p.start, "", award, false);
    emit(ctx, out, list, { ...info, year: Number(m[1]), yearLabel: null, edition: null }, p.start, p.end, span);
  }
}

// "组织奖分别是：", "个人奖包括：", "提名奖获奖组织有：": a section of an award named before.
const SECTION_BEFORE = new RegExp(
  `(?:^|[。；;，,\\s])(?:其中[，,]?)?((?:${CATEGORY_ALTERNATION})?(?:${STANDALONE_TIER_ALTERNATION}|奖)(?:获奖|获得)?(?:${CATEGORY_ALTERNATION}|者)?)(?:名单)?$`,
);

/**
 * The award a section word before the introducer belongs to: the last award named earlier in the
 * paragraph, else in the two paragraphs before, else the heading's one award.
 */
function sectionOfAward(ctx: AwardContext, para: number, text: string, at: number): AwardBefore | null {
  const sec = SECTION_BEFORE.exec(text.slice(0, at).replace(/(?:分别|依次)$/, ""));
  if (!sec) return null;
  const word = sec[1];
  const sources = [text.slice(0, sec.index), ...[para - 1, para - 2].filter((k) => k >= 0).map((k) => ctx.doc.paragraphs[k].text)];
  let mention: AwardMention | null = null;
  for (const src of sources) {
    mention = findAwardMentions(src, ctx).pop() ?? null;
    if (mention) break;
  }
  mention ??= headingAward(ctx);
  if (!mention) return null;
  const tierWord = new RegExp(STANDALONE_TIER_ALTERNATION).exec(word)?.[0];
  const tier = tierWord ? STANDALONE_TIERS[tierWord] : mention.tier;
  const category = new RegExp(CATEGORY_ALTERNATION).exec(word)?.[0] ?? mention.category;
  const start = sec.index + sec[0].length - sec[1].length;
  return { start, end: at, mention: { ...mention, tier, category }, section: word };
}

interface AwardBefore {
  /** The section word ("个人奖") when the award was named before it. */
  section?: string;
  start: number;
  end: number;
  mention: Pick<AwardMention, "award" | "level" | "region" | "tier" | "category">;
}

/** The award named closest before the introducer at `at` (within the gap), else the heading's one award. */
function awardBefore(ctx: AwardContext, text: string, at: number): AwardBefore | null {
  const from = Math.max(0, at - MAX_GAP - 40);
  const mentions = findAwardMentions(text.slice(from, at), ctx).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
  const last = mentions[mentions.length - 1];
  if (last && at - last.end <= MAX_GAP && !/[。！？]/.test(text.slice(last.end, at)))
    return { start: last.start, end: last.end, mention: last };
  if (last) return null;
  // "3家本省企业分别是：": counted recipients with no award named → the heading's award.
  if (!/(?:\d+|[一二两三四五六七八九十]+)\s*(?:家|个|名|位)[\u4e00-\u9fff]{0,6}$/.test(text.slice(0, at).replace(/(?:分别|依次)$/, "")))
    return null;
  const h = headingAward(ctx);
  return h ? { start: at, end: at, mention: h } : null;
}

/** The one award the heading lines name (title and short lines before the body), else null. */
function headingAward(ctx: AwardContext): AwardMention | null {
  const found = new Map<string, AwardMention>();
  for (const raw of [ctx.doc.record.title ?? "", ...ctx.doc.paragraphs.slice(0, 8).map((p) => p.text)]) {
    const line = raw.normalize("NFKC");
    if (!line.trim() || line.length > 80 || /[。；;]/.test(line)) continue;
    for (const m of findAwardMentions(line, ctx)) if (!found.has(m.award)) found.set(m.award, m);
  }
  return found.size === 1 ? [...found.values()][0] : null;
}

/** Lines under an introducer line: each a name (or names); the list ends at the first line that is not. */
function linesBelow(ctx: AwardContext, out: IntroducedResult, from: number, info: ReturnType<typeof awardInfo>, personal: boolean): number {
  const paras = ctx.doc.paragraphs;
  let i = from;
  for (; i < paras.length; i++) {
    const p = paras[i];
    const span: Span = { start: p.start, end: p.end, text: p.text };
    const text = p.text.replace(/^\s*(?:\d{1,3}\s*[.、)]|[(（]\s*\d{1,3}\s*[)）])\s*/, "");
    if (/[。！？:：]/.test(text) || text.length > 120) break;
    const list = readEnumeration(ctx, span, p.start, text, "resolved", personal);
    if (!list || list.unread.length) {
      // A short line right under the list that reads as no name: the list may go on; say so.
      if (text.trim() && text.length <= 40 && !/[，,]/.test(text) && !findAwardMentions(text, ctx).length) {
        out.warnings.push({
          doc: ctx.doc.record.id,
          code: "unread_list_entry",
          message: `a line under the list of ${info.award} is no name the rules read; the list is taken to end before it`,
          evidence: evidence(ctx, p.start, p.end),
        });
      }
      break;
    }
    emit(ctx, out, list, info, p.start, p.end, span);
  }
  return i - 1;
}

function emit(
  ctx: AwardContext,
  out: IntroducedResult,
  list: Enumeration,
  info: ReturnType<typeof awardInfo>,
  start: number,
  end: number,
  span: Span,
): void {
  for (const r of list.recipients) out.facts.push(makeFact(ctx, r, info, evidence(ctx, start, end)));
  for (const piece of list.unread) {
    out.warnings.push({
      doc: ctx.doc.record.id,
      code: "unread_recipient",
      message: `"${piece}" in a list of ${info.award} recipients is no name the rules read`,
      evidence: evidence(ctx, span.start, span.end),
    });
  }
  for (const c of countMismatches(list.counts)) {
    out.warnings.push({
      doc: ctx.doc.record.id,
      code: "count_mismatch",
      message: `${c.count} ${c.of ?? ""} stated, ${c.named} named`,
      evidence: evidence(ctx, start, end),
    });
  }
}

// Policies, their quantified goals and reported outcomes (issue 6). Pure over the prepared
// document: policy titles first (their numbers are names, not figures), then every quantified
// item, judged a goal or an outcome by where and how the text states it.
import { metricAliasPairs } from "../../../graph/metrics.js";
import { AS_OF_NOW, SINCE_OPENER, UNDATED_PERIOD, UNDATED_PERIOD_OPENER } from "../../../graph/policy-vocabulary.js";
import type { GazetteerEntry } from "../../../graph/types.js";
import { spanIndexAt } from "../../text/sentences.js";
import type { Extractor, NewFact } from "../extractor.js";
import type { PreparedDocument } from "../prepared-document.js";
import { pinnedYear, regionAt, regionChain, resolveMention, sectionAt, sectionYears } from "./context.js";
import { documentHead, restatingHeadParagraphs } from "./document-head.js";
import { findItems, type QuantityItem } from "./items.js";
import { yearsIn } from "./numbers.js";
import { observationFact, observationYear } from "./observations.js";
import { findPolicyMentions, policyFacts } from "./policies.js";
import { type GoalContext, isGoal, targetFact } from "./targets.js";

/** The region a figure is for: one the text gives it (其中吴中区4家), the province for 全省 clauses, a region inside the document's that opens the sentence, else the document's. */
function itemRegion(doc: PreparedDocument, item: QuantityItem): string | null {
  if (item.region) return item.region;
  if (item.province) return regionAt(doc.regions, doc.region, "province") ?? doc.region;
  const sent = doc.sentences[item.sentence];
  // The subject may also open the item's own clause ("…发布决定，芜湖市4家企业获此殊荣").
  const opener = doc.regionMentions.find(
    (r) => (r.start >= sent.start && r.start <= sent.start + 2) || (r.start >= item.start && r.start <= item.start + 1),
  );
  // Only a region acting as the subject ("天元区政府设立…", "某区已…"), not a word like 城区 in a metric.
  if (
    opener &&
    /^(政府|人民政府|委|有|已|共|拥有|累计|全|新增|新培育|\d|[一二两三四五六七八九十])/.test(doc.norm.slice(opener.end, opener.end + 4))
  ) {
    const r = resolveMention(doc, opener.candidates);
    if (r && doc.region && r !== doc.region && regionChain(doc.regions, r).includes(doc.region)) return r;
  }
  return doc.region;
}

/** "2023年，全市…；工业产品…96.8%。": parts of one sentence split at ；share the year written before. */
function semicolonYear(doc: PreparedDocument, item: QuantityItem): number | null {
  const para = doc.paragraphs[item.paragraph];
  for (let si = item.sentence - 1; si >= 0 && para && doc.sentences[si].start >= para.start; si--) {
    const text = doc.sentences[si].text;
    if (!/[；;]\s*$/.test(text)) break;
    const ys = yearsIn(text).filter((y) => !y.base && !y.to);
    if (ys.length) return ys[ys.length - 1].year;
  }
  return null;
}

/**
 * A period word earlier in the item's paragraph with no year written between it and the figure:
 * "近年来"/"6年来"/"自2011年设立以来" leave the figure undated, "截至目前" makes it an as-of-now
 * total. A "2023年以来" in a text speaking from 2023 (or undated) is that year, not a period.
 */
function periodBefore(doc: PreparedDocument, item: QuantityItem, speaking: number | null): "undated" | "as-of-now" | null {
  const para = doc.paragraphs[item.paragraph];
  if (!para || item.year != null) return null;
  const before = doc.norm.slice(para.start, item.start);
  const last = (re: RegExp) => [...before.matchAll(re)].pop();
  const period = last(UNDATED_PERIOD);
  const now = last(AS_OF_NOW);
  const best = [period && { at: period.index!, kind: "undated" as const }, now && { at: now.index!, kind: "as-of-now" as const }]
    .filter((x) => !!x)
    .sort((a, b) => b!.at - a!.at)[0];
  if (!best) return null;
  // A year written after the period word dates what follows it.
  const later = yearsIn(before.slice(best.at)).filter((y) => !y.base && !y.since && !y.to);
  if (later.length) return null;
  if (best.kind === "undated") {
    const sinceYear = yearsIn(before.slice(Math.max(0, best.at - 12), best.at + 6)).find((y) => y.since);
    if (sinceYear && (speaking == null || sinceYear.year >= speaking)) return null;
  }
  return best.kind;
}

/**
 * What the item's paragraph says about time: a review of a period without a year of its own
 * ("近年来，…", "2018年以来，…" in a text about a later year: `current`), a period word earlier in
 * it, and the year it opens with ("2022年，全市…": the figures' year; a year opening a later
 * sentence dates only that sentence, as the seed gold has it).
 */
function paragraphScope(doc: PreparedDocument, item: QuantityItem, current: number | null, speaking: number | null) {
  const paraText = doc.paragraphs[item.paragraph]?.text.trim() ?? "";
  const since = SINCE_OPENER.exec(paraText);
  const period = periodBefore(doc, item, current);
  if (period === "as-of-now") item.asOfNow = true;
  const opensUndated = UNDATED_PERIOD_OPENER.test(paraText);
  const undated = opensUndated || (since != null && current != null && Number(since[1]) < current) || period === "undated";
  const opening = /^((?:19|20)\d\d)年(?:[，,]|是|以来|全年)/.exec(paraText);
  const openingYear = opening && (speaking == null || Number(opening[1]) <= speaking) ? Number(opening[1]) : null;
  return {
    review: undated || since != null,
    years: {
      undated,
      paragraphYear: openingYear != null && !undated ? openingYear : semicolonYear(doc, item),
      openingYear: opensUndated ? null : openingYear,
    },
  };
}

/** The last year named in the item's paragraph before its sentence: the event a "至此" total closes. */
function eventYear(doc: PreparedDocument, item: QuantityItem): number | null {
  const para = doc.paragraphs[item.paragraph];
  const sent = doc.sentences[item.sentence];
  if (!para || !sent) return null;
  const ys = yearsIn(doc.norm.slice(para.start, sent.start)).filter((y) => !y.base && !y.since && !y.to);
  return ys.length ? ys[ys.length - 1].year : null;
}

export const extractPolicyFacts: Extractor = (doc) => {
  const head = documentHead(doc);
  const mentions = findPolicyMentions(doc, head.own);
  const policies = policyFacts(doc, mentions);
  const own = head.own?.title ?? null;
  // The year the text pins ("今年…申报2023年…"); the document speaks from its date, else that year.
  const pinnedByText = pinnedYear(doc);
  const speaking = doc.year ?? head.speaking ?? pinnedByText;
  const sections = sectionYears(doc, speaking);
  const reviewed = doc.reviewYear ?? (head.mode === "report" ? head.subjectYear : null) ?? speaking;
  // A report's subject year pins its totals too ("…质量月…发布…成果：累计…").
  const pinned = doc.reviewYear ?? (head.mode === "report" ? head.subjectYear : null) ?? pinnedByText;

  // Unitless goals (低于0.3, 超过85) are read only where goals are set.
  const planSentence = (si: number) => {
    if (own) return true;
    const s = doc.sentences[si];
    const para = spanIndexAt(doc.paragraphs, s.start);
    return (
      !!sectionAt(sections, para)?.plan ||
      /到(19|20)\d\d年/.test(s.text) ||
      /^(?:力争|计划|预计)?(?:到|至)(19|20)\d\d年/.test(doc.paragraphs[para]?.text ?? "")
    );
  };
  // A news item's head lines (headline, source, date) restate its body; a plan's head is its title.
  const headParagraphs = own == null && doc.paragraphs.length > head.lines.length ? restatingHeadParagraphs(head) : undefined;
  const items = findItems(doc, { bare: planSentence, titles: mentions, policyDoc: own != null, headParagraphs });

  const facts: NewFact[] = [...policies.facts];
  const aliases: GazetteerEntry[] = [];
  let lastDeadline: number | null = null;
  let lastSentence = -1;
  for (const item of items) {
    // Deadlines named in the sentences read so far (a 到2020年 opening a paragraph of goals).
    for (let si = lastSentence + 1; si <= item.sentence; si++) {
      const to = yearsIn(doc.sentences[si].text).filter((y) => y.to);
      if (to.length) lastDeadline = to[to.length - 1].year;
    }
    lastSentence = item.sentence;
    const section = sectionAt(sections, item.paragraph);
    // "到2025年，全市质量整体水平显著提升。制造业…达到…": a deadline opening a paragraph governs its sentences.
    const opensWithDeadline = /^(?:力争|计划|预计)?(?:到|至)((?:19|20)\d\d)年(?:底|末)?[，,]/.exec(
      doc.paragraphs[item.paragraph]?.text ?? "",
    );
    if (item.toYear == null && opensWithDeadline) item.toYear = Number(opensWithDeadline[1]);
    const scope = paragraphScope(doc, item, head.mode === "report" ? reviewed : speaking, speaking);
    const ctx: GoalContext = {
      policyDoc: own,
      speaking,
      section,
      sentenceText: doc.sentences[item.sentence].text,
      lastDeadline,
      planYear: head.mode === "plan" ? head.subjectYear : null,
      reviewParagraph: scope.review,
    };
    const region = itemRegion(doc, item);
    const fact = isGoal(item, ctx)
      ? targetFact(doc, item, ctx, region)
      : observationFact(
          doc,
          item,
          observationYear(item, { section, reviewed, pinned, ...scope.years, eventYear: eventYear(doc, item) ?? head.headlineYear }),
          region,
        );
    facts.push(fact);
    aliases.push({ name: fact.metric, kind: "metric", canonical: fact.metric_key ?? fact.metric });
  }
  // The alias table's other phrasings of the metrics this document uses, so questions can name them.
  const used = new Set(aliases.map((a) => a.canonical));
  for (const pair of metricAliasPairs()) if (used.has(pair.canonical)) aliases.push({ ...pair, kind: "metric" });
  const seen = new Set<string>();
  return {
    facts,
    warnings: policies.warnings,
    aliases: aliases.filter((a) => (seen.has(a.name) ? false : (seen.add(a.name), true))),
  };
};

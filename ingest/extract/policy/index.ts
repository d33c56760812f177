// Policies, their quantified goals and reported outcomes (issue 6). Pure over the prepared
// document: policy titles first (their numbers are names, not figures), then every quantified
// item, judged a goal or an outcome by where and how the text states it.
import type { GazetteerEntry } from "../../../graph/types.js";
import type { Extractor, NewFact } from "../extractor.js";
import type { PreparedDocument } from "../prepared-document.js";
import { regionAt, regionChain, resolveMention, sectionAt, sectionYears, speakingYear } from "./context.js";
import { findItems, type QuantityItem } from "./items.js";
import { yearsIn } from "./numbers.js";
import { observationFact, observationYear } from "./observations.js";
import { findPolicyMentions, policyFacts } from "./policies.js";
import { isGoal, targetFact, type GoalContext } from "./targets.js";

/** The region a figure is for: the province for 全省 clauses, a region inside the document's that opens the sentence, else the document's. */
function itemRegion(doc: PreparedDocument, item: QuantityItem): string | null {
  if (item.province) return regionAt(doc.region, "province") ?? doc.region;
  const sent = doc.sentences[item.sentence];
  const opener = doc.regionMentions.find((r) => r.start >= sent.start && r.start <= sent.start + 2);
  if (opener) {
    const r = resolveMention(doc, opener.candidates);
    if (r && doc.region && r !== doc.region && regionChain(r).includes(doc.region)) return r;
  }
  return doc.region;
}

export const extractPolicyFacts: Extractor = (doc) => {
  const mentions = findPolicyMentions(doc);
  const policies = policyFacts(doc, mentions);
  const own = mentions.find((m) => m.own)?.title ?? null;
  const speaking = speakingYear(doc);
  const sections = sectionYears(doc, speaking);

  // Unitless goals (低于0.3, 超过85) are read only where goals are set.
  const planSentence = (si: number) => {
    if (own) return true;
    const s = doc.sentences[si];
    const para = doc.paragraphs.findIndex((p) => p.start <= s.start && s.start < p.end);
    return !!sectionAt(sections, para)?.plan || /到(19|20)\d\d年/.test(s.text);
  };
  const items = findItems(doc, { bare: planSentence, titles: mentions });

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
    const ctx: GoalContext = { policyDoc: own, speaking, section, sentenceText: doc.sentences[item.sentence].text, lastDeadline };
    const region = itemRegion(doc, item);
    const fact = isGoal(item, ctx) ? targetFact(doc, item, ctx, region) : observationFact(doc, item, observationYear(item, section, speaking), region);
    facts.push(fact);
    aliases.push({ name: fact.metric, kind: "metric", canonical: fact.metric_key ?? fact.metric });
  }
  const seen = new Set<string>();
  return {
    facts,
    warnings: policies.warnings,
    aliases: aliases.filter((a) => (seen.has(a.name) ? false : (seen.add(a.name), true))),
  };
};

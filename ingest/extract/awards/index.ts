// Award facts (issue 3): prose statements first (a fact stated in the body and again in a list keeps
// the body sentence as its first evidence when the pipeline merges them), then header-scoped lists.
import type { GazetteerEntry, Warning } from "../../../graph/types.js";
import { spanAt } from "../../text/sentences.js";
import type { Extractor, NewFact } from "../extractor.js";
import { type AwardContext, buildContext, paragraphAt } from "./context.js";
import type { NewAwardFact } from "./facts.js";
import { extractHeaderLists } from "./header-lists.js";
import { extractProse, type StatedTotal } from "./inline-enumerations.js";
import { extractIntroducedLists } from "./introduced-lists.js";
import { findFormerNames, isOrgName, shortFormsInText } from "./organisation-names.js";

export const extractAwards: Extractor = (doc) => {
  const ctx = buildContext(doc);
  const prose = extractProse(ctx);
  const introduced = extractIntroducedLists(ctx);
  const lists = extractHeaderLists(ctx, singleYears(prose.facts));
  const facts = eventYear(ctx, mergeUndated(dedupe([...prose.facts, ...introduced.facts, ...lists.facts])));
  const warnings: Warning[] = [
    ...prose.warnings,
    ...introduced.warnings,
    ...lists.warnings,
    ...checkTotals(doc.record.id, prose.totals, facts),
  ];
  const aliases: GazetteerEntry[] = [
    ...ctx.declared.map((d) => ({ name: d.short, kind: "organization" as const, canonical: d.full })),
    // Former names are linked only where the text says so ("(原…)"), never guessed.
    ...findFormerNames(doc).map((d) => ({ name: d.short, kind: "organization" as const, canonical: d.full })),
    ...[...ctx.resolved].map(([name, canonical]) => ({ name, kind: "organization" as const, canonical })),
    ...prose.aliases,
    ...lists.aliases,
    ...shortForms(ctx, facts),
  ];
  return { facts: facts as NewFact[], warnings, aliases: uniqueAliases(aliases) };
};

/** Awards the prose gives exactly one year (several years: the body is a history, not a decision). */
function singleYears(facts: NewAwardFact[]): Map<string, number> {
  const years = new Map<string, Set<number>>();
  for (const f of facts) if (f.year != null) (years.get(f.award) ?? years.set(f.award, new Set()).get(f.award)!).add(f.year);
  return new Map([...years].filter(([, ys]) => ys.size === 1).map(([award, ys]) => [award, [...ys][0]]));
}

/** "累计6家企业获此荣誉" against the distinct recipients of that award the document names. */
function checkTotals(doc: string, totals: StatedTotal[], facts: NewAwardFact[]): Warning[] {
  const out: Warning[] = [];
  for (const t of totals) {
    if (t.stated == null) continue;
    const named = new Set(
      facts.filter((f) => f.award === t.award && f.tier === t.tier && f.recipient_type === "organization").map((f) => f.recipient),
    );
    if (named.size !== t.stated) {
      out.push({
        doc,
        code: "count_mismatch",
        message: `text states ${t.stated} recipients of ${t.award}, the document names ${named.size}`,
        evidence: t.evidence,
      });
    }
  }
  return out;
}

// "此次", "本次", "本届": the sentence speaks of the round the document reports on; "某奖获得者张某"
// names a holder of the award the report is about.
const THIS_ROUND = /(?:此|本|这)(?:次|届|轮)|获得者|获奖者|得主/;

/**
 * "某中心此次也获得了某奖" in a report whose other facts date this award by one year: the same round,
 * so the same year. Several years (a history) date nothing.
 */
function eventYear(ctx: AwardContext, facts: NewAwardFact[]): NewAwardFact[] {
  const years = new Map<string, Set<number>>();
  for (const f of facts) if (f.year != null) (years.get(f.award) ?? years.set(f.award, new Set()).get(f.award)!).add(f.year);
  for (const f of facts) {
    const ys = years.get(f.award);
    if (f.year != null || !ys || ys.size !== 1) continue;
    const ev = f.evidence[0];
    const sentence = spanAt(ctx.doc.sentences, ev.start);
    if (sentence && THIS_ROUND.test(sentence.text)) f.year = [...ys][0];
  }
  for (const f of facts) if (f.year == null) f.year = announcedYear(ctx, f);
  return facts;
}

/**
 * "某局公布了2013年质量信用企业名单。在首次评出的质量信用AAA级企业中，某公司榜上有名": an undated
 * fact takes the year an earlier sentence of its paragraph gives the same programme (the event reported).
 */
function announcedYear(ctx: AwardContext, f: NewAwardFact): number | null {
  const stem = programmeStem(f.award, f.region);
  if (stem.length < 3) return null;
  const ev = f.evidence[0];
  const para = ctx.doc.paragraphs[paragraphAt(ctx.doc, ev.start)];
  const sentence = spanAt(ctx.doc.sentences, ev.start);
  const before = ctx.doc.norm.slice(para.start, Math.max(para.start, sentence?.start ?? ev.start));
  let year: number | null = null;
  for (const m of before.matchAll(/((?:19|20)\d{2})\s*年度?([^，,。；;！？]{0,10})/g)) if (m[2].includes(stem)) year = Number(m[1]);
  return year;
}

/** The programme's words without region and grade: 某省质量信用AA级 → 质量信用, 某市市长质量奖 → 市长质量奖. */
function programmeStem(award: string, region: string): string {
  return (region && award.startsWith(region) ? award.slice(region.length) : award).replace(/A+级$/, "");
}

/** Same fact found twice by different patterns in the same place: keep one, merge evidence. */
function dedupe(facts: NewAwardFact[]): NewAwardFact[] {
  const byKey = new Map<string, NewAwardFact>();
  for (const f of facts) {
    const key = [f.recipient, f.award, f.year ?? "", f.tier, f.status ?? ""].join("|");
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, { ...f, evidence: [...f.evidence] });
      continue;
    }
    for (const e of f.evidence) if (!prev.evidence.some((x) => x.start === e.start && x.end === e.end)) prev.evidence.push(e);
    fillMissing(prev, f);
  }
  return [...byKey.values()];
}

/** Fields `target` leaves empty (null/undefined) take `source`'s value. */
function fillMissing(target: NewAwardFact, source: NewAwardFact): void {
  const t = target as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(source)) if (t[k] == null && v != null) t[k] = v;
}

/**
 * "授予A等3家单位“某区区长质量奖”" in the body and "1.A" under a dated list header: one fact, whose
 * year comes from the list. An undated fact joins the dated one only when that year is the only one.
 */
function mergeUndated(facts: NewAwardFact[]): NewAwardFact[] {
  const key = (f: NewAwardFact) => [f.recipient, f.award, f.tier, f.status ?? ""].join("|");
  const dated = new Map<string, NewAwardFact[]>();
  for (const f of facts) if (f.year != null) (dated.get(key(f)) ?? dated.set(key(f), []).get(key(f))!).push(f);
  const out: NewAwardFact[] = [];
  for (const f of facts) {
    const same = f.year == null ? (dated.get(key(f)) ?? []) : [];
    if (same.length !== 1) {
      out.push(f);
      continue;
    }
    const target = same[0];
    // The body sentence stays the first evidence.
    target.evidence = [...f.evidence, ...target.evidence.filter((e) => !f.evidence.some((x) => x.start === e.start && x.end === e.end))];
    fillMissing(target, f);
  }
  return out;
}

/** Short forms the document uses for its organisation recipients (明远光电 for 临江明远光电股份有限公司). */
function shortForms(ctx: AwardContext, facts: NewAwardFact[]): GazetteerEntry[] {
  const fulls = [
    ...new Set(
      facts
        .flatMap((f) => [f.recipient_type === "organization" ? f.recipient : null, f.affiliation])
        .filter((n): n is string => !!n && isOrgName(n)),
    ),
  ];
  const isRegion = (s: string) => ctx.index.lookup(s).length > 0;
  const words = new Set(ctx.doc.tokens.map((t) => t.word));
  const isWord = (s: string) => words.has(s);
  const byShort = new Map<string, Set<string>>();
  for (const full of fulls)
    for (const short of shortFormsInText(full, ctx.doc.norm, isRegion, isWord))
      (byShort.get(short) ?? byShort.set(short, new Set()).get(short)!).add(full);
  // A short form two recipients share names neither.
  return [...byShort]
    .filter(([, set]) => set.size === 1)
    .map(([name, set]) => ({ name, kind: "organization" as const, canonical: [...set][0] }));
}

function uniqueAliases(list: GazetteerEntry[]): GazetteerEntry[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const k = `${a.name}|${a.canonical}`;
    if (a.name === a.canonical || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

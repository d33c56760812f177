// Figures and goals: reported values (observations), the targets policies set, which policies
// set a target for a metric, and whether a target was reached. Metrics are matched by similarity
// to the question, since questions paraphrase the documents' wording.

import { judgeTarget, satisfies } from "../judge.js";
import { reasonText, viewMessages } from "../messages.js";
import { regionWithin } from "../regions.js";
import type { AwardFact, ObservationFact, TargetFact } from "../types.js";
import { type AskContext, regionScope } from "./context.js";
import type { ItemDraft } from "./evidence.js";
import type { Outcome } from "./execute-awards.js";
import { matchKey } from "./normalize.js";
import { policyInPlaces } from "./policy-refs.js";
import type { ParsedQuestion } from "./query.js";
import { compareSimilarity, plausible, type Similarity, similarity } from "./similarity.js";

const uniq = <T>(xs: T[]) => [...new Set(xs)];

/** The question without the policy titles it names, so a title's words do not look like a metric. */
function keyWithoutPolicies(q: ParsedQuestion): string {
  let k = q.key;
  for (const p of q.policies) k = k.split(matchKey(p)).join("|");
  return k;
}

// A metric is matched by its wording and by its canonical key (工业产品抽检合格率 for 监督抽查), whichever is closer.
// A bracketed qualifier (争创中国质量奖（含提名奖）) is seldom repeated in a question, so the wording
// without it is tried too.
function metricSimilarity(f: { metric: string; metric_key?: string }, text: string): Similarity {
  const m = matchKey(f.metric);
  let a = similarity(m, text);
  const bare = m.replace(/\([^()]{1,12}\)/g, "");
  if (bare !== m && bare.length >= 4) {
    const c = similarity(bare, text);
    if (compareSimilarity(c, a) < 0) a = c;
  }
  if (!f.metric_key || f.metric_key === f.metric) return a;
  const b = similarity(matchKey(f.metric_key), text);
  return compareSimilarity(a, b) <= 0 ? a : b;
}

function rank<T extends { metric: string; metric_key?: string }>(
  facts: T[],
  text: string,
  threshold: number,
  tie: (a: T, b: T) => number = () => 0,
) {
  return facts
    .map((f) => ({ f, s: metricSimilarity(f, text) }))
    .filter((x) => plausible(x.s, threshold))
    .sort((a, b) => compareSimilarity(a.s, b.s) || tie(a.f, b.f));
}

const obsItem = (o: ObservationFact): ItemDraft => ({ name: o.metric, value: o.value, unit: o.unit, year: o.year, facts: [o] });
const targetItem = (t: TargetFact, note?: string): ItemDraft => ({
  name: t.metric,
  value: t.value,
  unit: t.unit,
  year: t.deadline_year,
  ...(note ? { note } : {}),
  facts: [t],
});

export async function bestObservation(
  ctx: AskContext,
  q: ParsedQuestion,
  text: string,
  regions: string[],
): Promise<{ o: ObservationFact; s: Similarity } | null> {
  const rs = regionScope(ctx, regions);
  const year = q.year ?? q.yearTo;
  // A rank (居全省第一) answers 第几/排名 questions and nothing else.
  const wantsRank = /第几|排名|排第|位次|名次|排在/.test(q.key);
  const wantsShare = /比重|占比|比例|百分比|份额/.test(q.key);
  const obs = (await ctx.backend.observations(rs ? { regions: rs } : {}))
    .filter((o) => year == null || o.year == null || o.year === year)
    .filter((o) => (o.unit === "位次") === wantsRank)
    // A share (占全市比重, 占比) is a percentage.
    .filter((o) => !wantsShare || o.unit === "%");
  // Rank figures are few, and their names end in 排名 where questions say 排第几: match the rest, less strictly.
  const pool = wantsRank
    ? obs.map((o) => ({ ...o, metric: o.metric.replace(/(在)?(全国|全省|全市|亚洲|全球|世界)?(排名|位次|名次)$/, "") || o.metric }))
    : obs;
  const original = new Map(pool.map((o, i) => [o, obs[i]]));
  const ranked = rank(pool, text, wantsRank ? 0.45 : 0.6, (a, b) => {
    // Prefer the year asked, then the region named itself over a region inside it.
    const ya = year != null && a.year === year ? 0 : 1;
    const yb = year != null && b.year === year ? 0 : 1;
    if (ya !== yb) return ya - yb;
    const ra = regions.includes(a.region ?? "") ? 0 : 1;
    const rb = regions.includes(b.region ?? "") ? 0 : 1;
    return ra - rb || (b.year ?? 0) - (a.year ?? 0);
  });
  return ranked[0] ? { o: original.get(ranked[0].f) ?? ranked[0].f, s: ranked[0].s } : null;
}

export async function observationValue(ctx: AskContext, q: ParsedQuestion): Promise<Outcome> {
  // Separate places (宁波和武汉), not a place and the province around it (宁波…浙江制造).
  const places = q.regions.filter((r) => !q.regions.some((o) => o !== r && regionWithin(ctx.regions, o, r)));
  if (places.length > 1) {
    // 宁波和武汉的…分别是多少: one figure per place. They are added up only when asked (合计);
    // otherwise one number cannot answer, so the figures go into the items and the answer stays [].
    const each = await Promise.all(places.map((r) => bestObservation(ctx, q, q.key, [r])));
    const found = each.filter((b): b is NonNullable<typeof b> => b != null);
    const items = found.map((b) => obsItem(b.o));
    const notes = found.map((b) => `${b.o.region ?? ""}${b.o.year ? `${b.o.year}年` : ""}${b.o.metric}：${b.o.value}${b.o.unit ?? ""}。`);
    const sameUnit = new Set(found.map((b) => b.o.unit ?? "")).size === 1;
    if (q.sum && found.length === places.length && sameUnit) {
      return { answer: found.reduce((t, b) => t + b.o.value, 0), items, notes };
    }
    return { answer: [], items, notes: [...notes, "问题涉及多个地区，一个数字无法回答，分别列出。"] };
  }
  const best = await bestObservation(ctx, q, q.key, q.regions);
  if (!best) return { answer: [], items: [], notes: ["图中没有找到与问题相符的统计数字。"] };
  const { o } = best;
  return {
    answer: o.value,
    items: [obsItem(o)],
    notes: [`对应指标“${o.metric}”（${o.region ?? "地区未写"}，${o.year ?? "年份未写"}${o.year ? "年" : ""}）。`],
  };
}

export async function targetsOf(ctx: AskContext, q: ParsedQuestion): Promise<TargetFact[]> {
  const rs = regionScope(ctx, q.regions);
  if (q.policies.length) return (await Promise.all(q.policies.map((policy) => policyTargets_(ctx, policy)))).flat();
  return ctx.backend.targets(rs ? { regions: rs } : {});
}

/**
 * A policy's targets; when none names it, the targets that name no policy in the document that
 * states this policy and no other (a notice announcing one plan, its goals listed below).
 */
async function policyTargets_(ctx: AskContext, policy: string): Promise<TargetFact[]> {
  const stated = await ctx.backend.targets({ policy });
  if (stated.length) return stated;
  const policies = await ctx.policies();
  const docs = new Set(policies.filter((p) => p.title === policy).map((p) => p.doc));
  const only = [...docs].filter((d) => policies.every((p) => p.doc !== d || p.title === policy));
  if (!only.length) return [];
  const regions = [...new Set(policies.filter((p) => p.title === policy && p.region).map((p) => p.region as string))];
  const near = await ctx.backend.targets(regions.length ? { regions: regionScope(ctx, regions) } : {});
  return near.filter((t) => !t.policy && only.includes(t.doc));
}

function judgementNote(ctx: AskContext, t: TargetFact, observations: ObservationFact[], awards: AwardFact[]): string {
  const j = judgeTarget(t, observations, awards, ctx.regions, ctx.newestYear ?? t.deadline_year ?? 0);
  // The answer's notes are Chinese text: the judge's code is worded by the one message table.
  return `${viewMessages("zh").statuses[j.status]}：${reasonText(j.reason, "zh")}`;
}

export async function policiesWithTarget(ctx: AskContext, q: ParsedQuestion): Promise<Outcome> {
  const targets = await targetsOf(ctx, q);
  const hint = q.metricHint ? matchKey(q.metricHint) : null;
  let hits = hint ? targets.filter((t) => matchKey(t.metric).includes(hint)) : [];
  if (!hits.length) {
    const ranked = rank(targets, hint ?? keyWithoutPolicies(q), 0.75);
    hits = ranked.filter((x) => compareSimilarity(x.s, ranked[0].s) === 0).map((x) => x.f);
  }
  const withPolicy = hits.filter((t) => t.policy);
  const [observations, awards] = withPolicy.length ? await Promise.all([ctx.backend.observations({}), ctx.backend.awards({})]) : [[], []];
  const items = withPolicy.map((t) => ({ ...targetItem(t, judgementNote(ctx, t, observations, awards)), name: t.policy as string }));
  return {
    answer: uniq(withPolicy.map((t) => t.policy as string)),
    items,
    notes: withPolicy.map(
      (t) =>
        `${t.policy}：${t.metric}${t.comparator}${t.value}${t.unit ?? ""}（${t.deadline_year ?? "期限未写"}年）；${items.find((i) => i.facts[0] === t)?.note ?? ""}`,
    ),
  };
}

export async function policyTargets(ctx: AskContext, q: ParsedQuestion): Promise<Outcome> {
  const targets = await targetsOf(ctx, q);
  const hint = q.metricHint ? matchKey(q.metricHint).replace(/^(的|各项|各类)/, "") : "";
  const hits = targets
    .filter((t) => !hint || matchKey(t.metric).includes(hint))
    .filter((t) => q.year == null || t.deadline_year === q.year);
  return { answer: uniq(hits.map((t) => t.metric)), items: hits.map((t) => targetItem(t)), notes: [] };
}

export function bestTarget(targets: TargetFact[], q: ParsedQuestion): TargetFact | null {
  let pool = targets.filter((t) => q.year == null || t.deadline_year == null || t.deadline_year === q.year);
  const byNumber = pool.filter((t) => q.numbers.includes(t.value));
  if (byNumber.length) pool = byNumber;
  const ranked = rank(pool, keyWithoutPolicies(q), byNumber.length ? 0.3 : 0.5);
  if (ranked[0]) return ranked[0].f;
  // A paraphrase that leaves words of the metric out (国家标准制修订目标 for 主导或参与制修订国家标准):
  // the question's own phrase for the metric, found mostly inside exactly one metric's wording.
  const hint = q.metricHint ? matchKey(q.metricHint).replace(/^(的|各项|各类)/, "") : "";
  if (hint.length < 3) return null;
  const back = pool
    .map((t) => ({ t, s: similarity(hint, matchKey(t.metric)) }))
    .filter((x) => plausible(x.s, 0.7))
    .sort((a, b) => compareSimilarity(a.s, b.s));
  return back[0] && (!back[1] || compareSimilarity(back[0].s, back[1].s) !== 0) ? back[0].t : null;
}

export async function targetValue(ctx: AskContext, q: ParsedQuestion): Promise<Outcome> {
  const t = bestTarget(await targetsOf(ctx, q), { ...q, numbers: [] });
  if (!t) return { answer: [], items: [], notes: ["图中没有找到相符的目标。"] };
  return {
    answer: t.value,
    items: [targetItem(t)],
    notes: [`目标“${t.metric}”${t.comparator}${t.value}${t.unit ?? ""}（${t.deadline_year ?? "期限未写"}年）。`],
  };
}

/** 某纲要给X定了具体数值吗?: is there a quantified goal for X at all (not: was it reached)? */
const ASKS_EXISTENCE = /(定|设定|设|提出|规定|明确|给出)了?[^|?？]{0,6}(具体|量化)?(数值|数字|目标值|指标值|量化目标)/;

async function targetExists(ctx: AskContext, q: ParsedQuestion): Promise<Outcome> {
  const targets = await targetsOf(ctx, { ...q, year: null });
  // The metric must be named nearly in full: a goal for a similar-sounding figure is not one for this.
  const hit = rank(targets, keyWithoutPolicies(q), 0.8)[0]?.f ?? null;
  if (!hit) return { answer: false, items: [], notes: [`${q.policies.join("、") || "图中的政策"}没有为该指标设定具体数值目标。`] };
  return { answer: true, items: [targetItem(hit)], notes: [`目标“${hit.metric}”${hit.comparator}${hit.value}${hit.unit ?? ""}。`] };
}

export async function targetMet(ctx: AskContext, q: ParsedQuestion): Promise<Outcome> {
  if (ASKS_EXISTENCE.test(q.rest)) return targetExists(ctx, q);
  const t = bestTarget(await targetsOf(ctx, { ...q, year: null }), { ...q, year: null });
  if (!t) return { answer: [], items: [], notes: ["图中没有找到相符的目标。"] };
  const text = keyWithoutPolicies(q);
  const regions = q.regions.length ? q.regions : t.region ? [t.region] : [];
  if (q.year != null) {
    // The question names the year and the figure to compare (宜昌2019年的食品抽检合格率).
    const best = await bestObservation(ctx, q, text, regions);
    const o = best && (best.o.unit ?? "") === (t.unit ?? "") ? best.o : null;
    if (!o) return { answer: [], items: [targetItem(t)], notes: [`图中没有${q.year}年的相应实际值，无法判断。`] };
    const met = satisfies(o.value, t.comparator, t.value);
    return {
      answer: met,
      items: [targetItem(t), obsItem(o)],
      notes: [
        `目标：${t.metric}${t.comparator}${t.value}${t.unit ?? ""}（${t.deadline_year ?? "期限未写"}年）；实际：${o.year ?? ""}年${o.metric}${o.value}${o.unit ?? ""}，${met ? "达到" : "未达到"}。`,
      ],
    };
  }
  const [observations, awards] = await Promise.all([ctx.backend.observations({}), ctx.backend.awards({})]);
  const j = judgeTarget(t, observations, awards, ctx.regions, ctx.newestYear ?? t.deadline_year ?? 0);
  const answer = j.status === "met" ? true : j.status === "missed" ? false : [];
  return { answer, items: [targetItem(t), ...(j.observation ? [obsItem(j.observation)] : [])], notes: [reasonText(j.reason, "zh")] };
}

export async function policiesList(ctx: AskContext, q: ParsedQuestion): Promise<Outcome> {
  const rs = regionScope(ctx, q.regions);
  const kind = q.askedPolicyType;
  // An award named beside the kind asked (某奖依据什么办法) means that award's own rules.
  const awardKeys = q.awards.flatMap((a) => a.awards).map(matchKey);
  const scope = rs ?? [];
  const policies = (await ctx.backend.policies()).filter((p) => {
    if (kind) {
      if (!p.title.includes(kind) || q.policies.includes(p.title)) return false;
      if (awardKeys.length) return awardKeys.some((k) => matchKey(p.title).includes(k));
      // A year in the question dates the policy it refers to (2016年行动计划), not the one asked.
      return policyInPlaces(ctx, p, q.regions, scope) && (q.year == null || q.policies.length > 0 || p.year === q.year);
    }
    return (!rs || (p.region != null && rs.includes(p.region))) && (q.year == null || p.year === q.year);
  });
  const items = new Map<string, ItemDraft>();
  for (const p of policies) {
    const item = items.get(p.title);
    if (item) item.facts.push(p);
    else items.set(p.title, { name: p.title, year: p.year, facts: [p] });
  }
  return { answer: [...items.keys()], items: [...items.values()], notes: [] };
}

export async function policyYear(ctx: AskContext, q: ParsedQuestion): Promise<Outcome> {
  const want = new Set(q.policies);
  const facts = (await ctx.backend.policies()).filter((p) => want.has(p.title));
  const dated = facts.filter((p) => p.year != null);
  const years = uniq(dated.map((p) => p.year as number)).sort((a, b) => a - b);
  return {
    answer: years.length === 1 ? years[0] : years.map(String),
    items: dated.map((p) => ({ name: p.title, year: p.year, facts: [p] })),
    notes: facts.length && !dated.length ? ["原文没有写明印发年份，不作推断。"] : [],
  };
}

/** The comparison a yes/no question about a figure makes: 超过90% → "> 90". */
function comparisonOf(key: string): TargetFact["comparator"] {
  if (/超过|高于|大于|多于|突破/.test(key)) return ">";
  if (/低于|少于|不到|小于|不足/.test(key)) return "<";
  return ">=";
}

export async function observationCheck(ctx: AskContext, q: ParsedQuestion): Promise<Outcome> {
  const best = await bestObservation(ctx, q, q.key, q.regions);
  const goal = q.numbers[0];
  if (!best || goal == null) return { answer: [], items: [], notes: ["图中没有找到与问题相符的统计数字。"] };
  const cmp = comparisonOf(q.key);
  const ok = satisfies(best.o.value, cmp, goal);
  return {
    answer: ok,
    items: [obsItem(best.o)],
    notes: [
      `${best.o.region ?? ""}${best.o.year ? `${best.o.year}年` : ""}${best.o.metric}为${best.o.value}${best.o.unit ?? ""}，与${cmp}${goal}比较。`,
    ],
  };
}

// Judges a policy target against the evidence in the graph. Pure (no Node or Workers APIs): the
// worker's policy routes and the question engine both call judgeTarget with this one signature,
// so a target reads the same wherever it is shown.
import { metricKey, metricSimilarity } from "./metrics.js";
import { regionWithin } from "./regions.js";
import type { AwardFact, Comparator, Evidence, ObservationFact, RegionRecord, TargetFact } from "./types.js";

export type TargetStatus = "met" | "missed" | "not_yet_due" | "no_data";

/**
 * Why a target has its status, as a code with the figures behind it (the interface words it in
 * the reader's language). Codes:
 *  - met_in_deadline_year / met_after_deadline / met_before_deadline / met_latest: an outcome meets the goal;
 *  - met_by_part: a region inside the target's alone reaches a count goal;
 *  - short_in_deadline_year / short_after_deadline: the outcome that decides falls short (missed);
 *  - short_so_far / short_no_deadline: an outcome falls short but the goal is still open;
 *  - awards_met / awards_so_far / awards_too_few: a goal about winning awards, counted from award facts;
 *  - no_observation: no outcome of the metric in the region (not yet due, or no data); `similar`
 *    lists outcomes reported under similar metric names, so a reader can see what does exist.
 */
export type JudgementCode =
  | "met_in_deadline_year"
  | "met_after_deadline"
  | "met_before_deadline"
  | "met_latest"
  | "met_by_part"
  | "short_in_deadline_year"
  | "short_after_deadline"
  | "short_so_far"
  | "short_no_deadline"
  | "awards_met"
  | "awards_so_far"
  | "awards_too_few"
  | "no_observation";

export interface SimilarMetric {
  metric: string;
  metric_key: string;
  region: string | null;
  year: number | null;
  /** Similarity of the names, 0…1 (metricSimilarity). */
  similarity: number;
}

export interface JudgementReason {
  code: JudgementCode;
  goal: { comparator: Comparator; value: number; unit: string | null; deadline_year: number | null };
  /** The outcome the status rests on, in the target's unit. */
  observed?: { metric: string; value: number; unit: string | null; year: number | null; region: string | null };
  /** For award-counted goals: the programme, how many awards were found, and the years counted. */
  awards?: { award: string; count: number; from: number | null; to: number | null };
  /** For no_observation: outcomes under similar metric names (same region chain first). */
  similar?: SimilarMetric[];
}

export interface TargetJudgement {
  target_id: string;
  status: TargetStatus;
  /** The outcome figure the status rests on (null for award-counted targets and when none fits). */
  observation: ObservationFact | null;
  reason: JudgementReason;
  /** The sentence that sets the target. */
  target_evidence?: Evidence | null;
  /** The sentences that report the outcome (the observation's, or each counted award's). */
  outcome_evidence?: Evidence[];
  /** Award facts counted for a target about winning awards ("争创中国质量奖1个"). */
  awards?: AwardFact[];
}

const keyOf = (f: { metric: string; metric_key?: string }) => f.metric_key ?? metricKey(f.metric);

/** The value a unit's magnitude prefix stands for: 万批次 → (批次, 1e4). */
function splitUnit(unit: string | null): [string, number] {
  if (!unit) return ["", 1];
  const m = /^(万|亿|千|百)(.+)$/.exec(unit);
  if (!m) return [unit, 1];
  const scale = { 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 }[m[1] as "万"]!;
  return [m[2], scale];
}

const COUNT_UNITS = new Set(["家", "个", "名"]);

/** The observed value in the target's unit, or null when the units measure different things. */
function inTargetUnit(obs: ObservationFact, target: TargetFact): number | null {
  const [ou, os] = splitUnit(obs.unit);
  const [tu, ts] = splitUnit(target.unit);
  // 家, 个 and 名 all count organisations in these texts; anything else is a different quantity.
  if (ou !== tu && !(COUNT_UNITS.has(ou) && COUNT_UNITS.has(tu))) return null;
  return (obs.value * os) / ts;
}

/**
 * Does `value` satisfy the target? "=" is how the texts write 达到/保持 (a floor reached), so it is
 * read as ≥; a target stated with 低于/以下 carries its own < or ≤.
 */
export function satisfies(value: number, comparator: Comparator, goal: number): boolean {
  const eps = 1e-9;
  switch (comparator) {
    case ">":
      return value > goal + eps;
    case ">=":
    case "=":
      return value >= goal - eps;
    case "<":
      return value < goal - eps;
    case "<=":
      return value <= goal + eps;
  }
}

const goalOf = (t: TargetFact): JudgementReason["goal"] => ({
  comparator: t.comparator,
  value: t.value,
  unit: t.unit,
  deadline_year: t.deadline_year,
});

const SIMILAR_AT_LEAST = 0.5;
const SIMILAR_MAX = 5;

/**
 * Outcomes reported under a different but similar metric name ("制造业产品质量合格率" for a goal on
 * "制造业产品合格率达到…"), those in the target's region (or inside or above it) first, then by
 * similarity; one per metric and region, the latest year.
 */
export function similarMetrics(target: TargetFact, observations: ObservationFact[], regions: RegionRecord[]): SimilarMetric[] {
  const key = keyOf(target);
  const near = (r: string | null) =>
    r != null &&
    target.region != null &&
    (r === target.region || regionWithin(regions, r, target.region) || regionWithin(regions, target.region, r));
  const best = new Map<string, SimilarMetric & { near: boolean }>();
  for (const o of observations) {
    const k = keyOf(o);
    if (k === key) continue;
    const similarity = Math.max(metricSimilarity(o.metric, target.metric), metricSimilarity(k, key));
    if (similarity < SIMILAR_AT_LEAST) continue;
    const id = `${k}|${o.region ?? ""}`;
    const prev = best.get(id);
    if (prev && (prev.year ?? 0) >= (o.year ?? 0)) continue;
    best.set(id, {
      metric: o.metric,
      metric_key: k,
      region: o.region,
      year: o.year,
      similarity: Math.round(similarity * 100) / 100,
      near: near(o.region),
    });
  }
  return [...best.values()]
    .sort((a, b) => Number(b.near) - Number(a.near) || b.similarity - a.similarity || (a.metric_key < b.metric_key ? -1 : 1))
    .slice(0, SIMILAR_MAX)
    .map(({ near: _near, ...m }) => m);
}

/**
 * Observations that speak for the target's region: the same region, or (counts only inward) a
 * region inside it. An inner region's count can only show a "≥ N" goal met (the region's total is
 * at least that); a rate for a district says nothing about the city's rate.
 */
function candidateObservations(target: TargetFact, observations: ObservationFact[], regions: RegionRecord[]) {
  const key = keyOf(target);
  return observations
    .filter((o) => keyOf(o) === key && o.year != null)
    .map((o) => {
      const same = o.region === target.region;
      const inner = !same && o.region != null && target.region != null && regionWithin(regions, o.region, target.region);
      return { o, same, inner, value: inTargetUnit(o, target) };
    })
    .filter((c) => (c.same || c.inner) && c.value != null);
}

/**
 * The award programme a target counts, if it is a goal about winning one: the longest award name
 * in the graph that the metric names, also when written without its region (省长质量奖 for
 * 江苏省省长质量奖) if that award's region contains the target's region.
 */
/** A goal to win or gain something (争创…, 新培育…企业, …总数), not a service to its holders (为…企业送…). */
const WINNING = /^(争创|创建|创成|力争|新培育|培育|新增|新获|获得|获|累计获得?|累计)|总数$/;

const metricText = (target: Pick<TargetFact, "metric">) => target.metric.normalize("NFKC").replace(/[“”"]/g, "");

/** Whether judging a target may count award facts (a goal to win something): only then does it need its region's awards. */
export function countsAwards(target: Pick<TargetFact, "metric">): boolean {
  return WINNING.test(metricText(target));
}

function countedAward(target: TargetFact, awards: AwardFact[], regions: RegionRecord[]): string | null {
  const metric = metricText(target);
  if (!WINNING.test(metric)) return null;
  let best: string | null = null;
  const consider = (name: string) => {
    if (!best || name.length > best.length) best = name;
  };
  const byName = new Map<string, AwardFact>();
  for (const a of awards) if (!byName.has(a.award)) byName.set(a.award, a);
  for (const [name, a] of byName) {
    if (metric.includes(name)) consider(name);
    else if (a.region && name.startsWith(a.region)) {
      const bare = name.slice(a.region.length);
      const regionOk = target.region != null && regionWithin(regions, target.region, a.region);
      // A bare name must still name one programme (省长质量奖), not a generic word (质量奖).
      if (bare.length >= 5 && regionOk && metric.includes(bare)) consider(name);
    }
  }
  return best;
}

/**
 * The years a flow target ("新培育…", "争创…") counts: a target "到2020年" covers a plan period
 * (five years, the usual 五年规划 span, ending in the deadline); a target for one year ("2022年…",
 * "今年") covers that year.
 */
function awardWindow(target: TargetFact): [number, number] | null {
  const d = target.deadline_year;
  if (d == null) return null;
  const ev = target.evidence[0]?.text ?? "";
  const cumulative = /累计|总数|共有|拥有/.test(target.metric);
  if (cumulative) return [0, d];
  // A policy document's goals span its plan period; a news article's dated goal is for that year.
  return target.policy != null || /到\s*\d{4}\s*年|至\s*\d{4}\s*年|\d{4}\s*年前/.test(ev) ? [d - 4, d] : [d, d];
}

function judgeByAwards(
  target: TargetFact,
  award: string,
  awards: AwardFact[],
  regions: RegionRecord[],
  asOfYear: number,
  base: Omit<TargetJudgement, "status" | "reason">,
): TargetJudgement {
  const window = awardWindow(target);
  const nominee = /提名/.test(target.metric);
  const counted = awards.filter(
    (a) =>
      a.award === award &&
      a.status !== "proposed" &&
      (nominee ? a.tier === "nominee" : a.tier !== "nominee") &&
      a.year != null &&
      (!window || (a.year >= window[0] && a.year <= window[1])) &&
      a.recipient_region != null &&
      target.region != null &&
      regionWithin(regions, a.recipient_region, target.region),
  );
  const recipients = new Set(counted.map((a) => `${a.recipient}|${a.year}`));
  const n = recipients.size;
  const withAwards = { ...base, awards: counted, outcome_evidence: counted.map((a) => a.evidence[0]).filter(Boolean) };
  const reason = (code: JudgementCode): JudgementReason => ({
    code,
    goal: goalOf(target),
    awards: { award, count: n, from: window ? window[0] || null : null, to: window ? window[1] : null },
  });
  if (satisfies(n, target.comparator, target.value)) return { ...withAwards, status: "met", reason: reason("awards_met") };
  if (target.deadline_year == null || asOfYear <= target.deadline_year)
    return { ...withAwards, status: "not_yet_due", reason: reason("awards_so_far") };
  // The graph holds only the awards its documents mention, so too few found is not proof of a miss.
  return { ...withAwards, status: "no_data", reason: reason("awards_too_few") };
}

/**
 * The status of one target as of `asOfYear`, from observations of the same metric (metric_key)
 * and region, or for a goal about winning awards, from the award facts. Chooses the outcome for
 * the deadline year, else the nearest later year (a later report shows whether the goal held),
 * else an earlier figure that already meets it.
 */
export function judgeTarget(
  target: TargetFact,
  observations: ObservationFact[],
  awards: AwardFact[],
  regions: RegionRecord[],
  asOfYear: number,
): TargetJudgement {
  const base = { target_id: target.id, observation: null, target_evidence: target.evidence[0] ?? null, outcome_evidence: [] as Evidence[] };
  const goal = goalOf(target);
  const due = target.deadline_year != null && asOfYear > target.deadline_year;
  const cands = candidateObservations(target, observations, regions);
  const same = cands.filter((c) => c.same);
  const inner = cands.filter(
    (c) => c.inner && (target.comparator === ">=" || target.comparator === ">" || target.comparator === "=") && target.unit !== "%",
  );
  // "55%左右" is a round figure: within 5% of it counts as reached (the comparator alone says "=").
  const approx =
    target.comparator === "=" && target.evidence.some((e) => e.text.normalize("NFKC").includes(`${target.value}${target.unit ?? ""}左右`));
  const verdict = (c: (typeof cands)[number]) => satisfies(c.value!, target.comparator, approx ? target.value * 0.95 : target.value);
  const found = (c: (typeof cands)[number], status: TargetStatus, code: JudgementCode): TargetJudgement => ({
    ...base,
    status,
    observation: c.o,
    outcome_evidence: c.o.evidence.slice(0, 1),
    reason: { code, goal, observed: { metric: c.o.metric, value: c.value!, unit: target.unit, year: c.o.year, region: c.o.region } },
  });

  if (same.length > 0) {
    const d = target.deadline_year;
    if (d == null) {
      const latest = [...same].sort((a, b) => b.o.year! - a.o.year!)[0];
      return verdict(latest) ? found(latest, "met", "met_latest") : found(latest, "not_yet_due", "short_no_deadline");
    }
    const atOrAfter = same.filter((c) => c.o.year! >= d).sort((a, b) => a.o.year! - b.o.year!);
    if (atOrAfter.length > 0) {
      const c = atOrAfter[0];
      if (verdict(c)) return found(c, "met", c.o.year === d ? "met_in_deadline_year" : "met_after_deadline");
      if (due || c.o.year! > d) return found(c, "missed", c.o.year === d ? "short_in_deadline_year" : "short_after_deadline");
      return found(c, "not_yet_due", "short_so_far");
    }
    const before = same.filter((c) => c.o.year! < d).sort((a, b) => b.o.year! - a.o.year!);
    const early = before.find(verdict);
    if (early) return found(early, "met", "met_before_deadline");
    if (!due) return found(before[0], "not_yet_due", "short_so_far");
  }
  const innerMet = inner.filter(verdict).sort((a, b) => b.o.year! - a.o.year!)[0];
  if (innerMet && (target.deadline_year == null || innerMet.o.year! <= target.deadline_year + 1)) {
    return found(innerMet, "met", "met_by_part");
  }

  const award = countedAward(target, awards, regions);
  if (award) return judgeByAwards(target, award, awards, regions, asOfYear, base);

  const reason: JudgementReason = { code: "no_observation", goal, similar: similarMetrics(target, observations, regions) };
  return { ...base, status: due ? "no_data" : "not_yet_due", reason };
}

const CMP_ZH: Record<Comparator, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "" };

/**
 * A short Chinese note for a judgement, for answers that carry notes as text (the interface
 * translates the codes itself; this is the plain fallback).
 */
export function reasonNote(r: JudgementReason): string {
  const g = `${CMP_ZH[r.goal.comparator]}${r.goal.value}${r.goal.unit ?? ""}${r.goal.deadline_year ? `（${r.goal.deadline_year}年）` : ""}`;
  const o = r.observed
    ? `${r.observed.year ?? ""}${r.observed.year ? "年" : ""}${r.observed.region ?? ""}${r.observed.metric}${r.observed.value}${r.observed.unit ?? ""}`
    : "";
  switch (r.code) {
    case "met_in_deadline_year":
    case "met_after_deadline":
    case "met_before_deadline":
    case "met_latest":
    case "met_by_part":
      return `实际${o}，达到目标${g}`;
    case "short_in_deadline_year":
    case "short_after_deadline":
      return `实际${o}，未达到目标${g}`;
    case "short_so_far":
    case "short_no_deadline":
      return `目前${o}，尚未达到目标${g}`;
    case "awards_met":
    case "awards_so_far":
    case "awards_too_few":
      return `图中记录${r.awards?.award ?? ""}${r.awards?.count ?? 0}项，目标${g}`;
    case "no_observation": {
      const similar = (r.similar ?? []).map((m) => `${m.region ?? ""}${m.metric}${m.year ? `（${m.year}年）` : ""}`).join("、");
      return `没有该指标的实际数据，目标${g}${similar ? `；相近的指标：${similar}` : ""}`;
    }
  }
}

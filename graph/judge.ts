// Judges a policy target against the evidence in the graph. Pure (no Node or Workers APIs): the
// worker's policy routes and the question engine both call judgeTarget with this one signature,
// so a target reads the same wherever it is shown.
import { metricKey } from "./metrics.js";
import { regionWithin } from "./regions.js";
import type { AwardFact, Comparator, Evidence, ObservationFact, RegionRecord, TargetFact } from "./types.js";

export type TargetStatus = "met" | "missed" | "not_yet_due" | "no_data";

export interface TargetJudgement {
  target_id: string;
  status: TargetStatus;
  /** The outcome figure the status rests on (null for award-counted targets and when none fits). */
  observation: ObservationFact | null;
  reason: string;
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

const symbol: Record<Comparator, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=" };
const goalText = (t: TargetFact) => `${symbol[t.comparator]}${t.value}${t.unit ?? ""}${t.deadline_year ? ` by ${t.deadline_year}` : ""}`;
const obsText = (o: ObservationFact) => `${o.value}${o.unit ?? ""}${o.year ? ` (${o.year})` : ""}`;

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

function countedAward(target: TargetFact, awards: AwardFact[], regions: RegionRecord[]): string | null {
  const metric = target.metric.normalize("NFKC").replace(/[“”"]/g, "");
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

function judgeByAwards(target: TargetFact, award: string, awards: AwardFact[], regions: RegionRecord[], asOfYear: number, base: Omit<TargetJudgement, "status" | "reason">): TargetJudgement {
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
  const span = window ? (window[0] === window[1] ? `${window[1]}` : window[0] === 0 ? `up to ${window[1]}` : `${window[0]}–${window[1]}`) : "any year";
  const withAwards = { ...base, awards: counted, outcome_evidence: counted.map((a) => a.evidence[0]).filter(Boolean) };
  const goal = goalText(target);
  if (satisfies(n, target.comparator, target.value)) {
    return { ...withAwards, status: "met", reason: `${n} ${award} award(s) to recipients in ${target.region} in ${span} (goal ${goal})` };
  }
  if (target.deadline_year == null || asOfYear <= target.deadline_year) {
    return { ...withAwards, status: "not_yet_due", reason: `${n} ${award} award(s) so far in ${span}; goal ${goal} not yet due` };
  }
  // The graph holds only the awards its documents mention, so too few found is not proof of a miss.
  return { ...withAwards, status: "no_data", reason: `the graph records ${n} ${award} award(s) to recipients in ${target.region} in ${span}, fewer than the goal ${goal}; absence in the sources is not evidence of a miss` };
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
  const goal = goalText(target);
  const due = target.deadline_year != null && asOfYear > target.deadline_year;
  const cands = candidateObservations(target, observations, regions);
  const same = cands.filter((c) => c.same);
  const inner = cands.filter((c) => c.inner && (target.comparator === ">=" || target.comparator === ">" || target.comparator === "=") && target.unit !== "%");
  // "55%左右" is a round figure: within 5% of it counts as reached (the comparator alone says "=").
  const approx = target.comparator === "=" && target.evidence.some((e) => e.text.normalize("NFKC").includes(`${target.value}${target.unit ?? ""}左右`));
  const verdict = (c: (typeof cands)[number]) => satisfies(c.value!, target.comparator, approx ? target.value * 0.95 : target.value);
  const found = (c: (typeof cands)[number], status: TargetStatus, why: string): TargetJudgement => ({
    ...base,
    status,
    observation: c.o,
    outcome_evidence: c.o.evidence.slice(0, 1),
    reason: `${why}: ${c.o.metric} ${obsText(c.o)}${c.o.region !== target.region ? ` in ${c.o.region}` : ""} against ${goal}`,
  });

  if (same.length > 0) {
    const d = target.deadline_year;
    if (d == null) {
      const latest = [...same].sort((a, b) => b.o.year! - a.o.year!)[0];
      return verdict(latest) ? found(latest, "met", "latest outcome meets the goal") : found(latest, "not_yet_due", "no deadline; latest outcome is short of the goal");
    }
    const atOrAfter = same.filter((c) => c.o.year! >= d).sort((a, b) => a.o.year! - b.o.year!);
    if (atOrAfter.length > 0) {
      const c = atOrAfter[0];
      if (verdict(c)) return found(c, "met", c.o.year === d ? "outcome in the deadline year meets the goal" : "outcome after the deadline meets the goal");
      if (due || c.o.year! > d) return found(c, "missed", c.o.year === d ? "outcome in the deadline year falls short" : "first outcome after the deadline falls short");
      return found(c, "not_yet_due", "outcome so far falls short; the deadline year is not over");
    }
    const before = same.filter((c) => c.o.year! < d).sort((a, b) => b.o.year! - a.o.year!);
    const early = before.find(verdict);
    if (early) return found(early, "met", "outcome before the deadline already meets the goal");
    if (!due) return found(before[0], "not_yet_due", "latest outcome is short of the goal; the deadline has not passed");
  }
  const innerMet = inner.filter(verdict).sort((a, b) => b.o.year! - a.o.year!)[0];
  if (innerMet && (target.deadline_year == null || innerMet.o.year! <= target.deadline_year + 1)) {
    return found(innerMet, "met", "a part of the region alone already reaches the goal");
  }

  const award = countedAward(target, awards, regions);
  if (award) return judgeByAwards(target, award, awards, regions, asOfYear, base);

  if (!due) return { ...base, status: "not_yet_due", reason: target.deadline_year == null ? `no deadline and no outcome for ${keyOf(target)} in ${target.region}` : `goal ${goal}; deadline not passed and no outcome reported yet` };
  return { ...base, status: "no_data", reason: `no outcome for ${keyOf(target)} in ${target.region ?? "the region"} reported for ${target.deadline_year} or later` };
}

// Stand-in for graph/judge.ts (another engineer's, not written yet): the same signature, so the
// import in execute-policy.ts can be switched over when it lands. Compares a target with the
// closest observation of its metric in its region, the latest one up to `asOfYear`.
import type { AwardFact, ObservationFact, RegionRecord, TargetFact } from "../../graph/types.js";
import { regionWithin } from "../../graph/regions.js";
import { matchKey } from "./normalize.js";
import { compareSimilarity, plausible, similarity } from "./similarity.js";

export interface TargetJudgement {
  status: "met" | "missed" | "not_yet_due" | "no_data";
  observation: ObservationFact | null;
  reason: string;
}

export function meetsTarget(value: number, t: Pick<TargetFact, "comparator" | "value">): boolean {
  switch (t.comparator) {
    case ">=":
      return value >= t.value;
    case ">":
      return value > t.value;
    case "<=":
      return value <= t.value;
    case "<":
      return value < t.value;
    default:
      // "达到/保持 X" is met by reaching X.
      return value >= t.value;
  }
}

export function judgeTarget(
  target: TargetFact,
  observations: ObservationFact[],
  _awards: AwardFact[],
  regions: RegionRecord[],
  asOfYear: number,
): TargetJudgement {
  const metric = matchKey(target.metric);
  const candidates = observations
    .filter((o) => !target.region || !o.region || regionWithin(regions, o.region, target.region))
    .filter((o) => o.year == null || o.year <= asOfYear)
    .filter((o) => (o.unit ?? "") === (target.unit ?? ""))
    .map((o) => ({ o, s: similarity(matchKey(o.metric), metric) }))
    .filter((x) => plausible(x.s, 0.6))
    .sort((a, b) => compareSimilarity(a.s, b.s) || (b.o.year ?? 0) - (a.o.year ?? 0));
  const best = candidates[0]?.o ?? null;
  if (!best) {
    if (target.deadline_year != null && target.deadline_year > asOfYear) {
      return { status: "not_yet_due", observation: null, reason: `目标期限${target.deadline_year}年尚未到` };
    }
    return { status: "no_data", observation: null, reason: "图中没有该指标的实际值" };
  }
  const met = meetsTarget(best.value, target);
  const unit = target.unit ?? "";
  return {
    status: met ? "met" : "missed",
    observation: best,
    reason: `${best.year ?? "某年"}年${best.metric}为${best.value}${best.unit ?? ""}，目标为${target.comparator}${target.value}${unit}（期限${target.deadline_year ?? "未写"}年）`,
  };
}

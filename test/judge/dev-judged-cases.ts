// Goals from the development set (../shared/eval/dev, read at run time), judged against outcome
// figures composed here: each case picks a dev target by document, value and deadline (no text of
// the document is copied), states an outcome for the target's region in our own words, and the
// status and reason code worked out by hand. Pure, so the Node and workerd tests share it.
import type { JudgementCode, TargetStatus } from "../../graph/judge.js";
import { metricKey } from "../../graph/metrics.js";
import type { ObservationFact, RegionRecord, TargetFact } from "../../graph/types.js";

export interface DevJudgedCase {
  name: string;
  /** Which dev target: its document, value and deadline. */
  doc: string;
  value: number;
  deadline: number;
  /** The composed outcome (same metric and region as the target). */
  outcome: { value: number; year: number };
  asOf: number;
  status: TargetStatus;
  code: JudgementCode;
}

export const DEV_JUDGED_CASES: DevJudgedCase[] = [
  // A provincial outline's ≥95% goal for 2025, reached in 2025.
  {
    name: "province rate goal met in its deadline year",
    doc: "b07.txt",
    value: 95,
    deadline: 2025,
    outcome: { value: 95.6, year: 2025 },
    asOf: 2026,
    status: "met",
    code: "met_in_deadline_year",
  },
  // The same outline's ≥98.5% goal, and the first figure after 2025 falls short.
  {
    name: "province rate goal missed after its deadline",
    doc: "b07.txt",
    value: 98.5,
    deadline: 2025,
    outcome: { value: 98.1, year: 2026 },
    asOf: 2027,
    status: "missed",
    code: "short_after_deadline",
  },
  // A one-year action plan's 98.7% goal (written "98、7%" in the source), met in that year.
  {
    name: "one-year plan goal with a typed decimal point met",
    doc: "b17.txt",
    value: 98.7,
    deadline: 2016,
    outcome: { value: 98.9, year: 2016 },
    asOf: 2017,
    status: "met",
    code: "met_in_deadline_year",
  },
  // A city plan's count goal (150 firms by 2025), 132 reached in 2025.
  {
    name: "city count goal missed in its deadline year",
    doc: "a08.txt",
    value: 150,
    deadline: 2025,
    outcome: { value: 132, year: 2025 },
    asOf: 2026,
    status: "missed",
    code: "short_in_deadline_year",
  },
  // A provincial opinion's 3.3% goal for 2025, already reached in 2024.
  {
    name: "goal reached before its deadline",
    doc: "a14.txt",
    value: 3.3,
    deadline: 2025,
    outcome: { value: 3.4, year: 2024 },
    asOf: 2025,
    status: "met",
    code: "met_before_deadline",
  },
  // A unitless index goal (≥88 by 2027), short in 2027.
  {
    name: "unitless index goal missed",
    doc: "b11.txt",
    value: 88,
    deadline: 2027,
    outcome: { value: 87.5, year: 2027 },
    asOf: 2028,
    status: "missed",
    code: "short_in_deadline_year",
  },
  // Still open: short in 2026, deadline 2027 not passed.
  {
    name: "goal short so far with the deadline ahead",
    doc: "b11.txt",
    value: 88,
    deadline: 2027,
    outcome: { value: 86, year: 2026 },
    asOf: 2026,
    status: "not_yet_due",
    code: "short_so_far",
  },
];

/** Provinces and cities of the cases, for region containment. */
export const DEV_REGIONS: RegionRecord[] = [
  { name: "中国", level: "country", parent: null, short: "中国" },
  ...["湖北省", "海南省", "福建省", "浙江省", "四川省", "湖南省", "山东省", "河南省", "江苏省"].map((name) => ({
    name,
    level: "province" as const,
    parent: "中国",
    short: name.slice(0, 2),
  })),
  { name: "泉州市", level: "city", parent: "福建省", short: "泉州" },
];

/** Gold lines of one kind from the dev gold file's text, as graph facts with ids. */
export function goldFacts<T extends TargetFact | ObservationFact>(jsonl: string, kind: T["kind"]): T[] {
  return jsonl
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .filter((f) => f.kind === kind && !f.optional)
    .map((f, i) => ({
      ...f,
      id: `${kind}-${i}`,
      evidence: [{ doc: f.doc, start: 0, end: String(f.evidence).length, text: String(f.evidence) }],
      metric_key: metricKey(f.metric),
    })) as T[];
}

/** The dev target a case names. */
export function caseTarget(targets: TargetFact[], c: DevJudgedCase): TargetFact {
  const found = targets.filter((t) => t.doc.endsWith(c.doc) && t.value === c.value && t.deadline_year === c.deadline);
  if (found.length !== 1)
    throw new Error(`${c.name}: expected one target in ${c.doc} of ${c.value} by ${c.deadline}, found ${found.length}`);
  return found[0];
}

/** The composed outcome: the target's metric and region, the case's value and year. */
export function caseOutcome(t: TargetFact, c: DevJudgedCase): ObservationFact {
  const text = `${c.outcome.year}年${t.region ?? ""}${t.metric}为${c.outcome.value}${t.unit ?? ""}`;
  return {
    id: `composed-${c.name}`,
    doc: "composed-report.txt",
    kind: "observation",
    evidence: [{ doc: "composed-report.txt", start: 0, end: text.length, text }],
    region: t.region,
    metric: t.metric,
    metric_key: t.metric_key ?? metricKey(t.metric),
    value: c.outcome.value,
    unit: t.unit,
    year: c.outcome.year,
  };
}

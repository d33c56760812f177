// Dev-set goals judged inside workerd with the same judge the worker's routes use: the goals are
// the development gold's (read at build time from ../shared, not copied), the outcomes composed
// in test/judge/dev-judged-cases.ts, the statuses worked out by hand (met and missed both).
import { describe, expect, it } from "vitest";
import gold from "../../../shared/eval/dev/gold.jsonl?raw";
import { judgeTarget } from "../../graph/judge.js";
import type { ObservationFact, TargetFact } from "../../graph/types.js";
import { caseOutcome, caseTarget, DEV_JUDGED_CASES, DEV_REGIONS, goldFacts } from "../judge/dev-judged-cases.js";

const targets = goldFacts<TargetFact>(gold, "target");
const observations = goldFacts<ObservationFact>(gold, "observation");

describe("dev-set goals judged in workerd", () => {
  it("covers met and missed goals", () => {
    const statuses = new Set(DEV_JUDGED_CASES.map((c) => c.status));
    expect(statuses.has("met") && statuses.has("missed")).toBe(true);
  });

  it.each(DEV_JUDGED_CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const t = caseTarget(targets, c);
    const o = caseOutcome(t, c);
    const j = judgeTarget(t, [o, ...observations], [], DEV_REGIONS, c.asOf);
    expect(j.status).toBe(c.status);
    expect(j.reason.code).toBe(c.code);
    expect(j.observation?.id).toBe(o.id);
    expect(j.reason.observed?.value).toBe(c.outcome.value);
  });

  it("a dev goal without an outcome of its metric points at similar metrics reported elsewhere", () => {
    const t = caseTarget(targets, DEV_JUDGED_CASES[0]);
    const j = judgeTarget(
      t,
      observations.filter((o) => o.metric_key !== t.metric_key),
      [],
      DEV_REGIONS,
      2026,
    );
    expect(j.status).toBe("no_data");
    expect(j.reason.code).toBe("no_observation");
    expect(j.reason.similar?.length).toBeGreaterThan(0);
    for (const m of j.reason.similar ?? []) expect(m.similarity).toBeGreaterThanOrEqual(0.5);
  });
});

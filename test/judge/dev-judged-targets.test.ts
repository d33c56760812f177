// Dev-set goals as the extractor reads them (../shared/eval/dev/docs, at run time), judged against
// the outcomes composed in dev-judged-cases.ts (met and missed both), and the reason a goal
// without an outcome gives: a code with the similar metrics that were reported.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { judgeTarget, reasonNote } from "../../graph/judge.js";
import type { ObservationFact, TargetFact } from "../../graph/types.js";
import { extractPolicyFacts } from "../../ingest/extract/policy/index.js";
import { prepareDocument } from "../../ingest/prepare.js";
import { regionIndex } from "../../ingest/regions.js";
import { segment } from "../../ingest/segment.js";
import { SHARED } from "../seed-paths.js";
import { caseOutcome, caseTarget, DEV_JUDGED_CASES, DEV_REGIONS, goldFacts } from "./dev-judged-cases.js";

const DEV = `${SHARED}eval/dev/`;
const extracted = (name: string) => {
  const doc = prepareDocument(
    { id: name, path: name, bytes: readFileSync(`${DEV}docs/${name}`), hash: "test" },
    { segment, regions: regionIndex() },
  );
  return extractPolicyFacts(doc).facts.map((f, i) => ({ ...f, id: `${name}-${i}` }));
};
const docs = [...new Set(DEV_JUDGED_CASES.map((c) => c.doc))];
const facts = docs.flatMap(extracted);
const targets = facts.filter((f): f is TargetFact => f.kind === "target");
const goldObservations = goldFacts<ObservationFact>(readFileSync(`${DEV}gold.jsonl`, "utf8"), "observation");

describe("dev-set goals judged (Node)", () => {
  it.each(DEV_JUDGED_CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const t = caseTarget(targets, c);
    const o = caseOutcome(t, c);
    const j = judgeTarget(t, [o, ...goldObservations], [], DEV_REGIONS, c.asOf);
    expect(j.status).toBe(c.status);
    expect(j.reason.code).toBe(c.code);
    expect(j.observation?.id).toBe(o.id);
    // The evidence states the goal's digits (a typed "98、7%" still shows 9, 8, 7).
    expect(j.target_evidence?.text.replace(/\D/g, "")).toContain(String(c.value).replace(".", ""));
    expect(reasonNote(j.reason)).toContain(String(c.outcome.value));
  });

  it("keeps a range goal's upper end (1—2个 → value 1, >=, value_max 2)", () => {
    const range = targets.filter((t) => t.doc === "a08.txt" && t.value_max != null);
    expect(range).toHaveLength(1);
    expect(range[0]).toMatchObject({ value: 1, value_max: 2, comparator: ">=", deadline_year: 2025 });
  });

  it("says which similar metrics were reported when no outcome of the goal's metric exists", () => {
    // The outline's manufacturing pass-rate goal, judged with only the dev gold's outcomes of other metrics.
    const t = caseTarget(targets, DEV_JUDGED_CASES[0]);
    const others = goldObservations.filter((o) => o.metric_key !== t.metric_key);
    const j = judgeTarget(t, others, [], DEV_REGIONS, 2026);
    expect(j).toMatchObject({ status: "no_data", observation: null, reason: { code: "no_observation" } });
    expect(j.reason.similar?.length).toBeGreaterThan(0);
    for (const m of j.reason.similar ?? []) {
      expect(m.similarity).toBeGreaterThanOrEqual(0.5);
      expect(m.metric_key).not.toBe(t.metric_key);
    }
    // Before its deadline the same goal is not yet due, with the same pointer.
    expect(judgeTarget(t, others, [], DEV_REGIONS, 2024)).toMatchObject({ status: "not_yet_due", reason: { code: "no_observation" } });
    expect(reasonNote(j.reason)).toContain("相近的指标");
  });
});

// The project's own held-out set (eval/heldout: notices from other provinces, written in the
// styles real ones use) scored exactly as `npm run eval` does: the real CLI ingests the
// documents, score.mjs scores the facts and score-qa.mjs the answers. The floors are the
// figures reached when the set was written, so a change that loses ground shows here; raise
// them when extraction or question answering gets better.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateSet, formatTable, ROOT, SETS, type SetResult } from "../../scripts/eval.js";

const OUT = join(ROOT, ".qkg/test/heldout-eval");

// Strict F1 per kind on the held-out documents.
// Reached on 2026-11-22 with eight documents (award 0.526, policy 1.000, target 0.923,
// observation 0.400, QA exact 0.700, QA on the gold facts 1.000). Target and observation reached
// 1.000 with the general wording / list-size / year rules of ingest/extract/policy (floors leave
// room for one or two misses on 20-odd facts). Award reached 1.000 with the award grammar of
// issue 10; issue 11 (document head and mode, section deadlines, period scopes) kept target and
// observation at 1.000. Floors leave room for a miss or two.
const FACT_FLOORS: Record<string, number> = { award: 0.95, policy: 0.95, target: 0.97, observation: 0.95 };
// Questions answered from the extracted graph, and from the gold facts (question understanding alone).
const QA_FLOOR = 0.65;
const QA_GOLD_FACTS_FLOOR = 1.0;
// The development set (../shared/eval/dev). From the gold facts: question understanding alone,
// 0.752 before issue 13, 0.993 after it. From the extracted graph: 0.394 before, 0.496 after
// (most misses are extraction's, which is being rebuilt).
const DEV_QA_FLOOR = 0.45;
const DEV_QA_GOLD_FACTS_FLOOR = 0.95;

describe("held-out evaluation set", () => {
  let heldout: SetResult;

  it("ingests, extracts and answers the held-out set", async () => {
    heldout = await evaluateSet(SETS.find((s) => s.name === "heldout")!, OUT);
    console.log(formatTable([heldout]));
    expect(heldout.qa.questions).toBeGreaterThanOrEqual(25);
  }, 180_000);

  it.each(Object.entries(FACT_FLOORS))("keeps %s strict F1 at or above its floor", (kind, floor) => {
    expect(heldout.facts[kind]?.strict.f1 ?? 0).toBeGreaterThanOrEqual(floor);
  });

  it("keeps held-out QA exact at or above its floor", () => {
    expect(heldout.qa.exact).toBeGreaterThanOrEqual(QA_FLOOR);
  });

  it("answers every held-out question right from the gold facts", () => {
    if ((heldout.oracleQa?.exact ?? 0) < QA_GOLD_FACTS_FLOOR) console.log(heldout.details.oracleQa);
    expect(heldout.oracleQa?.exact ?? 0).toBeGreaterThanOrEqual(QA_GOLD_FACTS_FLOOR);
  });

  it("keeps dev QA, from the extracted graph and from the gold facts, at or above its floors", async () => {
    const dev = await evaluateSet(SETS.find((s) => s.name === "dev")!, OUT);
    console.log(formatTable([dev]));
    if ((dev.oracleQa?.exact ?? 0) < DEV_QA_GOLD_FACTS_FLOOR) console.log(dev.details.oracleQa);
    expect(dev.qa.questions).toBeGreaterThanOrEqual(100);
    expect(dev.oracleQa?.exact ?? 0).toBeGreaterThanOrEqual(DEV_QA_GOLD_FACTS_FLOOR);
    expect(dev.qa.exact).toBeGreaterThanOrEqual(DEV_QA_FLOOR);
  }, 180_000);

  it("still answers every seed question exactly", async () => {
    const seed = await evaluateSet(SETS.find((s) => s.name === "seed")!, OUT);
    console.log(formatTable([seed]));
    if (seed.qa.exact < 1) console.log(seed.details.qa);
    expect(seed.qa.exact).toBe(1);
  }, 180_000);
});

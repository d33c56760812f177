// The seed questions on a graph of the gold facts: the parser and executor, apart from extraction.
import { describe, expect, it } from "vitest";
import { ask, sameAnswer, seedQuestions } from "./helpers.js";

describe("seed questions on the gold-fact graph", () => {
  const questions = seedQuestions();

  it("answers at least 95% exactly", async () => {
    let right = 0;
    const wrong: string[] = [];
    for (const q of questions) {
      const r = await ask(q.q);
      if (sameAnswer(q.answer, r.answer)) right++;
      else wrong.push(`${q.q} → ${JSON.stringify(r.answer)} (expected ${JSON.stringify(q.answer)})`);
    }
    expect(wrong).toEqual([]);
    expect(right / questions.length).toBeGreaterThanOrEqual(0.95);
  });

  it.each(questions.map((q) => [q.q, q] as const))("gives every answered item its evidence: %s", async (_, q) => {
    const r = await ask(q.q);
    expect(r.interpretation.text.length).toBeGreaterThan(0);
    for (const item of r.items) {
      expect(item.evidence.length).toBeGreaterThan(0);
      for (const e of item.evidence) expect(e.text.length).toBeGreaterThan(0);
    }
  });
});

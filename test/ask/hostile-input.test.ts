// Whatever is typed, ask returns a well-formed AskResult and never throws: random text, control
// characters, emoji, mixed scripts, Cypher and SQL fragments, names glued to junk.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_QUESTION_LENGTH } from "../../graph/ask/answer.js";
import type { AskResult } from "../../graph/ask/types.js";
import { goldSnapshot } from "../fixtures/gold-snapshot.js";
import { ask } from "./helpers.js";

function expectWellFormed(r: AskResult, question: string) {
  expect(r.question).toBe(question);
  expect(typeof r.interpretation.intent).toBe("string");
  expect(typeof r.interpretation.text).toBe("string");
  expect(r.interpretation.slots).toBeTypeOf("object");
  const a = r.answer;
  if (Array.isArray(a)) for (const x of a) expect(typeof x).toBe("string");
  else if (typeof a === "number") expect(Number.isFinite(a)).toBe(true);
  else expect(typeof a).toBe("boolean");
  for (const item of r.items) {
    expect(typeof item.name).toBe("string");
    expect(Array.isArray(item.evidence)).toBe(true);
  }
  for (const s of r.suggestions) expect(typeof s).toBe("string");
  // It survives JSON, as the route and the CLI send it.
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
}

const names = [...new Set(goldSnapshot().gazetteer.map((g) => g.name))];
const fragments = [
  "MATCH (n) DETACH DELETE n",
  "'; DROP TABLE facts; --",
  "` RETURN 1 //",
  "$param",
  "{{year}}",
  "\\u0000",
  "😀👍🏽",
  "\u200b\u200d\u202e",
  "第九十九届",
  "近一百年",
  "2021年以后以前截至",
  "提名奖(含提名奖)(不是提名奖)",
  "哪些几次多少吗?",
  "《》《",
  "ｑｕａｌｉｔｙ",
  "質量獎",
  "한국어",
  "العربية",
];

const piece = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(...fragments),
  fc.constantFrom(...names),
  fc.integer({ min: 1800, max: 2200 }).map((y) => `${y}年`),
);
const question = fc.array(piece, { maxLength: 8 }).map((ps) => ps.join(""));

describe("hostile questions", () => {
  it("never throws and always returns a well-formed result", async () => {
    await fc.assert(
      fc.asyncProperty(question, async (q) => {
        expectWellFormed(await ask(q), q);
      }),
      { numRuns: 400 },
    );
  });

  it("answers an empty or over-long question with an empty result instead of parsing it", async () => {
    for (const q of ["", "   ", "\u0000\u0001", "质".repeat(MAX_QUESTION_LENGTH + 1), "常州市市长质量奖".repeat(1000)]) {
      const r = await ask(q);
      expectWellFormed(r, q);
      expect(r.answer).toEqual([]);
    }
  });

  it("treats query-language fragments as text", async () => {
    const r = await ask("MATCH (n) DETACH DELETE n 哪些企业获得了常州市市长质量奖?");
    expectWellFormed(r, "MATCH (n) DETACH DELETE n 哪些企业获得了常州市市长质量奖?");
    expect(r.interpretation.intent).toBe("award_recipients");
  });
});

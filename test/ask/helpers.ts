// Shared by the ask tests: the gold-fact snapshot behind a snapshot backend, and the seed questions.
import { readFileSync } from "node:fs";
import { answerQuestion } from "../../graph/ask/answer.js";
import type { AskResult } from "../../graph/ask/types.js";
import { snapshotBackend } from "../../graph/backend/snapshot-backend.js";
import { goldSnapshot } from "../fixtures/gold-snapshot.js";
import { QUESTIONS } from "../seed-paths.js";

export const goldBackend = snapshotBackend(goldSnapshot());

export const ask = (q: string): Promise<AskResult> => answerQuestion(goldBackend, q);

export interface SeedQuestion {
  q: string;
  type: string;
  answer: string[] | number | boolean;
  docs: string[];
  note: string;
}

export const seedQuestions = (): SeedQuestion[] =>
  readFileSync(QUESTIONS, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SeedQuestion);

/** The scorer's comparison: lists as sets of names, numbers and booleans as they are. */
export function sameAnswer(expected: SeedQuestion["answer"], got: AskResult["answer"]): boolean {
  const norm = (s: string) => s.normalize("NFKC").replace(/[\s"'“”‘’「」『』《》]/g, "");
  if (Array.isArray(expected)) {
    if (!Array.isArray(got)) return false;
    const e = new Set(expected.map(norm));
    const g = new Set(got.map(norm));
    return e.size === g.size && [...e].every((x) => g.has(x));
  }
  return typeof expected === "number" ? Number(got) === expected : got === expected;
}

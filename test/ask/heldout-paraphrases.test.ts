// Question understanding on unseen styles: the held-out documents (eval/heldout) ingested by the
// real CLI, their facts replaced by the hand-annotated gold facts, asked the held-out questions
// and 130-odd paraphrases (eval/heldout/paraphrases.jsonl). Extraction is out of the picture, so
// every wrong answer here is the parser's or the executor's.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../graph/ask/answer.js";
import type { Backend } from "../../graph/backend/backend.js";
import { snapshotBackend } from "../../graph/backend/snapshot-backend.js";
import { readGraphFile } from "../../ingest/graph-file.js";
import { oracleSnapshot, ROOT } from "../../scripts/eval.js";
import { runCli } from "../run-cli.js";
import { type SeedQuestion, sameAnswer } from "./helpers.js";

const HELDOUT = join(ROOT, "eval/heldout");
const OUT = join(ROOT, ".qkg/test/heldout-ask");
const read = (f: string): Array<Pick<SeedQuestion, "q" | "answer">> =>
  readFileSync(join(HELDOUT, f), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

describe("held-out questions and paraphrases on the held-out gold facts", () => {
  let backend: Backend;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const graph = join(OUT, "graph.json");
    const r = runCli(["ingest", join(HELDOUT, "docs"), "--graph", graph, "--quiet"]);
    expect(r.status, r.stderr).toBe(0);
    const oracle = await oracleSnapshot(graph, join(HELDOUT, "gold.jsonl"), join(OUT, "oracle-graph.json"));
    backend = snapshotBackend(await readGraphFile(oracle));
  }, 120_000);

  it.each([["questions.jsonl"], ["paraphrases.jsonl"]])("answers every question in %s", async (file) => {
    const wrong: string[] = [];
    for (const q of read(file)) {
      const r = await answerQuestion(backend, q.q);
      if (!sameAnswer(q.answer, r.answer))
        wrong.push(`${q.q} → ${JSON.stringify(r.answer)} (expected ${JSON.stringify(q.answer)}; ${r.interpretation.text})`);
    }
    expect(wrong).toEqual([]);
  });
});

// A question's likely award list is read beside the lookup of its words (graph/ask/context.ts,
// Backend.awardsOfLongestName): one round trip on D1 instead of two. The guess must never change an
// answer: every dev and seed question is answered with it and without it, over the same graph file.

import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../graph/ask/answer.js";
import type { Backend } from "../../graph/backend/backend.js";
import { sqlBackend } from "../../graph/backend/sql-backend.js";
import { AWARDS_OF_LONGEST_NAME } from "../../graph/sql/queries/awards.js";
import { openGraphFile } from "../../ingest/graph-file.js";
import { ROOT, SETS } from "../../scripts/eval.js";
import { runCli } from "../run-cli.js";
import { QUESTIONS, SEED_GRAPH } from "../seed-paths.js";

const DEV = SETS.find((s) => s.name === "dev")!;
const OUT = join(ROOT, ".qkg/test/ask-guess");
const questionsOf = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).q as string);

/** The backend with the guess, counting what it reads; and the same graph without the guess. */
function pair(backend: Backend) {
  const counts = { awards: 0, guesses: 0, kept: 0 };
  const guessing: Backend = {
    ...backend,
    awards: (filter, page) => {
      counts.awards++;
      return backend.awards(filter, page);
    },
    awardsOfLongestName: async (surfaces, when, limit) => {
      counts.guesses++;
      const read = await backend.awardsOfLongestName!(surfaces, when, limit);
      if (read) counts.kept++;
      return read;
    },
  };
  const plain: Backend = { ...backend, awardsOfLongestName: undefined };
  return { guessing, plain, counts };
}

describe("the award list guessed beside a question's lookup", () => {
  let dev: Backend;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const graph = join(OUT, "graph.sqlite");
    const r = runCli(["ingest", DEV.docs, "--graph", graph, "--quiet"]);
    expect([0, 3], r.stderr).toContain(r.status);
    dev = sqlBackend((await openGraphFile(graph)).db);
  }, 180_000);

  it("gives every dev and seed question the answer it has without the guess", async () => {
    const seeds = sqlBackend((await openGraphFile(SEED_GRAPH)).db);
    const differ: string[] = [];
    let servedWhole = 0;
    for (const [backend, file] of [
      [dev, DEV.questions],
      [seeds, QUESTIONS],
    ] as const) {
      const { guessing, plain, counts } = pair(backend);
      for (const q of questionsOf(file)) {
        const before = { ...counts };
        const withGuess = JSON.stringify(await answerQuestion(guessing, q));
        if (withGuess !== JSON.stringify(await answerQuestion(plain, q))) differ.push(q);
        // The guess was kept and no award list had to be asked for after it.
        if (counts.kept > before.kept && counts.awards === before.awards) servedWhole++;
      }
      expect(counts.guesses).toBeGreaterThan(0);
    }
    expect(differ).toStrictEqual([]);
    expect(servedWhole).toBeGreaterThan(0);
  }, 120_000);

  it("seeks the guessed award's facts on an index (no walk over every award fact, whatever the graph's size)", async () => {
    const db = new Database(SEED_GRAPH, { readonly: true });
    try {
      const seek = { year: "(kind=? AND award=? AND year=?)", edition: "(kind=? AND award=?)" };
      for (const [field, sql] of Object.entries(AWARDS_OF_LONGEST_NAME) as [keyof typeof seek, string][]) {
        const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ 1: '["x"]', 2: 2020, 3: 10 }) as { detail: string }[]).map(
          (p) => p.detail,
        );
        expect(plan.filter((d) => /^(SCAN|SEARCH) f /.test(d))).toStrictEqual([`SEARCH f USING INDEX facts_award ${seek[field]}`]);
      }
    } finally {
      db.close();
    }
  });

  it("reads a guess whole, of a year or of an edition, and keeps none past its limit", async () => {
    const facts = await dev.awards({});
    const withYear = facts.find((f) => f.year != null)!;
    const withEdition = facts.find((f) => f.edition != null)!;
    for (const [f, when] of [
      [withYear, { field: "year", value: withYear.year! }],
      [withEdition, { field: "edition", value: withEdition.edition! }],
    ] as const) {
      const all = await dev.awards({ award: f.award, [when.field]: when.value });
      const read = await dev.awardsOfLongestName!([f.award], when, all.length);
      expect(read?.facts).toStrictEqual(all);
      expect(read?.awards).toContain(f.award);
      if (all.length > 1) expect(await dev.awardsOfLongestName!([f.award], when, all.length - 1)).toBeNull();
    }
  });
});

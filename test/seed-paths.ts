import { fileURLToPath } from "node:url";

// Where tests find the shared seed data and the seed graph the global setup builds.
export const SHARED = fileURLToPath(new URL("../../shared/", import.meta.url));
export const CORPUS = `${SHARED}corpus`;
export const GOLD = `${SHARED}eval/seeds-gold.jsonl`;
export const QUESTIONS = `${SHARED}eval/seeds-questions.jsonl`;
export const SCORE = `${SHARED}eval/score.mjs`;
export const SCORE_QA = `${SHARED}eval/score-qa.mjs`;
export const ROOT = fileURLToPath(new URL("../", import.meta.url));
/** The seed graph: a SQLite graph file written by `qkg ingest`. */
export const SEED_GRAPH = `${ROOT}.qkg/test/seeds-graph.sqlite`;
/** The same graph as D1 statements (`qkg dump --json`), which the workerd tests run into their D1. */
export const SEED_D1 = `${ROOT}.qkg/test/seeds-d1.json`;
export const TEST_SITE = `${ROOT}.qkg/test-site`;

import { mkdir, rename, writeFile } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { runCli } from "./run-cli.js";
import { CORPUS, SEED_D1, SEED_GRAPH, TEST_SITE } from "./seed-paths.js";

/** Builds the seed graph once per run: a graph file for Node tests, D1 statements for workerd's. */
export default async function setup(project: TestProject) {
  const r = runCli(["ingest", CORPUS, "--graph", SEED_GRAPH, "--quiet"]);
  if (r.status !== 0) throw new Error(`seed ingest failed (${r.status}): ${r.stderr}`);
  const dump = runCli(["dump", "--graph", SEED_GRAPH, "--json"]);
  if (dump.status !== 0) throw new Error(`seed dump failed (${dump.status}): ${dump.stderr}`);
  // Write then rename: the other project's setup may be writing at the same moment.
  const tmp = `${SEED_D1}.tmp-${process.pid}`;
  await writeFile(tmp, dump.stdout);
  await rename(tmp, SEED_D1);
  // The workerd tests get the statements through inject("seedD1") (test/worker/seed-d1.ts).
  project.provide("seedD1", dump.stdout);
  // The workerd tests' assets directory (the widget bundle lives there when built).
  await mkdir(TEST_SITE, { recursive: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The seed graph as D1 statements (JSON of {sql, params}[]). */
    seedD1: string;
  }
}

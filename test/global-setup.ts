import { copyFile, mkdir, rename } from "node:fs/promises";
import { runCli } from "./run-cli.js";
import { CORPUS, SEED_GRAPH, TEST_SITE } from "./seed-paths.js";

/** Builds the seed graph once per run: for Node tests, and as the workerd tests' snapshot asset. */
export default async function setup() {
  const r = runCli(["ingest", CORPUS, "--graph", SEED_GRAPH, "--quiet"]);
  if (r.status !== 0) throw new Error(`seed ingest failed (${r.status}): ${r.stderr}`);
  await mkdir(TEST_SITE, { recursive: true });
  // Copy then rename: the other project's setup may be copying at the same moment.
  const tmp = `${TEST_SITE}/snapshot.json.tmp-${process.pid}`;
  await copyFile(SEED_GRAPH, tmp);
  await rename(tmp, `${TEST_SITE}/snapshot.json`);
}

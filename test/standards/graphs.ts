// Graph files the standards tests read: the fixtures written for them (test/fixtures/standards/docs,
// in the project's own words) and the dev set, ingested by the real CLI into files of their own.
import { mkdirSync } from "node:fs";
import { runCli } from "../run-cli.js";
import { ROOT, SHARED } from "../seed-paths.js";

export const FIXTURE_DOCS = `${ROOT}test/fixtures/standards/docs`;
export const DEV_DOCS = `${SHARED}eval/dev/docs`;

/** Ingests `dir` into a graph file named for this test file and process; returns its path. */
export function ingestInto(dir: string, name: string): string {
  mkdirSync(`${ROOT}.qkg/test`, { recursive: true });
  const path = `${ROOT}.qkg/test/standards-${name}-${process.pid}.sqlite`;
  const r = runCli(["ingest", dir, "--graph", path, "--quiet"]);
  if (r.status !== 0) throw new Error(`ingest of ${dir} failed (${r.status}): ${r.stderr}`);
  return path;
}

// schemathesis against a running worker, from the OpenAPI document it serves: every check, a fixed
// number of examples per operation and a fixed seed, so a run is repeatable. Used by
// test/api/schemathesis.test.ts; by hand: `node --import tsx scripts/schemathesis/run.ts <origin>`.
// Install with `python3 -m pip install -r scripts/schemathesis/requirements.txt` (.ci/run does).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const MAX_EXAMPLES = 30;
export const SEED = 15;

export interface SchemathesisRun {
  exitCode: number | null;
  output: string;
  operations: { total: number; tested: number; errored: number };
  testCases: number;
  failures: number;
  errors: number;
  checks: string[];
}

/** The `st` command, or null when schemathesis is not installed. */
export function schemathesisVersion(): string | null {
  const r = spawnSync("st", ["--version"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

interface JsonReport {
  exit_code: number;
  operations: { total: number; tested: number; errored: number };
  test_cases: { generated: number; unique_failures: number };
  failures: unknown[];
  errors: unknown[];
}

/** Runs `st run` against `origin`/openapi.json; resolves with its exit code and what its report counts. */
export async function runSchemathesis(origin: string, o: { maxExamples?: number; seed?: number } = {}): Promise<SchemathesisRun> {
  const dir = mkdtempSync(join(tmpdir(), "qkg-schemathesis-"));
  const args = [
    "run",
    `${origin}/openapi.json`,
    "--checks",
    "all",
    "--max-examples",
    String(o.maxExamples ?? MAX_EXAMPLES),
    "--seed",
    String(o.seed ?? SEED),
    "--workers",
    "1",
    "--generation-deterministic",
    "--report",
    "json,ndjson",
    "--report-json-path",
    join(dir, "report.json"),
    "--report-ndjson-path",
    join(dir, "events.ndjson"),
  ];
  // Run in the temporary folder: schemathesis and hypothesis keep their caches in the working directory.
  const child = spawn("st", args, {
    cwd: dir,
    env: { ...process.env, NO_COLOR: "1", SCHEMATHESIS_TELEMETRY: "false" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exitCode = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as JsonReport;
  return {
    exitCode,
    output,
    operations: report.operations,
    testCases: report.test_cases.generated,
    failures: report.test_cases.unique_failures + report.failures.length,
    errors: report.errors.length,
    checks: checksRun(readFileSync(join(dir, "events.ndjson"), "utf8")),
  };
}

/** The names of the checks the run performed, from its event log. */
function checksRun(ndjson: string): string[] {
  const names = new Set<string>();
  for (const m of ndjson.matchAll(/"name":\s*"([a-z_]+)",\s*"status":\s*"(?:SUCCESS|FAILURE|SKIP)/gi)) names.add(m[1]!);
  return [...names].sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const origin = process.argv[2];
  if (!origin) throw new Error("usage: run.ts <origin of a running worker, e.g. http://127.0.0.1:8787>");
  const run = await runSchemathesis(origin);
  console.log(run.output);
  console.log(JSON.stringify({ ...run, output: undefined }));
  process.exitCode = run.exitCode ?? 1;
}

import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { runCli } from "../run-cli.js";
import { CORPUS } from "../seed-paths.js";

it("gives identical graphs (every table, row for row) for two ingests of the same corpus", () => {
  const dir = mkdtempSync(join(tmpdir(), "qkg-det-"));
  const a = runCli(["ingest", CORPUS, "--graph", join(dir, "a.sqlite"), "--quiet"]);
  const b = runCli(["ingest", CORPUS, "--graph", join(dir, "b.sqlite"), "--quiet"]);
  expect(a.status).toBe(0);
  expect(b.status).toBe(0);
  expect(readFileSync(join(dir, "a.sqlite")).length).toBeGreaterThan(10_000);
  const dumpA = runCli(["dump", "--graph", join(dir, "a.sqlite")]).stdout;
  expect(dumpA.length).toBeGreaterThan(10_000);
  expect(runCli(["dump", "--graph", join(dir, "b.sqlite")]).stdout).toBe(dumpA);
});

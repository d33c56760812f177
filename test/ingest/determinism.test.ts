import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { runCli } from "../run-cli.js";
import { CORPUS } from "../seed-paths.js";

it("gives byte-identical snapshots for two ingests of the same corpus", () => {
  const dir = mkdtempSync(join(tmpdir(), "qkg-det-"));
  const a = runCli(["ingest", CORPUS, "--graph", join(dir, "a.json"), "--quiet"]);
  const b = runCli(["ingest", CORPUS, "--graph", join(dir, "b.json"), "--quiet"]);
  expect(a.status).toBe(0);
  expect(b.status).toBe(0);
  const first = readFileSync(join(dir, "a.json"));
  expect(first.length).toBeGreaterThan(10_000);
  expect(first.equals(readFileSync(join(dir, "b.json")))).toBe(true);
});

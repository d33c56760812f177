import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../run-cli.js";
import { GOLD, SCORE, SEED_GRAPH } from "../seed-paths.js";

// Floors for the seed scores (strict F1 by kind). Raise them as extraction improves; the
// held-out set is scored the same way, so they guard against regressions, not targets.
const FLOORS = { award: 0.98, policy: 0.95, target: 0.98, observation: 0.9 };

describe("facts extracted from the seed corpus", () => {
  const facts = runCli(["facts", "--graph", SEED_GRAPH]);
  const dir = mkdtempSync(join(tmpdir(), "qkg-score-"));
  writeFileSync(join(dir, "facts.jsonl"), facts.stdout);
  const report = JSON.parse(
    execFileSync(process.execPath, [SCORE, "--gold", GOLD, "--pred", join(dir, "facts.jsonl"), "--json"], { encoding: "utf8" }),
  ) as Record<string, { strict: { f1: number; precision: number; recall: number }; loose: { f1: number } }>;
  console.log(
    Object.entries(report)
      .map(([k, r]) => `${k}: strict F1 ${r.strict.f1} (P ${r.strict.precision} R ${r.strict.recall}), loose F1 ${r.loose.f1}`)
      .join("\n"),
  );

  it("prints every fact as a gold-schema line with its evidence", () => {
    expect(facts.status).toBe(0);
    const lines = facts.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    for (const f of lines) {
      expect(typeof f.doc).toBe("string");
      expect(typeof f.evidence).toBe("string");
      expect(f.provenance.length).toBeGreaterThan(0);
    }
  });

  it.each(Object.entries(FLOORS))("scores %s strict F1 at or above its floor", (kind, floor) => {
    expect(report[kind]?.strict.f1 ?? 0).toBeGreaterThanOrEqual(floor);
  });
});

// Long inputs finish and give a graph; how fast is `npm run bench` (bench/large-input.ts), not a test.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readGraphFile } from "../../ingest/graph-file.js";
import { runCli } from "../run-cli.js";
import { writeLongText, writeUnpunctuated } from "./large-inputs.js";

const MB = 1024 * 1024;

describe("large inputs", async () => {
  const dir = mkdtempSync(join(tmpdir(), "qkg-large-"));

  it("ingests 5 MB without any punctuation", { timeout: 30 * 60_000 }, async () => {
    writeUnpunctuated(join(dir, "one-line.txt"), 5 * MB);
    const graph = join(dir, "one-line.json");
    const r = runCli(["ingest", join(dir, "one-line.txt"), "--graph", graph, "--quiet"]);
    expect(r.status).toBe(0);
    const g = await readGraphFile(graph);
    expect(g.documents[0].text.length).toBeGreaterThan(1_500_000);
    expect(g.facts.length).toBeGreaterThan(0);
    for (const f of g.facts.slice(0, 50)) for (const e of f.evidence) expect(g.documents[0].text.slice(e.start, e.end)).toBe(e.text);
  });

  it("ingests a 50 MB file", { timeout: 30 * 60_000 }, async () => {
    writeLongText(join(dir, "long.txt"), 50 * MB);
    const graph = join(dir, "long.json");
    const r = runCli(["ingest", join(dir, "long.txt"), "--graph", graph, "--quiet"]);
    expect(r.status).toBe(0);
    const g = await readGraphFile(graph);
    expect(g.documents).toHaveLength(1);
    expect(g.facts.some((f) => f.kind === "award")).toBe(true);
    // Facts from the last window point into the whole text too.
    let last = 0;
    for (const f of g.facts) for (const e of f.evidence) last = Math.max(last, e.start);
    expect(last).toBeGreaterThan(g.documents[0].text.length * 0.9);
  });
});

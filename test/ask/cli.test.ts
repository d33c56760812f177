// `qkg ask` as the scorer runs it: one JSON AskResult per question line, in order, even for
// questions that cannot be answered; and a readable answer without --json.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeGraphFile } from "../../ingest/graph-file.js";
import { goldSnapshot } from "../fixtures/gold-snapshot.js";
import { runCli } from "../run-cli.js";
import { QUESTIONS, SEED_GRAPH } from "../seed-paths.js";

const dir = mkdtempSync(join(tmpdir(), "qkg-ask-cli-"));
const goldGraph = join(dir, "gold-graph.json");
await writeGraphFile(goldGraph, goldSnapshot());

describe("qkg ask", () => {
  it("answers a batch file line for line, with a line for every question", () => {
    const batch = join(dir, "batch.jsonl");
    const lines = [
      '{"q":"2021年哪些企业获得了常州市市长质量奖?"}',
      '{"q":""}',
      JSON.stringify({ q: "质".repeat(300) }),
      "not json at all 株洲",
      '{"q":"上上电缆获得过几次中国质量奖提名奖?"}',
    ];
    writeFileSync(batch, `${lines.join("\n")}\n`);
    const r = runCli(["ask", "--graph", goldGraph, "--json", "--batch", batch]);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(lines.length);
    expect(out[0].answer).toHaveLength(5);
    expect(out[1].answer).toEqual([]);
    expect(out[2].answer).toEqual([]);
    expect(out[4].answer).toBe(3);
  });

  it("answers the seed questions from the ingested seed graph, one line each", () => {
    const r = runCli(["ask", "--graph", SEED_GRAPH, "--json", "--batch", QUESTIONS]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(40);
  });

  it("prints the interpretation, the answer and the evidence without --json", () => {
    const r = runCli(["ask", "--graph", goldGraph, "星宇车灯获得过哪些质量奖?"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("理解：");
    expect(r.stdout).toContain("答案：江苏省省长质量奖");
    expect(r.stdout).toContain("000_6b825dc445f9db47.txt");
  });

  it("refuses an empty or over-long question and a missing graph with a message", () => {
    expect(runCli(["ask", "--graph", goldGraph, ""]).status).toBe(2);
    expect(runCli(["ask", "--graph", goldGraph, "质".repeat(201)]).stderr).toContain("limited to 200");
    expect(runCli(["ask", "--graph", join(dir, "none.json"), "问题"]).stderr).toContain("no graph at");
  });
});

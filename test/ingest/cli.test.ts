import { describe, expect, it } from "vitest";
import { runCli } from "../run-cli.js";
import { SEED_GRAPH } from "../seed-paths.js";

describe("the qkg command line", () => {
  it("lists its commands when called without one, and fails", () => {
    const r = runCli([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/qkg ingest/);
    expect(r.stdout).toMatch(/qkg ask/);
  });

  it("names an unknown command", () => {
    const r = runCli(["frobnicate"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command "frobnicate"/);
  });

  it("refuses an unknown option with a message instead of a stack trace", () => {
    const r = runCli(["facts", "--colour", "red"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^qkg: .*colour/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it("says how to make a graph when there is none", () => {
    const r = runCli(["facts", "--graph", "/nonexistent/graph.json"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no graph at \/nonexistent\/graph\.json: run `qkg ingest/);
  });

  it("filters facts by kind", () => {
    const r = runCli(["facts", "--graph", SEED_GRAPH, "--kind", "policy"]);
    expect(r.status).toBe(0);
    const kinds = new Set(
      r.stdout
        .trim()
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l).kind),
    );
    expect([...kinds]).toEqual(["policy"]);
    expect(runCli(["facts", "--graph", SEED_GRAPH, "--kind", "rumour"]).status).toBe(2);
  });
});

import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readGraphFile } from "../../ingest/graph-file.js";
import { runCli } from "../run-cli.js";
import { CORPUS } from "../seed-paths.js";

// Our own notices: two different ones that happen to share a file name, and one saved twice.
const FIRST = "关于公布2020年度示范市市长质量奖获奖名单的通知\n\n决定授予华东精工机械股份有限公司2020年度示范市市长质量奖。\n";
const SECOND = "关于公布2021年度示范市市长质量奖获奖名单的通知\n\n决定授予江南纺织科技有限公司2021年度示范市市长质量奖。\n";
const snapshotAt = (path: string) => readGraphFile(path);

describe("document ids", async () => {
  const dir = mkdtempSync(join(tmpdir(), "qkg-ids-"));
  mkdirSync(join(dir, "2020"));
  mkdirSync(join(dir, "2021"));
  writeFileSync(join(dir, "2020", "notice.txt"), FIRST);
  writeFileSync(join(dir, "2021", "notice.txt"), SECOND);
  writeFileSync(join(dir, "copy-of-2021.txt"), SECOND);
  const graph = join(dir, "g.json");
  const r = runCli(["ingest", dir, "--graph", graph]);

  it("are paths relative to the folder ingested, so two files of the same name are both kept", async () => {
    expect(r.status).toBe(0);
    expect((await snapshotAt(graph)).documents.map((d) => d.id)).toEqual(["2020/notice.txt", "2021/notice.txt"]);
  });

  it("ingest identical content once, with a warning naming both paths", async () => {
    expect(r.stderr).toMatch(
      new RegExp(`warning 2021/notice\\.txt: ${join(dir, "copy-of-2021.txt")} has the same content as ${join(dir, "2021", "notice.txt")}`),
    );
    const g = await snapshotAt(graph);
    const keys = g.facts.map((f) => `${f.kind}|${"recipient" in f ? f.recipient : ""}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(g.warnings.some((w) => w.code === "duplicate_content" && w.doc === "2021/notice.txt")).toBe(true);
  });

  it("are the base name of a file given directly", async () => {
    const g = join(dir, "one.json");
    expect(runCli(["ingest", join(dir, "2020", "notice.txt"), "--graph", g]).status).toBe(0);
    expect((await snapshotAt(g)).documents.map((d) => d.id)).toEqual(["notice.txt"]);
  });

  it("stay bare file names for a flat folder such as the seeds (what the gold `doc` fields name)", async () => {
    const g = join(dir, "seeds.json");
    expect(runCli(["ingest", CORPUS, "--graph", g, "--quiet"]).status).toBe(0);
    expect((await snapshotAt(g)).documents.map((d) => d.id)).toEqual(
      readdirSync(CORPUS)
        .filter((n) => n.endsWith(".txt"))
        .sort(),
    );
  });
});

describe("walking folders", async () => {
  it("enters each real folder once: a symlink cycle adds nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qkg-walk-"));
    mkdirSync(join(dir, "docs", "sub"), { recursive: true });
    writeFileSync(join(dir, "docs", "sub", "notice.txt"), FIRST);
    symlinkSync(join(dir, "docs"), join(dir, "docs", "sub", "loop"));
    const graph = join(dir, "g.json");
    const r = runCli(["ingest", join(dir, "docs"), "--graph", graph]);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/skipped/);
    expect((await snapshotAt(graph)).documents.map((d) => d.id)).toEqual(["sub/notice.txt"]);
  });
});

describe("an unusable --graph", async () => {
  const dir = mkdtempSync(join(tmpdir(), "qkg-graph-"));
  writeFileSync(join(dir, "notice.txt"), FIRST);
  writeFileSync(join(dir, "a-file"), "x");
  const cases: Array<[string, string, RegExp]> = [
    ["a path under /proc", "/proc/nope/g.json", /cannot create the folder \/proc\/nope/],
    ["a folder", dir, /it is a folder/],
    ["a path under a file", join(dir, "a-file", "g.json"), /is a file, not a folder|a part of the path is a file/],
  ];
  for (const [name, graph, why] of cases) {
    it(`fails at once with one line for ${name}`, async () => {
      const r = runCli(["ingest", join(dir, "notice.txt"), "--graph", graph]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^qkg: cannot write the graph to ${graph.replace(/[/.]/g, "\\$&")}: `));
      expect(r.stderr).toMatch(why);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    });
  }

  it("removes the temp file a killed run left, and keeps a running one's", async () => {
    const out = join(dir, "out");
    mkdirSync(out);
    // pid 2^22+1 is above Linux's pid_max: no process has it. Our own parent is alive.
    const stale = join(out, "g.json.tmp-4194305-1700000000000");
    const live = join(out, `g.json.tmp-${process.pid}-1700000000000`);
    writeFileSync(stale, "{");
    writeFileSync(live, "{");
    const r = runCli(["ingest", join(dir, "notice.txt"), "--graph", join(out, "g.json")]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`removed ${stale}`);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(readdirSync(out).sort()).toEqual(["g.json", `g.json.tmp-${process.pid}-1700000000000`]);
  });
});

// Ingest is incremental: a document whose bytes and extractor are unchanged is not extracted
// again, a changed one replaces its own facts only, a document no longer listed leaves the graph,
// and the result is the graph a fresh ingest of the same files builds.
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../run-cli.js";
import { ROOT } from "../seed-paths.js";

const dir = mkdtempSync(join(tmpdir(), "qkg-incremental-"));
const docs = join(dir, "docs");
cpSync(join(ROOT, "test/fixtures/award-docs"), docs, { recursive: true });
const names = readdirSync(docs).sort();
const graph = join(dir, "graph.sqlite");

const ingest = (to = graph) => runCli(["ingest", docs, "--graph", to]);
const dump = (g = graph) => runCli(["dump", "--graph", g]).stdout;
const facts = (g = graph) => runCli(["facts", "--graph", g]).stdout;

// Each case runs the CLI several times: on the shared machine that takes longer than the default minute.
describe("incremental ingest", { timeout: 300_000 }, () => {
  it("extracts every document the first time", () => {
    const r = ingest();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`ingested ${names.length} documents:`);
  });

  it("extracts nothing when nothing changed, and the graph is the same", () => {
    const before = dump();
    const r = ingest();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`(0 extracted, ${names.length} unchanged)`);
    expect(dump()).toBe(before);
  });

  it("extracts only a changed document, and ends where a fresh ingest ends", () => {
    appendFileSync(join(docs, names[0]!), "\n另据了解，该单位曾获评市级质量标杆企业。\n");
    const r = ingest();
    expect(r.stderr).toContain(`(1 extracted, ${names.length - 1} unchanged)`);
    const fresh = join(dir, "fresh.sqlite");
    expect(ingest(fresh).status).toBe(0);
    expect(facts()).toBe(facts(fresh));
    expect(runCli(["stats", "--graph", graph]).stdout).toBe(runCli(["stats", "--graph", fresh]).stdout);
  });

  it("drops a document that is no longer listed", () => {
    rmSync(join(docs, names[1]!));
    const r = ingest();
    expect(r.stderr).toContain(`(0 extracted, ${names.length - 1} unchanged)`);
    expect(facts()).not.toContain(`"doc":"${names[1]}"`);
    const fresh = join(dir, "fresh2.sqlite");
    expect(ingest(fresh).status).toBe(0);
    expect(facts()).toBe(facts(fresh));
  });

  it("leaves the previous graph whole when an ingest fails", () => {
    const before = dump();
    const empty = join(dir, "empty");
    cpSync(docs, empty, { recursive: true });
    for (const f of readdirSync(empty)) writeFileSync(join(empty, f), "");
    const r = runCli(["ingest", empty, "--graph", graph]);
    expect(r.status).toBe(2);
    expect(dump()).toBe(before);
    expect(readdirSync(dir).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });
});

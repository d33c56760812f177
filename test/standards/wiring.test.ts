// Standards end to end on the fixtures: extracted, stored in the standard tables, derived into
// Standard nodes with DRAFTED/EVALUATED_BY/CITES, counted alike by SQL and by the snapshot, counts
// by level kept as observations and targets with their levels, replaced with their document.
import { readFileSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countGraph } from "../../graph/queries.js";
import type { ObservationFact, Snapshot, TargetFact } from "../../graph/types.js";
import { readGraphFile } from "../../ingest/graph-file.js";
import { prepareDocument } from "../../ingest/prepare.js";
import { regionIndex } from "../../ingest/regions.js";
import { segment } from "../../ingest/segment.js";
import { extractBounded } from "../../ingest/text/windows.js";
import { runCli } from "../run-cli.js";
import { FIXTURE_DOCS, ingestInto } from "./graphs.js";

let path: string;
let snapshot: Snapshot;

beforeAll(async () => {
  path = ingestInto(FIXTURE_DOCS, "wiring");
  snapshot = await readGraphFile(path);
}, 120_000);
afterAll(() => rmSync(path, { force: true }));

const nodes = (label: string) => snapshot.nodes.filter((n) => n.labels.includes(label));
const rels = (type: string) => snapshot.relationships.filter((r) => r.type === type);

describe("standards in the graph file", () => {
  it("stores every reference with its evidence, cut from the document's text", () => {
    const refs = snapshot.standards?.refs ?? [];
    expect(refs.map((r) => r.number).sort()).toEqual(["GB/T 19580", "GB/T 41234", "JB/T 14567", "T/SCIA 0032"]);
    for (const r of refs) {
      const doc = snapshot.documents.find((d) => d.id === r.doc)!;
      expect(doc.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
    }
  });

  it("derives Standard nodes with their level, and who drafted them", () => {
    expect(nodes("Standard").map((n) => [n.props.name, n.props.level])).toEqual([
      ["GB/T 19580", "national"],
      ["GB/T 41234", "national"],
      ["JB/T 14567", "industry"],
      ["T/SCIA 0032", "group"],
    ]);
    const drafted = rels("DRAFTED").map((r) => [r.start.replace(/^organization:/, ""), r.end.replace(/^standard:/, ""), r.props.role]);
    expect(drafted).toEqual([
      ["绵阳安州新能源电池股份有限公司", "JB/T 14567", "participated"],
      ["绵阳涪城智能仪表有限公司", "GB/T 41234", "led"],
      ["绵阳涪城智能仪表有限公司", "T/SCIA 0032", "led"],
    ]);
  });

  it("keeps a firm's counts of standards on its node, though they name no standard", () => {
    const firm = nodes("Organization").find((n) => n.props.name === "绵阳游仙电子有限公司")!;
    const drafting = JSON.parse(String(firm.props.drafting)) as Array<{ levels: string[]; count: number; role: string }>;
    expect(drafting.map((d) => [d.levels.join("+"), d.count, d.role])).toEqual([
      ["national", 2, "led"],
      ["industry", 5, "participated"],
    ]);
    expect(rels("DRAFTED").some((r) => r.start === firm.id)).toBe(false);
  });

  it("links the award reviewed against a standard, and only that one", () => {
    expect(rels("EVALUATED_BY").map((r) => [r.start, r.end])).toEqual([["award:柳州市市长质量奖", "standard:GB/T 19580"]]);
    expect(rels("CITES")).toEqual([]);
  });

  it("counts nodes and relationships in SQL exactly as the snapshot has them", () => {
    const db = new Database(path, { readonly: true });
    const stored = JSON.parse((db.prepare(`SELECT value FROM meta WHERE key = 'stats'`).get() as { value: string }).value);
    db.close();
    const nonZero = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).filter(([, n]) => n > 0));
    const fromSnapshot = countGraph(snapshot);
    expect(nonZero(stored.labels)).toEqual(fromSnapshot.labels);
    expect(nonZero(stored.types)).toEqual(fromSnapshot.types);
    expect(stored.labels.Standard).toBe(4);
  });

  it("keeps counts by level as observations and targets, the levels in a field", () => {
    const counted = snapshot.facts.filter(
      (f): f is ObservationFact | TargetFact => (f.kind === "observation" || f.kind === "target") && !!f.standard_levels,
    );
    const byMetric = Object.fromEntries(counted.map((f) => [f.metric, [f.value, f.standard_levels!.join("+"), f.standard_role ?? null]]));
    expect(byMetric).toEqual({
      新增主导和参与制定国际标准: [3, "international", "led_or_participated"],
      新增主导和参与制定国家标准: [25, "national", "led_or_participated"],
      新增主导和参与制定行业标准: [12, "industry", "led_or_participated"],
      发布赣州市地方标准: [8, "local", null],
      "新增主导和参与制修订国家标准、行业标准": [50, "national+industry", "led_or_participated"],
      绵阳游仙电子有限公司主导制定国家标准: [2, "national", "led"],
      参与制定行业标准: [5, "industry", "participated"],
    });
    // A figure that is no count of standards gets no levels.
    expect(snapshot.facts.some((f) => f.kind === "observation" && f.unit === "%" && f.standard_levels)).toBe(false);
  });

  it("drops a document's standards with the document", async () => {
    const one = `${FIXTURE_DOCS}/liuzhou-mayor-award.txt`;
    const r = runCli(["ingest", one, "--graph", path, "--quiet"]);
    expect(r.status).toBe(0);
    const after = await readGraphFile(path);
    expect(after.standards?.refs.map((x) => x.number)).toEqual(["GB/T 19580"]);
    expect(after.standards?.drafting).toEqual([]);
    snapshot = await readGraphFile(ingestInto(FIXTURE_DOCS, "wiring"));
  }, 120_000);
});

describe("standards of a long document read window by window", () => {
  it("are those of the whole document, at the same offsets", () => {
    const id = "mianyang-standard-news.txt";
    const bytes = readFileSync(`${FIXTURE_DOCS}/${id}`);
    const doc = prepareDocument({ id, path: id, bytes, hash: "windows" }, { segment, regions: regionIndex() });
    const whole = extractBounded(doc, { segment });
    const windowed = extractBounded(doc, { segment, whole: 10, window: 60 });
    const spans = (e: typeof whole) => (e.standards?.refs ?? []).map((r) => `${r.number}@${r.evidence.start}-${r.evidence.end}`).sort();
    expect(spans(windowed)).toEqual(spans(whole));
    expect(spans(whole)).toHaveLength(3);
  });
});

// The routes behind the views, on the SQL backend over D1 (the D1 double over a graph file): the
// document route on every seed document, the programme route on every seed programme, the demo
// pages under their strict CSP, and the example corpus `npm start` serves (written in our words).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type ReasonFigures, reasonText } from "../../graph/messages.js";
import type { AwardFact, Snapshot } from "../../graph/types.js";
import { readGraphFile } from "../../ingest/graph-file.js";
import app from "../../src/app.js";
import { PAGE_CSP } from "../../src/routes/pages.js";
import type { Programme } from "../../src/routes/programmes.js";
import { graphEnv } from "../graph-env.js";
import { runCli } from "../run-cli.js";
import { ROOT, SEED_GRAPH } from "../seed-paths.js";

const seedEnv = graphEnv(SEED_GRAPH);
let seeds: Snapshot;
beforeAll(async () => {
  seeds = await readGraphFile(SEED_GRAPH);
});

const get = (path: string, env = seedEnv) => app.request(path, {}, env);
const enc = encodeURIComponent;

describe("GET /api/v1/documents/:id", () => {
  it("serves every seed document's text with the facts it states, each evidence span cut from that text", async () => {
    expect(seeds.documents.length).toBeGreaterThan(0);
    for (const d of seeds.documents) {
      const res = await get(`/api/v1/documents/${enc(d.id)}`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { id: string; title: string | null; text: string; facts: AwardFact[] };
      expect(body.id).toBe(d.id);
      expect(body.title).toBe(d.title);
      expect(body.text).toBe(d.text);
      expect(body.facts.map((f) => f.id).sort()).toEqual(
        seeds.facts
          .filter((f) => f.doc === d.id)
          .map((f) => f.id)
          .sort(),
      );
      for (const f of body.facts) for (const e of f.evidence) expect(body.text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it("answers 404 with a code for a document the graph does not hold", async () => {
    const res = await get("/api/v1/documents/no-such-document.txt");
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("document_not_found");
  });
});

describe("GET /api/v1/programmes", () => {
  it("lists every award programme and groups each one's recipients by round, as the award facts say", async () => {
    const res = await get("/api/v1/programmes");
    const { items } = (await res.json()) as { items: string[] };
    const awards = seeds.facts.filter((f): f is AwardFact => f.kind === "award");
    expect(items.sort()).toEqual([...new Set(awards.map((f) => f.award))].sort());
    for (const name of items) {
      const r = await get(`/api/v1/programmes/${enc(name)}`);
      expect(r.status).toBe(200);
      const p = (await r.json()) as Programme;
      expect(p.name).toBe(name);
      const rows = p.rounds.flatMap((round) => round.recipients.map((x) => `${x.name}|${x.tier}|${round.year}|${round.edition}`));
      const want = awards.filter((f) => f.award === name).map((f) => `${f.recipient}|${f.tier}|${f.year}|${f.edition}`);
      expect(new Set(rows)).toEqual(new Set(want));
      // Every stated total belongs to a round and one of its tiers.
      for (const round of p.rounds) for (const t of round.stated_totals) expect(round.recipients.some((x) => x.tier === t.tier)).toBe(true);
    }
  });

  it("answers 404 for a programme the graph does not know", async () => {
    const res = await get(`/api/v1/programmes/${enc("不存在的质量奖")}`);
    expect(res.status).toBe(404);
  });
});

describe("the demo pages of the views", () => {
  it("open a seed document at an evidence span with the span marked, under the strict CSP", async () => {
    const f = seeds.facts.find((x) => x.kind === "award")!;
    const e = f.evidence[0];
    const res = await get(`/documents/${enc(e.doc)}?start=${e.start}&end=${e.end}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toBe(PAGE_CSP);
    const html = await res.text();
    const mark = /<mark id="evidence"[^>]*>([^<]*)<\/mark>/.exec(html);
    expect(mark?.[1]).toBe(
      e.text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;"),
    );
    expect(html).not.toMatch(/<script>|style="/);
  });

  it("draw an award recipient's entity view with an SVG naming each of its programmes", async () => {
    const f = seeds.facts.find((x): x is AwardFact => x.kind === "award" && x.recipient_type === "organization")!;
    const res = await get(`/entities/${enc(f.recipient)}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("<svg");
    const programmes = new Set(
      seeds.facts.filter((x): x is AwardFact => x.kind === "award" && x.recipient === f.recipient).map((x) => x.award),
    );
    for (const p of programmes) expect(html).toContain(`href="/programmes/${enc(p)}"`);
  });

  it("answer 404 pages for names the graph does not hold", async () => {
    for (const path of [`/entities/${enc("不存在的公司")}`, `/programmes/${enc("不存在的奖")}`, "/documents/none.txt", "/policies/none"]) {
      expect((await get(path)).status).toBe(404);
    }
  });
});

describe("the example corpus npm start serves", () => {
  let env: ReturnType<typeof graphEnv>;
  beforeAll(() => {
    const graph = join(mkdtempSync(join(tmpdir(), "qkg-examples-")), "examples.sqlite");
    const r = runCli(["ingest", `${ROOT}examples`, "--graph", graph, "--quiet"]);
    expect([0, 3]).toContain(r.status);
    env = graphEnv(graph);
  });

  it("has a programme with winners, nominees and a stated total above the names listed", async () => {
    const { items } = (await (await get("/api/v1/programmes", env)).json()) as { items: string[] };
    expect(items.length).toBeGreaterThanOrEqual(4);
    const programmes = await Promise.all(
      items.map(async (n) => (await (await get(`/api/v1/programmes/${enc(n)}`, env)).json()) as Programme),
    );
    const rounds = programmes.flatMap((p) => p.rounds);
    expect(rounds.some((r) => r.recipients.some((x) => x.tier === "nominee"))).toBe(true);
    expect(rounds.some((r) => r.stated_totals.some((t) => t.count > r.recipients.filter((x) => x.tier === t.tier).length))).toBe(true);
    expect(new Set(programmes.map((p) => p.level)).size).toBeGreaterThanOrEqual(3);
  });

  it("has a plan whose policy page charts its targets with a status each", async () => {
    const { items } = (await (await get("/api/v1/policies", env)).json()) as { items: Array<{ id: string; target_count: number }> };
    const plan = items.find((p) => p.target_count > 0)!;
    const html = await (await get(`/policies/${plan.id}?as_of=2024`, env)).text();
    expect(html.match(/<svg class="chart"/g)?.length).toBe(plan.target_count);
    expect(html).toMatch(/class="badge (met|missed|not_yet_due|no_data)"/);
  });
});

describe("the judge's reasons in words", () => {
  const reason = (code: string): ReasonFigures => ({
    code,
    goal: { comparator: ">=", value: 95, unit: "%", deadline_year: 2025 },
    observed: { metric: "产品合格率", value: 96, unit: "%", year: 2025, region: "某市" },
    awards: { award: "某奖", count: 1, from: null, to: null },
    similar: [],
  });
  const CODES = ["met_in_deadline_year", "short_after_deadline", "short_so_far", "awards_too_few", "no_observation"];

  it("say each kind of reason differently, in Chinese without English and in English without Chinese words of ours", () => {
    const zh = CODES.map((c) => reasonText(reason(c), "zh"));
    const en = CODES.map((c) => reasonText(reason(c), "en"));
    expect(new Set(zh).size).toBe(CODES.length);
    expect(new Set(en).size).toBe(CODES.length);
    for (const s of zh) expect(s).not.toMatch(/[a-z]{3,}/i);
    // Only the data (the metric, region and award names) is Chinese in the English sentences.
    for (const s of en) expect(s.replace(/产品合格率|某市|某奖/g, "")).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

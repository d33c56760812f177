// The metric and programme routes over SQL (the seed graph): followed through their `next` links at
// small page sizes they give every item one unpaged page gives, each once, in fact order; a page never
// holds more than its limit; the programme list pages by name; the HTML programme page links its next page.
import { describe, expect, it } from "vitest";
import { readGraphFile } from "../../ingest/graph-file.js";
import app from "../../src/app.js";
import { graphEnv } from "../graph-env.js";
import { SEED_GRAPH } from "../seed-paths.js";

const q = encodeURIComponent;
const env = graphEnv(SEED_GRAPH);
const snapshot = await readGraphFile(SEED_GRAPH);
const metrics = [...new Set(snapshot.gazetteer.filter((g) => g.kind === "metric").map((g) => g.canonical))];
const programmes = [...new Set(snapshot.facts.flatMap((f) => (f.kind === "award" ? [f.award] : [])))];

async function getJson<T>(path: string): Promise<{ status: number; body: T }> {
  const res = await app.request(path, {}, env);
  return { status: res.status, body: (await res.json()) as T };
}

/** Every page's body, following `next` from `first`. */
async function pages<T extends { next: string | null }>(first: string): Promise<T[]> {
  const out: T[] = [];
  for (let path: string | null = first; path && out.length < 500; ) {
    const { status, body }: { status: number; body: T } = await getJson<T>(path);
    expect(status, path).toBe(200);
    out.push(body);
    path = body.next;
  }
  return out;
}

interface MetricBody {
  names: string[];
  targets: Array<{ id: string }>;
  observations: Array<{ id: string; year: number | null }>;
  next: string | null;
}
interface ProgrammeBody {
  rounds: Array<{ recipients: Array<{ name: string; evidence: Array<{ doc: string; start: number }> }> }>;
  next: string | null;
}

const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);

describe("GET /api/v1/metrics/{name} pages its targets and observations", () => {
  it("the seed graph has metrics with more than one item", () => expect(metrics.length).toBeGreaterThan(3));

  it.each(metrics)("%s: the pages of limit 1 and 2 hold what one page holds", async (m) => {
    const [whole] = await pages<MetricBody>(`/api/v1/metrics/${q(m)}?as_of=2023`);
    expect(whole!.next).toBeNull();
    for (const limit of [1, 2]) {
      const paged = await pages<MetricBody>(`/api/v1/metrics/${q(m)}?as_of=2023&limit=${limit}`);
      for (const p of paged) {
        expect(p.targets.length).toBeLessThanOrEqual(limit);
        expect(p.observations.length).toBeLessThanOrEqual(limit);
      }
      expect(paged.flatMap((p) => ids(p.targets))).toEqual(ids(whole!.targets));
      expect(paged.flatMap((p) => ids(p.observations)).sort()).toEqual(ids(whole!.observations).sort());
      expect(new Set(paged.flatMap((p) => p.names))).toEqual(new Set(whole!.names));
      const most = Math.max(whole!.targets.length, whole!.observations.length, 1);
      expect(paged.length).toBe(Math.ceil(most / limit));
    }
  });

  it("each page shows its observations by year, unknown years last", async () => {
    for (const m of metrics) {
      for (const p of await pages<MetricBody>(`/api/v1/metrics/${q(m)}?limit=3`)) {
        const years = p.observations.map((o) => o.year ?? 9999);
        expect(years).toEqual([...years].sort((a, b) => a - b));
      }
    }
  });

  it("refuses a cursor that no `next` link holds, and reads `end` as an ended list", async () => {
    expect((await getJson(`/api/v1/metrics/${q(metrics[0]!)}?cursor=abc`)).status).toBe(400);
    const { status, body } = await getJson<MetricBody>(`/api/v1/metrics/${q(metrics[0]!)}?cursor=end&targets_cursor=end`);
    expect(status).toBe(200);
    expect([body.targets, body.observations, body.next]).toEqual([[], [], null]);
    expect((await getJson(`/api/v1/metrics/${q("没有这个指标")}?cursor=end&targets_cursor=end`)).status).toBe(404);
  });
});

describe("GET /api/v1/programmes pages its names and each programme's recipients", () => {
  it("the names, a page of 2 at a time, are every name once, in order", async () => {
    const whole = await pages<{ items: string[]; next: string | null }>("/api/v1/programmes");
    expect(whole).toHaveLength(1);
    const paged = await pages<{ items: string[]; next: string | null }>("/api/v1/programmes?limit=2");
    expect(paged.length).toBe(Math.ceil(whole[0]!.items.length / 2));
    expect(paged.flatMap((p) => p.items)).toEqual(whole[0]!.items);
    expect(whole[0]!.items.length).toBeGreaterThan(2);
  });

  it.each(programmes)("%s: pages of 2 award facts hold every recipient's spans", async (a) => {
    const spans = (ps: ProgrammeBody[]) =>
      ps
        .flatMap((p) => p.rounds.flatMap((r) => r.recipients.flatMap((x) => x.evidence.map((e) => `${x.name}@${e.doc}:${e.start}`))))
        .sort();
    const whole = await pages<ProgrammeBody>(`/api/v1/programmes/${q(a)}`);
    expect(whole).toHaveLength(1);
    const paged = await pages<ProgrammeBody>(`/api/v1/programmes/${q(a)}?limit=2`);
    const facts = snapshot.facts.filter((f) => f.kind === "award" && f.award === a).length;
    expect(paged.length).toBe(Math.max(1, Math.ceil(facts / 2)));
    expect(spans(paged)).toEqual(spans(whole));
  });

  it("the HTML page links the next page of a programme with more facts than a page", async () => {
    const counts = programmes.map((a) => [a, snapshot.facts.filter((f) => f.kind === "award" && f.award === a).length] as const);
    const [big] = counts.sort((x, y) => y[1] - x[1])[0]!;
    expect(await (await app.request(`/programmes/${q(big)}`, {}, env)).text()).not.toContain('rel="next"');
    const first = await (await app.request(`/programmes/${q(big)}?limit=1`, {}, env)).text();
    const href = /<a href="([^"]+)" rel="next"/.exec(first)?.[1]?.replaceAll("&amp;", "&");
    expect(href).toMatch(/^\/programmes\/.+cursor=/);
    const second = await app.request(href!, {}, env);
    expect(second.status).toBe(200);
    expect(await second.text()).not.toEqual(first);
    expect((await getJson(`/api/v1/programmes/${q("没有这个奖")}?cursor=${q("9~x~y")}`)).status).toBe(404);
  });
});

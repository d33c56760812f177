// The policy routes over SQL, held to the grouping done in memory over every fact (what the routes
// did before they asked the backend for one page): the list followed through its `next` links at
// several page sizes, under each region, the detail by every key, and the HTML page. On the written
// policy fixture (more policies than a page, repeated and full-width titles) and the seed graph.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findPolicy, groupPolicies, pagePolicyGroups, policyKey } from "../../graph/policy-groups.js";
import { compareFacts } from "../../graph/queries.js";
import { expandRegion } from "../../graph/regions.js";
import type { PolicyFact, Snapshot, TargetFact } from "../../graph/types.js";
import { readGraphFile, writeGraphFile } from "../../ingest/graph-file.js";
import app from "../../src/app.js";
import { policySnapshot } from "../contract/policy-snapshot.js";
import { graphEnv } from "../graph-env.js";
import { SEED_GRAPH } from "../seed-paths.js";

const q = encodeURIComponent;
const dir = mkdtempSync(join(tmpdir(), "qkg-policies-"));
const fixturePath = join(dir, "policies.sqlite");
await writeGraphFile(fixturePath, policySnapshot());

const GRAPHS: [string, string][] = [
  ["the written policy fixture", fixturePath],
  ["the seed graph", SEED_GRAPH],
];

interface ListBody {
  count: number;
  items: Array<{ id: string; title: string; region: string | null; target_count: number }>;
  next: string | null;
}

async function getJson<T>(env: ReturnType<typeof graphEnv>, path: string): Promise<{ status: number; body: T }> {
  const res = await app.request(path, {}, env);
  return { status: res.status, body: (await res.json()) as T };
}

/** Every item of a list, following `next` from the first page; and how many pages it took. */
async function followList(env: ReturnType<typeof graphEnv>, first: string): Promise<{ items: ListBody["items"]; pages: number }> {
  const items: ListBody["items"] = [];
  let path: string | null = first;
  let pages = 0;
  while (path && pages < 1000) {
    const { status, body }: { status: number; body: ListBody } = await getJson<ListBody>(env, path);
    expect(status, path).toBe(200);
    expect(body.count).toBe(body.items.length);
    items.push(...body.items);
    pages++;
    path = body.next;
  }
  return { items, pages };
}

const parts = (s: Snapshot) => ({
  facts: s.facts.filter((f): f is PolicyFact => f.kind === "policy"),
  targets: s.facts.filter((f): f is TargetFact => f.kind === "target"),
});

describe.each(GRAPHS)("the policy routes over SQL on %s", (_name, path) => {
  const env = graphEnv(path);
  const loaded = readGraphFile(path);

  it("list every policy once, in first-mention order, through the next links at every page size", async () => {
    const s = await loaded;
    const { facts, targets } = parts(s);
    const expected = JSON.parse(JSON.stringify(pagePolicyGroups(facts, targets, {})));
    expect(expected.length).toBeGreaterThan(1);
    for (const limit of [1, 2, 3, 100]) {
      const { items, pages } = await followList(env, `/api/v1/policies?limit=${limit}`);
      expect(items, `limit ${limit}`).toStrictEqual(expected);
      expect(pages).toBe(Math.max(1, Math.ceil(expected.length / limit)));
    }
  });

  it("list the policies inside each region, and 404 an unknown region", async () => {
    const s = await loaded;
    const { facts, targets } = parts(s);
    const regions = [...new Set(facts.map((f) => f.region).filter((r): r is string => r != null))];
    expect(regions.length).toBeGreaterThan(0);
    for (const region of regions) {
      const inside = expandRegion(s.regions, region);
      const expected = JSON.parse(JSON.stringify(pagePolicyGroups(facts, targets, { regions: inside })));
      const { items } = await followList(env, `/api/v1/policies?region=${q(region)}&limit=1`);
      expect(items, region).toStrictEqual(expected);
    }
    const unknown = await getJson<{ error: { code: string } }>(env, `/api/v1/policies?region=${q("没有的地方")}`);
    expect([unknown.status, unknown.body.error.code]).toStrictEqual([404, "unknown_region"]);
  });

  it("find a policy by its id, each mention's fact id, its title with and without 《》, and 404 others", async () => {
    const s = await loaded;
    const groups = groupPolicies(parts(s).facts.sort(compareFacts));
    const keys = [...groups.flatMap((p) => [p.id, p.title, `《${p.title}》`, ...p.mentions.map((m) => m.fact_id)])];
    for (const key of keys) {
      const want = findPolicy(groups, policyKey(key));
      const { status, body } = await getJson<{ policy: unknown }>(env, `/api/v1/policies/${q(key)}?as_of=2023`);
      expect(status, key).toBe(200);
      expect(body.policy, key).toStrictEqual(JSON.parse(JSON.stringify(want)));
    }
    const missing = await getJson<{ error: { code: string } }>(env, `/api/v1/policies/${q("不存在的办法")}`);
    expect([missing.status, missing.body.error.code]).toStrictEqual([404, "policy_not_found"]);
    const page = await app.request(`/policies/${q(groups[0]!.id)}?as_of=2023`, {}, env);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(groups[0]!.title);
  });
});

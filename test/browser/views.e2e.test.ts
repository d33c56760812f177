// The views in real headless Chromium against `wrangler dev`, on the seed graph and on the dev set:
// the entity, programme, document and policy pages and the widget's entity view on the demo page.
// Each is screenshotted into test-results/browser/views-<graph>-<view>.png, checked with axe
// (0 serious or critical violations), under the strict CSP (no violation reported), and used by
// keyboard alone where it has something to operate.

import { mkdir } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AwardFact, Snapshot, TargetFact } from "../../graph/types.js";
import { readGraphFile } from "../../ingest/graph-file.js";
import { runCli } from "../run-cli.js";
import { SEED_GRAPH, SHARED } from "../seed-paths.js";
import { ARTEFACTS, buildSite, type Running, startWorker, WORK } from "./servers.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const DEV_GRAPH = `${WORK}/dev-graph.sqlite`;

let browser: Browser;
const workers: Running[] = [];

beforeAll(async () => {
  await mkdir(ARTEFACTS, { recursive: true });
  await buildSite();
  const r = runCli(["ingest", `${SHARED}eval/dev/docs`, "--graph", DEV_GRAPH, "--quiet"]);
  if (r.status !== 0 && r.status !== 3) throw new Error(`dev ingest failed (${r.status}): ${r.stderr}`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  for (const w of workers) await w.stop();
});

interface Opened {
  page: Page;
  problems: string[];
}

async function open(url: string): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, locale: "zh-CN", deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    // The entity page asks the standards route, which may not exist yet: its 404 is expected.
    if (m.type() === "error" && !/status of 404/.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(String(e)));
  const res = await page.goto(url);
  expect(res?.status()).toBe(200);
  return { page, problems };
}

/** axe on the whole page (shadow roots included): the serious and critical violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Screenshot, axe, CSP: what every view must pass. */
async function check(o: Opened, name: string): Promise<void> {
  await o.page.screenshot({ path: `${ARTEFACTS}/views-${name}.png`, fullPage: true });
  expect(await seriousViolations(o.page)).toEqual([]);
  expect(o.problems).toEqual([]);
}

/** Tabs until `isTarget` holds for the focused element (through shadow roots); false after `max` presses. */
async function tabTo(page: Page, isTarget: string, max = 60): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const hit = await page.evaluate((sel) => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return !!el && el.matches(sel);
    }, isTarget);
    if (hit) return true;
  }
  return false;
}

const enc = encodeURIComponent;

/** The views' subjects picked from the graph itself: the busiest organisation, programme and document, and a plan. */
function subjects(g: Snapshot) {
  const targets = g.facts.filter((f): f is TargetFact => f.kind === "target");
  const awards = g.facts.filter((f): f is AwardFact => f.kind === "award");
  const count = <T>(xs: T[]) =>
    [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<T, number>())].sort((a, b) => b[1] - a[1])[0]![0];
  const org = count(awards.filter((f) => f.recipient_type === "organization").map((f) => f.recipient));
  const programme = count(awards.map((f) => f.award));
  const fact = awards.find((f) => f.recipient === org)!;
  const withPolicy = targets.filter((f) => f.policy);
  const policy = withPolicy.length ? count(withPolicy.map((f) => f.policy!)) : null;
  return { org, programme, evidence: fact.evidence[0]!, policy };
}

for (const [label, graph] of [
  ["seeds", SEED_GRAPH],
  ["dev", DEV_GRAPH],
] as const) {
  describe(`views on the ${label} graph`, () => {
    let origin: string;
    let g: Snapshot;
    let s: ReturnType<typeof subjects>;
    beforeAll(async () => {
      g = await readGraphFile(graph);
      s = subjects(g);
      const w = await startWorker([], undefined, graph, label);
      workers.push(w);
      origin = w.origin;
    }, 240_000);

    it("entity view: the SVG graph and the awards, linking to programmes and sources", async () => {
      const o = await open(`${origin}/entities/${enc(s.org)}`);
      await expect(o.page.locator("svg.graph").count()).resolves.toBe(1);
      expect(await o.page.locator("svg.graph g.node.award").count()).toBe(
        g.facts.filter((f) => f.kind === "award" && f.recipient === s.org).length,
      );
      await check(o, `${label}-entity`);
      // Keyboard: the first programme link opens the programme view.
      expect(await tabTo(o.page, ".awards a[href^='/programmes/']")).toBe(true);
      await Promise.all([o.page.waitForURL(/\/programmes\//), o.page.keyboard.press("Enter")]);
      await expect(o.page.locator("table").count()).resolves.toBe(1);
    });

    it("programme view: rounds with winners, nominees and stated totals, names linking to entities", async () => {
      const o = await open(`${origin}/programmes/${enc(s.programme)}`);
      expect(await o.page.locator("tbody tr").count()).toBeGreaterThan(0);
      await check(o, `${label}-programme`);
      expect(await tabTo(o.page, ".names a[href^='/entities/']")).toBe(true);
      await Promise.all([o.page.waitForURL(/\/entities\//), o.page.keyboard.press("Enter")]);
      await expect(o.page.locator("svg.graph").count()).resolves.toBe(1);
    });

    it("evidence in context: the document opens at the span, marked and in view", async () => {
      const e = s.evidence;
      const o = await open(`${origin}/documents/${enc(e.doc)}?start=${e.start}&end=${e.end}#evidence`);
      const mark = o.page.locator("mark#evidence");
      expect(await mark.textContent()).toBe(e.text);
      await expect(mark.isVisible()).resolves.toBe(true);
      expect(
        await mark.evaluate((m) => {
          const r = m.getBoundingClientRect();
          const box = m.closest(".doc-text")!.getBoundingClientRect();
          return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
        }),
      ).toBe(true);
      await check(o, `${label}-document`);
      // Keyboard: another fact's link moves the mark to that fact's span.
      expect(await tabTo(o.page, ".facts li:not(.current) a")).toBe(true);
      const href = await o.page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
      await Promise.all([o.page.waitForURL(href), o.page.keyboard.press("Enter")]);
      const u = new URL(href);
      const marked = await o.page.locator("mark#evidence").textContent();
      const doc = g.documents.find((d) => d.id === e.doc)!;
      expect(marked).toBe(doc.text.slice(Number(u.searchParams.get("start")), Number(u.searchParams.get("end"))));
    });

    it("policy view: each target's status and a chart of target against observed values", async () => {
      if (!s.policy) return;
      const list = (await (await fetch(`${origin}/api/v1/policies`)).json()) as {
        items: Array<{ id: string; title: string; target_count: number }>;
      };
      const p = list.items.find((x) => x.title === s.policy)!;
      const o = await open(`${origin}/policies/${enc(p.id)}`);
      expect(await o.page.locator("svg.chart").count()).toBe(p.target_count);
      expect(await o.page.locator(".badge").count()).toBe(p.target_count);
      await check(o, `${label}-policy`);
      const en = await open(`${origin}/policies/${enc(p.id)}?lang=en`);
      const reasons = await en.page.locator(".reason").allTextContents();
      for (const r of reasons) expect(r).toMatch(/^(Observed|So far|No outcome|\d+ ×)/);
      await en.page.screenshot({ path: `${ARTEFACTS}/views-${label}-policy-en.png`, fullPage: true });
    }, 180_000);

    it("demo page and the widget's entity view, by keyboard alone", async () => {
      const o = await open(`${origin}/`);
      await o.page.locator("qkg-ask input").waitFor();
      await check(o, `${label}-home`);
      const input = o.page.locator("qkg-ask input");
      await input.focus();
      await o.page.keyboard.type(`${s.org}获得过哪些奖?`);
      await o.page.keyboard.press("Enter");
      await o.page.locator("qkg-ask [part~=item]").first().waitFor();
      expect(await tabTo(o.page, "[part~=entity-button]")).toBe(true);
      await o.page.keyboard.press("Enter");
      await o.page.locator("qkg-ask [part~=entity-view] svg.graph").first().waitFor();
      await o.page.locator("qkg-ask").screenshot({ path: `${ARTEFACTS}/views-${label}-widget-entity.png` });
      expect(await seriousViolations(o.page)).toEqual([]);
      // The evidence opens its source in a new tab with the span marked.
      expect(await tabTo(o.page, "[part~=open-source]")).toBe(true);
      const [tab] = await Promise.all([o.page.context().waitForEvent("page"), o.page.keyboard.press("Enter")]);
      await tab.waitForLoadState();
      await expect(tab.locator("mark#evidence").count()).resolves.toBe(1);
      expect(o.problems).toEqual([]);
    }, 120_000);
  });
}

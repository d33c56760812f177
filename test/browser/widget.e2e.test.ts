// <qkg-ask> in real headless Chromium (Debian's /usr/bin/chromium driven by playwright-core),
// against the real worker under `wrangler dev` serving the seed graph, embedded in pages on other
// origins under a strict CSP. Screenshots go to test-results/browser/.
import { mkdir, readFile } from "node:fs/promises";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuiltWidget } from "../../scripts/build-widget.js";
import { QUESTIONS } from "../seed-paths.js";
import { ARTEFACTS, buildSite, freePort, type Running, startHost, startWorker } from "./servers.js";

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

const QUESTION = "2021年哪些企业获得了常州市市长质量奖?";

let built: BuiltWidget;
let worker: Running;
let host: Running;
let hostPorts: number[];
let deadPort: number;
let browser: Browser;
let gold: string[];

beforeAll(async () => {
  await mkdir(ARTEFACTS, { recursive: true });
  const seeds = (await readFile(QUESTIONS, "utf8"))
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { q: string; answer: unknown });
  gold = seeds.find((s) => s.q === QUESTION)!.answer as string[];
  built = await buildSite();
  // Two host origins: the first is in CORS_ORIGINS, the second is not. A third port stays closed.
  hostPorts = [await freePort(), await freePort()];
  deadPort = await freePort();
  worker = await startWorker([`http://127.0.0.1:${hostPorts[0]}`]);
  host = await startHost(worker.origin, `http://127.0.0.1:${deadPort}`, hostPorts);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  await worker?.stop();
});

interface Watched {
  page: Page;
  problems: string[];
}

/** A fresh page that collects console errors, page errors and CSP reports. */
async function open(url: string, viewport = { width: 900, height: 900 }): Promise<Watched> {
  const context = await browser.newContext({ viewport, locale: "zh-CN", deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(String(e)));
  await page.goto(url);
  await page.locator("qkg-ask input").waitFor();
  return { page, problems };
}

const widgetFocus = (page: Page) =>
  page.evaluate(() => {
    const host = document.activeElement;
    const inner = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return inner
      ? {
          part: inner.getAttribute("part"),
          text: inner.textContent,
          outline: getComputedStyle(inner).outlineStyle,
          outlineWidth: getComputedStyle(inner).outlineWidth,
        }
      : null;
  });

describe("<qkg-ask> in Chromium against wrangler dev", () => {
  it("serves /widget.js as a redirect to a versioned bundle cached as immutable, within 12 KB gzip", async () => {
    const redirect = await fetch(`${worker.origin}/widget.js`, { redirect: "manual" });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("location")).toBe(`/widget/${built.version}/widget.js`);
    const bundle = await fetch(`${worker.origin}/widget/${built.version}/widget.js`);
    expect(bundle.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(bundle.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(built.gzipBytes).toBeLessThanOrEqual(12 * 1024);
  });

  it("answers a seed question on a host page on another origin under a strict CSP, with the right names and their evidence", async () => {
    const { page, problems } = await open(`${host.origin}/`);
    const input = page.getByLabel("向质量政策知识图谱提问");
    await input.fill(QUESTION);
    await input.press("Enter");
    const names = page.locator("qkg-ask [part=name]");
    await expect.poll(() => names.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect((await names.allTextContents()).sort()).toEqual([...gold].sort());
    await expect.poll(() => page.locator("qkg-ask [part=interpretation]").textContent()).toMatch(/^理解为：.+/);
    const firstItem = page.locator("qkg-ask [part=item]").first();
    expect(await firstItem.locator("[part=evidence-title]").first().textContent()).toMatch(/^出处：.+/);
    expect(await firstItem.locator("[part=evidence-text] mark").first().textContent()).toBe(
      await firstItem.locator("[part=name]").textContent(),
    );
    expect(await page.locator("qkg-ask [role=status]").textContent()).toContain(`找到 ${gold.length} 个答案`);
    await page.screenshot({ path: `${ARTEFACTS}/host-answer.png`, fullPage: true });
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("can be used with the keyboard alone, with a visible focus ring", async () => {
    const { page, problems } = await open(`${host.origin}/`);
    await page.keyboard.press("Tab");
    expect((await widgetFocus(page))?.part).toBe("input");
    await page.keyboard.type(QUESTION);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("qkg-ask [part=item]").count(), { timeout: 15_000 }).toBe(gold.length);
    let focused = await widgetFocus(page);
    // Past each item's "open in source" link and entity button.
    for (let i = 0; i < 80 && focused?.part !== "chip"; i++) {
      await page.keyboard.press("Tab");
      focused = await widgetFocus(page);
    }
    expect(focused?.part).toBe("chip");
    expect(focused?.outline).toBe("solid");
    expect(focused?.outlineWidth).toBe("3px");
    await page.screenshot({ path: `${ARTEFACTS}/keyboard-focus.png`, fullPage: true });
    const followUp = focused!.text!;
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("qkg-ask input").inputValue()).toBe(followUp);
    expect((await widgetFocus(page))?.part).toBe("input");
    await expect.poll(() => page.locator("qkg-ask [role=status]").textContent(), { timeout: 15_000 }).not.toBe("正在查找答案…");
    await page.screenshot({ path: `${ARTEFACTS}/keyboard-follow-up.png`, fullPage: true });
    expect(problems).toEqual([]);
  });

  it("aborts a slow question when a newer one is asked, and shows only the newer answer", async () => {
    const { page } = await open(`${host.origin}/`);
    const slow = "星宇车灯获得过哪些质量奖?";
    await page.route(`${worker.origin}/api/v1/ask?**`, async (route) => {
      if (new URL(route.request().url()).searchParams.get("q") === slow) await new Promise((r) => setTimeout(r, 3000));
      await route.continue().catch(() => {});
    });
    const failed: string[] = [];
    page.on("requestfailed", (r) => failed.push(`${new URL(r.url()).searchParams.get("q")} ${r.failure()?.errorText}`));
    const input = page.getByLabel("向质量政策知识图谱提问");
    await input.fill(slow);
    await input.press("Enter");
    await expect.poll(() => page.locator("qkg-ask [role=status]").textContent()).toBe("正在查找答案…");
    await input.fill(QUESTION);
    await input.press("Enter");
    await expect.poll(() => page.locator("qkg-ask [part=item]").count(), { timeout: 15_000 }).toBe(gold.length);
    await expect.poll(() => failed, { timeout: 10_000 }).toContain(`${slow} net::ERR_ABORTED`);
    await page.waitForTimeout(3500);
    expect((await page.locator("qkg-ask [part=name]").allTextContents()).sort()).toEqual([...gold].sort());
  });

  it("tells the reader in words when the service is down, and offers to try again", async () => {
    const { page } = await open(`${host.origin}/down.html`);
    const input = page.getByLabel("向质量政策知识图谱提问");
    await input.fill(QUESTION);
    await input.press("Enter");
    const error = page.locator("qkg-ask [part=error]");
    await error.waitFor({ state: "visible", timeout: 20_000 });
    expect(await error.textContent()).toContain(`连接不上问答服务（http://127.0.0.1:${deadPort}）`);
    expect(await error.getAttribute("role")).toBe("alert");
    await expect.poll(() => page.locator("qkg-ask [part=retry]").isVisible()).toBe(true);
    await page.screenshot({ path: `${ARTEFACTS}/endpoint-down.png`, fullPage: true });
  });

  it("is refused by the API from an origin that is not in CORS_ORIGINS", async () => {
    const allowed = await fetch(`${worker.origin}/api/v1/ask?q=${encodeURIComponent(QUESTION)}`, { headers: { Origin: host.origin } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe(host.origin);
    const other = `http://127.0.0.1:${hostPorts[1]}`;
    const refused = await fetch(`${worker.origin}/api/v1/ask?q=${encodeURIComponent(QUESTION)}`, { headers: { Origin: other } });
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    const { page } = await open(`${other}/`);
    const input = page.getByLabel("向质量政策知识图谱提问");
    await input.fill(QUESTION);
    await input.press("Enter");
    await page.locator("qkg-ask [part=error]").waitFor({ state: "visible", timeout: 15_000 });
    expect(await page.locator("qkg-ask [part=name]").count()).toBe(0);
  });

  it("serves a demo page at / under its own strict CSP, with the widget, embed code and API links", async () => {
    const { page, problems } = await open(`${worker.origin}/`, { width: 1000, height: 1200 });
    expect(await page.locator("#embed-code").textContent()).toBe(
      `<script type="module" src="${worker.origin}/widget.js"></script>\n<qkg-ask endpoint="${worker.origin}"></qkg-ask>`,
    );
    await page.locator("qkg-ask [part=chip]").first().click();
    await expect.poll(() => page.locator("qkg-ask [part=item]").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    for (const href of ["/health", "/api/v1/awards"]) expect(await page.locator(`a[href="${href}"]`).count()).toBe(1);
    await page.screenshot({ path: `${ARTEFACTS}/demo-page.png`, fullPage: true });
    expect(problems).toEqual([]);
  });
});

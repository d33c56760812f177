import { describe, expect, it } from "vitest";
import app from "../../src/app.js";
import { HOME_CSP } from "../../src/routes/home.js";
import { IMMUTABLE, widget } from "../../src/routes/widget.js";
import { d1FromGraphFile } from "../graph-env.js";
import { SEED_GRAPH } from "../seed-paths.js";

const VERSION = "0123456789ab";
const manifest = { version: VERSION, path: `widget/${VERSION}/widget.js`, bytes: 10, gzipBytes: 9, integrity: "sha384-abc" };

// The demo page writes its example questions from the graph it serves: the seed graph here.
const DB = d1FromGraphFile(SEED_GRAPH);

/** An ASSETS binding double serving the given files by path, and the seed graph as DB. */
function env(given: Record<string, string>) {
  const files: Record<string, string> = { ...given };
  return {
    DB,
    ASSETS: {
      fetch: async (req: Request) => {
        const body = files[new URL(req.url).pathname];
        return body === undefined ? new Response("not found", { status: 404 }) : new Response(body);
      },
    },
  };
}

const built = env({ "/widget/manifest.json": JSON.stringify(manifest), [`/widget/${VERSION}/widget.js`]: "export {};" });

describe("GET /widget.js", () => {
  it("redirects to the current versioned bundle with a short cache and CORS for module scripts", async () => {
    const res = await widget.request("/widget.js", {}, built);
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`/widget/${VERSION}/widget.js`);
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("answers 503 with a JSON error when no widget was built", async () => {
    const res = await widget.request("/widget.js", {}, env({}));
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("widget_not_built");
  });
});

describe("GET /widget/<version>/widget.js", () => {
  it("serves the bundle as JavaScript, cached for a year as immutable, readable from any origin", async () => {
    const res = await widget.request(`/widget/${VERSION}/widget.js`, {}, built);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("export {};");
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe(IMMUTABLE);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("404s an unknown or malformed version", async () => {
    expect((await widget.request("/widget/ffffffffffff/widget.js", {}, built)).status).toBe(404);
    expect((await widget.request("/widget/..%2Fsnapshot.json/widget.js", {}, built)).status).toBe(404);
  });
});

describe("GET /", () => {
  it("serves the demo page under a strict CSP with no inline script or style", async () => {
    const res = await app.request("https://qkg.example/", {}, built);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toBe(HOME_CSP);
    expect(HOME_CSP).toContain("script-src 'self'");
    expect(HOME_CSP).not.toContain("unsafe-inline");
    const html = await res.text();
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=/);
    expect(html).toContain(`<script type="module" src="/widget/${VERSION}/widget.js"></script>`);
    expect(html).toContain("<qkg-ask ");
  });

  it("shows copyable two-line embed code for this origin and links to the API", async () => {
    const html = await (await app.request("https://qkg.example/", {}, built)).text();
    expect(html).toContain(
      "&lt;script type=&quot;module&quot; src=&quot;https://qkg.example/widget.js&quot;&gt;&lt;/script&gt;\n&lt;qkg-ask endpoint=&quot;https://qkg.example&quot;&gt;&lt;/qkg-ask&gt;",
    );
    expect(html).toContain('data-copy="embed-code"');
    for (const href of ['href="/health"', 'href="/api/v1/awards"', 'href="/api/v1/ask?q=', 'href="/api/v1/policies"'])
      expect(html).toContain(href);
  });

  it("offers example questions the served graph can answer", async () => {
    const html = await (await app.request("https://qkg.example/", {}, built)).text();
    const examples = /examples="([^"]*)"/.exec(html)![1].split("|");
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const q of examples) {
      const body = (await (await app.request(`/api/v1/ask?q=${encodeURIComponent(q.replace(/&quot;/g, '"'))}`, {}, built)).json()) as {
        answer: unknown;
      };
      expect(Array.isArray(body.answer) ? body.answer.length : 1).toBeGreaterThan(0);
    }
  });

  it("still serves the page, without the widget, when no widget was built", async () => {
    const res = await app.request("https://qkg.example/", {}, env({}));
    expect(res.status).toBe(200);
    expect(await res.text()).not.toContain("<qkg-ask ");
  });

  it("serves its stylesheet and script as files, so the page needs no inline code", async () => {
    expect((await app.request("/home.css", {}, built)).headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect((await app.request("/home.js", {}, built)).headers.get("content-type")).toBe("text/javascript; charset=utf-8");
  });
});

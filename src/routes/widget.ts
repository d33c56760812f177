import type { Context } from "hono";
import { Hono } from "hono";
import type { AppEnv } from "../app-env.js";
import type { Env } from "../env.js";

/** What scripts/build-widget.ts writes to widget/manifest.json in the assets directory. */
export interface WidgetManifest {
  version: string;
  /** Path of the bundle under the site root, e.g. "widget/3f2a…/widget.js". */
  path: string;
  bytes: number;
  gzipBytes: number;
  /** Subresource integrity of the bundle, for <script integrity>. */
  integrity: string;
}

const VERSION = /^[0-9a-f]{8,64}$/;
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** /widget.js only points at the current version: short-lived so a deploy is picked up within minutes. */
export const SHORT = "public, max-age=300";

// The widget is a public script meant for other origins' pages: module scripts are fetched with CORS.
const crossOrigin = {
  "Access-Control-Allow-Origin": "*",
  "Cross-Origin-Resource-Policy": "cross-origin",
  "X-Content-Type-Options": "nosniff",
};

/** The deployed widget's manifest, or null when no widget was built into the assets. */
export async function widgetManifest(env: Env): Promise<WidgetManifest | null> {
  const res = await env.ASSETS.fetch(new Request("https://assets.local/widget/manifest.json"));
  if (!res.ok) return null;
  const m = (await res.json()) as Partial<WidgetManifest>;
  return typeof m.version === "string" && VERSION.test(m.version) ? (m as WidgetManifest) : null;
}

function missing(c: Context<AppEnv>, status: 404 | 503, code: string, message: string) {
  return c.json({ error: { code, message } }, status, { ...crossOrigin, "Cache-Control": "no-store" });
}

/** `/widget.js` redirects to the current `/widget/<version>/widget.js`, which is cached for a year. */
export const widget = new Hono<AppEnv>()
  .get("/widget.js", async (c) => {
    const m = await widgetManifest(c.env);
    if (!m) return missing(c, 503, "widget_not_built", "no widget bundle is deployed with this worker; run scripts/build-widget.ts");
    return c.body(null, 302, { ...crossOrigin, Location: `/widget/${m.version}/widget.js`, "Cache-Control": SHORT });
  })
  .get("/widget/:version/widget.js", async (c) => {
    const version = c.req.param("version");
    if (!VERSION.test(version)) return missing(c, 404, "widget_not_found", `no widget version "${version}"`);
    const res = await c.env.ASSETS.fetch(new Request(`https://assets.local/widget/${version}/widget.js`));
    if (!res.ok) return missing(c, 404, "widget_not_found", `no widget version "${version}"`);
    return new Response(res.body, {
      headers: { ...crossOrigin, "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": IMMUTABLE },
    });
  })
  .on("OPTIONS", ["/widget.js", "/widget/:version/widget.js"], (c) => c.body(null, 204, crossOrigin));

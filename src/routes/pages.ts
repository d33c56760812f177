import type { Context } from "hono";
import { Hono } from "hono";
import { type Backend, namesIn, policyIn } from "../../graph/backend/backend.js";
import { type Lang, langOf, messages, viewMessages } from "../../graph/messages.js";
import { policyKey } from "../../graph/policy-groups.js";
import { MAX_PAGE } from "../../graph/sql/queries/page.js";
import type { ObservationFact, TargetFact } from "../../graph/types.js";
import { ApiError } from "../api-error.js";
import type { AppEnv } from "../app-env.js";
import { documentView } from "../widget/document-view.js";
import { type EntityData, entityView } from "../widget/entity-view.js";
import { type JudgedTarget, policyView } from "../widget/policy-view.js";
import { programmeView } from "../widget/programme-view.js";
import { viewCss } from "../widget/view-styles.js";
import { el, type VNode, viewLinks } from "../widget/view-tree.js";
import { loadDocument } from "./documents.js";
import { requestedPage } from "./paging.js";
import { asOfYear, judgeTargets } from "./policies.js";
import { loadProgramme } from "./programmes.js";
import { toHtml } from "./view-html.js";

// The demo site's views, rendered on the server from the same element trees the widget draws:
// /entities/:name, /programmes/:name, /documents/:id?start=&end=, /policies/:id (add ?lang=en).
// No inline script or style: the strict CSP of the demo page holds here too.

export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const RECIPIENT_KINDS = new Set(["organization", "person", "project", "brand", "region"]);

function shell(lang: Lang, title: string, body: VNode, status = 200) {
  const v = viewMessages(lang);
  const html = `<!doctype html>\n${toHtml(
    el(
      "html",
      { lang: lang === "zh" ? "zh-CN" : "en" },
      el(
        "head",
        {},
        el("meta", { charset: "utf-8" }),
        el("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
        el("title", {}, `${title} · qkg`),
        el("link", { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" }),
        el("link", { rel: "stylesheet", href: "/home.css" }),
        el("link", { rel: "stylesheet", href: "/views.css" }),
        el("script", { type: "module", src: "/views.js" }),
      ),
      el("body", {}, el("main", { class: "wide" }, el("nav", { "aria-label": "qkg" }, el("a", { href: "/" }, `qkg · ${v.back}`)), body)),
    ),
  )}\n`;
  return { html, status };
}

function send(c: Context<AppEnv>, page: { html: string; status: number }) {
  return c.html(page.html, page.status as 200, {
    "Content-Security-Policy": PAGE_CSP,
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
  });
}

const missing = (lang: Lang, name: string) =>
  shell(lang, name, el("section", {}, el("h1", {}, name), el("p", {}, viewMessages(lang).notFound)), 404);

/** An entity as the view draws it, or the candidates when a name means several. */
export async function loadEntity(backend: Backend, raw: string): Promise<EntityData | { candidates: string[] } | null> {
  const name = raw.normalize("NFKC").trim();
  const matches = (await namesIn(backend, [name])).filter((g) => RECIPIENT_KINDS.has(g.kind) && g.name === name);
  const canonical = [...new Set(matches.map((m) => m.canonical))];
  if (canonical.length === 0) return null;
  if (canonical.length > 1) return { candidates: canonical };
  const [entity] = canonical;
  const kind = matches.find((m) => m.canonical === entity)!.kind as EntityData["kind"];
  const awards = await backend.awards({ recipient: entity });
  const aliases = [
    ...new Set(
      (await namesIn(backend, [entity], "canonical")).filter((g) => g.canonical === entity && g.name !== entity).map((g) => g.name),
    ),
  ];
  return { name: entity, kind, aliases, awards };
}

/** Each target of the policy judged, with every reported value of its metric in its region for the chart. */
async function judgedTargets(backend: Backend, title: string, asOf: number): Promise<JudgedTarget[]> {
  const regions = await backend.regions();
  const targets = await judgeTargets(backend, await backend.targets({ policy: title }), asOf, regions);
  // The chart shows the target's own region only, so that region alone is read (not the regions
  // inside it), once per metric and region however many targets share them.
  const read = new Map<string, Promise<ObservationFact[]>>();
  const observationsOf = (t: TargetFact) => {
    const metricKey = t.metric_key ?? t.metric;
    const key = JSON.stringify([metricKey, t.region]);
    if (!read.has(key)) read.set(key, backend.observations({ metricKey, ...(t.region ? { regions: [t.region] } : {}) }));
    return read.get(key)!;
  };
  return Promise.all(
    targets.map(async (t) => {
      const obs = await observationsOf(t);
      const same = obs.filter((o) => o.region === t.region && o.year != null && o.unit === t.unit);
      const series = [...new Map(same.map((o) => [o.year!, { year: o.year!, value: o.value }])).values()];
      return { ...t, series } as unknown as JudgedTarget;
    }),
  );
}

export const pages = new Hono<AppEnv>()
  .get("/views.css", (c) => c.body(viewCss, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=3600" }))
  .get("/views.js", (c) =>
    c.body(VIEWS_JS, 200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=3600" }),
  )
  .get("/entities/:name", async (c) => {
    const lang = langOf(c.req.query("lang") ?? null);
    const [t, v, links] = [messages(lang), viewMessages(lang), viewLinks("", lang)];
    const name = c.req.param("name");
    const d = await loadEntity(await c.var.backend(), name);
    if (!d) return send(c, missing(lang, name));
    if ("candidates" in d) {
      return send(
        c,
        shell(
          lang,
          name,
          el(
            "section",
            {},
            el("h1", {}, name),
            el("ul", {}, ...d.candidates.map((n) => el("li", {}, el("a", { href: links.entity(n) }, n)))),
          ),
        ),
      );
    }
    // The standards the organisation drafted come from their own route; views.js asks it and fills this in.
    const standards = el(
      "section",
      { class: "view", id: "standards", "data-org": d.name, hidden: "" },
      el("h2", {}, v.standards),
      el("ul", {}),
    );
    return send(c, shell(lang, d.name, el("div", {}, entityView(d, t, v, links, 1), standards)));
  })
  .get("/programmes/:name", async (c) => {
    const lang = langOf(c.req.query("lang") ?? null);
    const name = c.req.param("name");
    // The first page of recipients (or the page ?cursor= names), and a link to the next one.
    const limitText = c.req.query("limit");
    const limit = limitText && /^[1-9][0-9]{0,2}$/.test(limitText) ? Math.min(Number(limitText), MAX_PAGE) : undefined;
    const p = await loadProgramme(await c.var.backend(), name, requestedPage({ limit, cursor: c.req.query("cursor") }), c.req.url);
    if (!p) return send(c, missing(lang, name));
    const view = programmeView(p, messages(lang), viewMessages(lang), viewLinks("", lang), 1);
    const next = p.next && el("p", { class: "next" }, el("a", { href: p.next, rel: "next" }, lang === "zh" ? "下一页" : "Next page"));
    return send(c, shell(lang, p.name, next ? el("div", {}, view, next) : view));
  })
  .get("/documents/:id", async (c) => {
    const lang = langOf(c.req.query("lang") ?? null);
    const id = c.req.param("id");
    let d;
    try {
      d = await loadDocument(await c.var.backend(), id);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return send(c, missing(lang, id));
      throw e;
    }
    const start = Number(c.req.query("start"));
    const end = Number(c.req.query("end"));
    const span = Number.isInteger(start) && Number.isInteger(end) && c.req.query("start") !== undefined ? { start, end } : null;
    return send(c, shell(lang, d.title ?? d.id, documentView(d, span, messages(lang), viewMessages(lang), viewLinks("", lang))));
  })
  .get("/policies/:id", async (c) => {
    const lang = langOf(c.req.query("lang") ?? null);
    const backend = await c.var.backend();
    const key = policyKey(c.req.param("id"));
    const policy = await policyIn(backend, key);
    if (!policy) return send(c, missing(lang, key));
    const asOfText = c.req.query("as_of");
    const asOf = asOfYear(asOfText && /^[1-9][0-9]{3}$/.test(asOfText) ? Number(asOfText) : undefined);
    const targets = await judgedTargets(backend, policy.title, asOf);
    return send(c, shell(lang, policy.title, policyView({ policy, as_of: asOf, targets }, viewMessages(lang), viewLinks("", lang), lang)));
  });

// Fills the entity page's standards section from GET /api/v1/standards?org=…; leaves it hidden
// when the route is absent (404) or names none.
const VIEWS_JS = `const box = document.getElementById("standards");
if (box) {
  fetch("/api/v1/standards?org=" + encodeURIComponent(box.dataset.org), { headers: { accept: "application/json" } })
    .then((r) => (r.ok ? r.json() : null))
    .then((body) => {
      const items = body && Array.isArray(body.items) ? body.items : [];
      const list = box.querySelector("ul");
      for (const s of items.slice(0, 50)) {
        const li = document.createElement("li");
        li.textContent = [s.code, s.title ? "《" + s.title + "》" : ""].filter(Boolean).join(" ") || String(s.standard && (s.standard.code || s.standard.title) || "");
        if (li.textContent) list.appendChild(li);
      }
      if (list.children.length) box.hidden = false;
    })
    .catch(() => {});
}
`;

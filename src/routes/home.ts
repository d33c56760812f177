import { Hono } from "hono";
import { exampleQuestions } from "../../graph/ask/example-questions.js";
import { type Backend, policyTitlesIn } from "../../graph/backend/backend.js";
import type { AppEnv } from "../app-env.js";
import { pages } from "./pages.js";
import { programmeNames } from "./programmes.js";
import { widgetManifest } from "./widget.js";

/** The demo page's policy: the page and the widget in it run without any inline script or style. */
export const HOME_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// The page's example questions come from the graph it serves; computed once per isolate.
let examples: Promise<string[]> | undefined;

const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ESC[ch]);

export function embedCode(origin: string): string {
  return `<script type="module" src="${origin}/widget.js"></script>\n<qkg-ask endpoint="${origin}"></qkg-ask>`;
}

export function pinnedEmbedCode(origin: string, path: string, integrity: string): string {
  return `<script type="module" src="${origin}/${path}" integrity="${integrity}" crossorigin="anonymous"></script>\n<qkg-ask endpoint="${origin}" lang="en" limit="5"></qkg-ask>`;
}

/** What the demo page links to for browsing: every programme and the first policies with targets. */
export interface Browse {
  programmes: string[];
  policies: Array<{ id: string; title: string }>;
}

/** How many policies the page lists (in list order); GET /api/v1/policies pages through the rest. */
export const BROWSE_POLICIES = 50;

async function browseList(backend: Backend): Promise<Browse> {
  const [programmes, policies] = await Promise.all([
    programmeNames(backend),
    policyTitlesIn(backend, { withTargets: true }, { limit: BROWSE_POLICIES }),
  ]);
  return { programmes, policies };
}

function browseSection(b: Browse): string {
  const e = escapeHtml;
  if (!b.programmes.length && !b.policies.length) return "";
  const li = (href: string, text: string) => `<li><a href="${e(href)}">${e(text)}</a></li>`;
  return `<section aria-labelledby="browse">
<h2 id="browse">浏览图谱</h2>
${b.programmes.length ? `<h3>奖项</h3>\n<ul class="browse">${b.programmes.map((n) => li(`/programmes/${encodeURIComponent(n)}`, n)).join("")}</ul>` : ""}
${b.policies.length ? `<h3>政策目标</h3>\n<ul class="browse">${b.policies.map((p) => li(`/policies/${encodeURIComponent(p.id)}`, p.title)).join("")}</ul>` : ""}
</section>`;
}

function page(origin: string, widget: { src: string } | null, pinned: string | null, questions: string[], browse: Browse): string {
  const e = escapeHtml;
  const ask = `/api/v1/ask?q=${encodeURIComponent(questions[0] ?? "哪些企业获得了质量奖?")}`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>qkg · 质量政策知识图谱问答</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/home.css">
${widget ? `<script type="module" src="${e(widget.src)}"></script>` : ""}
<script type="module" src="/home.js"></script>
</head>
<body>
<main>
<header>
<h1>qkg</h1>
<p>质量政策知识图谱问答：质量奖获奖名单、质量强市政策目标和实际达成情况，每个答案都附原文出处。</p>
</header>
<section aria-labelledby="try">
<h2 id="try">试一试</h2>
${widget ? `<qkg-ask examples="${e(questions.join("|"))}"></qkg-ask>` : `<p class="warn">这个部署里还没有构建 widget（运行 scripts/build-widget.ts）。</p>`}
</section>
${browseSection(browse)}
<section aria-labelledby="embed">
<h2 id="embed">嵌入到你的网页</h2>
<p>两行代码。组件不依赖任何框架，在 Shadow DOM 里渲染，不需要 <code>unsafe-inline</code>。</p>
<div class="code"><div class="bar"><span>HTML</span><button type="button" data-copy="embed-code">复制代码</button></div><pre id="embed-code"><code>${e(embedCode(origin))}</code></pre></div>
${
  pinned
    ? `<p>固定版本（长期缓存，带 Subresource Integrity），英文界面，最多显示 5 项：</p>
<div class="code"><div class="bar"><span>HTML</span><button type="button" data-copy="pinned-code">复制代码</button></div><pre id="pinned-code"><code>${e(pinned)}</code></pre></div>`
    : ""
}
<p>宿主页面的 CSP 需要允许：<code>script-src ${e(origin)}; connect-src ${e(origin)}</code>。跨域调用的来源由 <code>wrangler.toml</code> 的 <code>CORS_ORIGINS</code> 控制。</p>
<p>属性：<code>endpoint</code>、<code>lang</code>（zh / en）、<code>placeholder</code>、<code>limit</code>、<code>examples</code>（用 | 分隔）。主题：<code>--qkg-accent</code>、<code>--qkg-fg</code>、<code>--qkg-bg</code>、<code>--qkg-font</code>、<code>--qkg-radius</code> 等 CSS 变量，以及 <code>::part(input)</code>、<code>::part(item)</code>、<code>::part(evidence)</code> 等。</p>
<p class="copied" role="status" aria-live="polite"></p>
</section>
<section aria-labelledby="api">
<h2 id="api">API</h2>
<ul>
<li><a href="/health"><code>GET /health</code></a> 服务和图谱状态</li>
<li><a href="/api/v1/awards"><code>GET /api/v1/awards</code></a> 获奖记录（可按 year、award、region、level、tier、recipient 过滤）</li>
<li><a href="${e(ask)}"><code>GET /api/v1/ask?q=…</code></a> 用中文提问</li>
<li><code>GET /api/v1/entities/&lt;name&gt;</code> 一个单位、个人、工程或品牌的全部奖项</li>
<li><a href="/api/v1/policies"><code>GET /api/v1/policies</code></a> 政策、目标及其达成情况</li>
<li><a href="/api/v1/programmes"><code>GET /api/v1/programmes</code></a> 奖项；<code>/api/v1/programmes/&lt;name&gt;</code> 按年度和届次的获奖、提名名单及公布总数</li>
<li><code>GET /api/v1/documents/&lt;id&gt;</code> 原文全文及其中陈述的事实（带证据位置）</li>
</ul>
</section>
</main>
</body>
</html>
`;
}

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5cad"/><text x="16" y="23" font-size="20" text-anchor="middle" fill="#fff" font-family="sans-serif">问</text></svg>`;

const HOME_CSS = `:root{color-scheme:light;font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;line-height:1.6;color:#1f2328;background:#f6f8fa}
body{margin:0}
main{max-width:760px;margin:0 auto;padding:24px 16px 48px}
main.wide{max-width:980px}
h1{margin:0;font-size:2rem;color:#0b5cad}
h2{font-size:1.2rem;margin:32px 0 8px}
.code{background:#fff;border:1px solid #d1d9e0;border-radius:8px;margin:8px 0}
.bar{display:flex;justify-content:space-between;align-items:center;padding:4px 8px 4px 14px;border-bottom:1px solid #d1d9e0;color:#59636e;font-size:.8rem}
pre{margin:0;padding:12px 14px;white-space:pre-wrap;word-break:break-all;font-size:.85rem}
.code button{font:inherit;padding:2px 10px;border-radius:6px;border:1px solid #d1d9e0;background:#f6f8fa;cursor:pointer}
a{color:#0b5cad}
:focus-visible{outline:3px solid #0969da;outline-offset:2px}
.warn{color:#a40e26}
code{font-size:.9em}
.browse{columns:2;padding-left:1.2em}
`;

const HOME_JS = `for (const button of document.querySelectorAll("[data-copy]")) {
  button.addEventListener("click", async () => {
    const code = document.getElementById(button.dataset.copy).textContent;
    const status = document.querySelector(".copied");
    try {
      await navigator.clipboard.writeText(code);
      status.textContent = "已复制到剪贴板。";
    } catch {
      getSelection().selectAllChildren(document.getElementById(button.dataset.copy));
      status.textContent = "已选中代码，请按 Ctrl+C 复制。";
    }
  });
}
`;

/** `/`: a demo of the widget with its embed code and links to the API, plus its stylesheet and script. */
export const home = new Hono<AppEnv>()
  .get("/", async (c) => {
    const origin = new URL(c.req.url).origin;
    const m = await widgetManifest(c.env);
    const backend = await c.var.backend();
    examples ??= exampleQuestions(backend).catch((e) => {
      examples = undefined;
      throw e;
    });
    const html = page(
      origin,
      m && { src: `/${m.path}` },
      m && pinnedEmbedCode(origin, m.path, m.integrity),
      await examples,
      await browseList(backend),
    );
    return c.html(html, 200, { "Content-Security-Policy": HOME_CSP, "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff" });
  })
  .get("/favicon.svg", (c) => c.body(FAVICON, 200, { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=86400" }))
  .get("/home.css", (c) => c.body(HOME_CSS, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=3600" }))
  .get("/home.js", (c) =>
    c.body(HOME_JS, 200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=3600" }),
  )
  .route("/", pages);

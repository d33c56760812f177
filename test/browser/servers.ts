// What the browser tests run against: the real worker under `wrangler dev` (own config, own assets
// directory with the seed graph and a fresh widget build), and a tiny static host on other origins.
import { type ChildProcess, spawn } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { createServer as createNetServer } from "node:net";
import { buildSite as buildProjectSite } from "../../scripts/build-site.js";
import type { BuiltWidget } from "../../scripts/build-widget.js";
import { loadLocalD1 } from "../../scripts/load-d1.js";
import { ROOT, SEED_GRAPH } from "../seed-paths.js";

export const WORK = `${ROOT}.qkg/browser-test`;
export const SITE = `${WORK}/site`;
export const ARTEFACTS = `${ROOT}test-results/browser`;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** The site the worker serves: the widget bundle (the seed graph goes into its D1, below). */
export async function buildSite(): Promise<BuiltWidget> {
  await rm(SITE, { recursive: true, force: true });
  return buildProjectSite(SITE);
}

export interface Running {
  origin: string;
  stop: () => Promise<void>;
  log: () => string;
}

/** `wrangler dev` on a free port with a generated config: same worker and date, our assets and CORS_ORIGINS. */
export async function startWorker(
  corsOrigins: string[],
  main = `${ROOT}src/index.ts`,
  graph = SEED_GRAPH,
  name = "seed",
): Promise<Running> {
  const port = await freePort();
  const toml = await readFile(`${ROOT}wrangler.toml`, "utf8");
  const compatibilityDate = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)?.[1] ?? "2026-04-01";
  const config = {
    name: "qkg-browser-test",
    main,
    compatibility_date: compatibilityDate,
    assets: { directory: SITE, binding: "ASSETS", run_worker_first: true },
    d1_databases: [{ binding: "DB", database_name: "qkg-browser-test", database_id: "00000000-0000-4000-8000-000000000002" }],
    vars: { QKG_BACKEND: "d1", CORS_ORIGINS: corsOrigins.join(",") },
  };
  // One config and one local D1 state per graph, so two workers (seeds, dev set) can run side by side.
  const configFile = name === "seed" ? `${WORK}/wrangler.json` : `${WORK}/wrangler-${name}.json`;
  const state = name === "seed" ? `${WORK}/state` : `${WORK}/state-${name}`;
  await writeFile(configFile, JSON.stringify(config, null, 2));
  // The graph (the seed graph is built by test/global-setup.ts) into the D1 this wrangler dev serves.
  await loadLocalD1({ graph, database: "qkg-browser-test", config: configFile, persistTo: state, sqlFile: `${WORK}/${name}-d1.sql` });
  const args = ["dev", "--config", configFile, "--port", String(port), "--ip", "127.0.0.1", "--persist-to", state];
  // Up once /widget.js redirects to the built bundle.
  return spawnWranglerDev(
    args,
    port,
    120_000,
    async (origin) => (await fetch(`${origin}/widget.js`, { redirect: "manual" })).status === 302,
  );
}

/** `wrangler dev` with `args`, returned once `ready` says so; its output is kept for error messages. */
export async function spawnWranglerDev(
  args: string[],
  port: number,
  timeoutMs: number,
  ready: (origin: string) => Promise<boolean>,
): Promise<Running & { log: () => string }> {
  const child = spawn(
    process.execPath,
    [`${ROOT}node_modules/wrangler/bin/wrangler.js`, ...args, "--show-interactive-dev-session=false", "--log-level", "warn"],
    { cwd: ROOT, env: { ...process.env, CI: "1", WRANGLER_SEND_METRICS: "false", NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${output}`);
    try {
      if (await ready(origin)) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`wrangler dev did not come up on ${origin}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { origin, stop, log: () => output };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** The strict policy of the host pages: scripts only from itself and the worker, no inline anything. */
export function hostCsp(workerOrigin: string): string {
  return `default-src 'none'; script-src 'self' ${workerOrigin}; connect-src ${workerOrigin}; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'`;
}

/** A page as a third party would write it: the two embed lines, with the endpoint given. */
export function hostPage(workerOrigin: string, endpoint: string, title: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="stylesheet" href="/host.css">
<script src="/host.js"></script>
<script type="module" src="${workerOrigin}/widget.js"></script>
</head>
<body>
<h1>${title}</h1>
<p>一个别的网站，嵌入了 qkg 问答组件。</p>
<qkg-ask endpoint="${endpoint}" examples="2021年哪些企业获得了常州市市长质量奖?|上上电缆获得过几次中国质量奖提名奖?"></qkg-ask>
</body>
</html>
`;
}

// Theme from the host: custom properties and ::part, all in an external stylesheet.
const HOST_CSS = `body{font-family:Georgia,serif;max-width:720px;margin:24px auto;padding:0 16px;background:#fbfaf7}
qkg-ask{--qkg-accent:#7a2e0e;--qkg-radius:4px;--qkg-chip-bg:#f6ece6}
qkg-ask::part(item){padding-bottom:4px}
`;
// Records CSP violations so a test can assert there were none.
const HOST_JS = `window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI), true);
`;

/** A static server for the host pages, on one or more ports (each port is its own origin). */
export async function startHost(workerOrigin: string, deadEndpoint: string, ports: number[]): Promise<Running> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://host").pathname;
    const headers = { "Content-Security-Policy": hostCsp(workerOrigin), "Cache-Control": "no-store" };
    if (path === "/favicon.ico") return res.writeHead(204, headers).end();
    if (path === "/host.css") return res.writeHead(200, { ...headers, "Content-Type": "text/css" }).end(HOST_CSS);
    if (path === "/host.js") return res.writeHead(200, { ...headers, "Content-Type": "text/javascript" }).end(HOST_JS);
    if (path === "/")
      return res
        .writeHead(200, { ...headers, "Content-Type": "text/html; charset=utf-8" })
        .end(hostPage(workerOrigin, workerOrigin, "宿主页面"));
    if (path === "/down.html") {
      return res
        .writeHead(200, {
          ...headers,
          "Content-Security-Policy": hostCsp(`${workerOrigin} ${deadEndpoint}`),
          "Content-Type": "text/html; charset=utf-8",
        })
        .end(hostPage(workerOrigin, deadEndpoint, "服务不在线"));
    }
    res.writeHead(404).end();
  });
  const servers: Server[] = [server];
  for (const _ of ports.slice(1)) servers.push(createServer((req, res) => server.emit("request", req, res)));
  await Promise.all(servers.map((s, i) => new Promise<void>((r) => s.listen(ports[i], "127.0.0.1", r))));
  return {
    origin: `http://127.0.0.1:${ports[0]}`,
    stop: async () => {
      await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
    },
    log: () => "",
  };
}

import { OpenAPIHono } from "@hono/zod-openapi";
import { Scalar } from "@scalar/hono-api-reference";
import { cors } from "hono/cors";
import { toApiError } from "./api-error.js";
import type { AppEnv } from "./app-env.js";
import { meterRequest } from "./backend/d1-meter.js";
import { selectBackend } from "./backend/select-backend.js";
import { cacheByGraphVersion, noSniff } from "./graph-cache.js";
import { ask } from "./routes/ask.js";
import { awards } from "./routes/awards.js";
import { documents } from "./routes/documents.js";
import { entities } from "./routes/entities.js";
import { health } from "./routes/health.js";
import { home } from "./routes/home.js";
import { metrics } from "./routes/metrics.js";
import { finishDocument, validationHook } from "./routes/openapi.js";
import { policies } from "./routes/policies.js";
import { programmes } from "./routes/programmes.js";
import { standards } from "./routes/standards.js";
import { widget } from "./routes/widget.js";
import { refuseMalformedEncoding } from "./url-encoding.js";

const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

// Every response says how long the worker itself took (Server-Timing: app;dur=<ms>). In workerd
// the clock only advances across I/O, so this is the time spent waiting on the database; the
// second metric says how many round trips to D1 that was (when no other request shared the isolate).
app.use("*", async (c, next) => {
  const t0 = performance.now();
  const d1 = meterRequest();
  let used: ReturnType<typeof d1>;
  try {
    await next();
  } finally {
    used = d1();
  }
  const d1Timing = used ? `, d1;dur=${used.ms.toFixed(1)};desc="${used.trips} round trips"` : "";
  c.res.headers.set("Server-Timing", `app;dur=${(performance.now() - t0).toFixed(1)}${d1Timing}`);
});

app.use("*", noSniff);
app.use("*", refuseMalformedEncoding);

app.use("*", async (c, next) => {
  let backend: ReturnType<typeof selectBackend> | undefined;
  c.set("backend", () => (backend ??= selectBackend(c.env)));
  await next();
});

app.use("/api/*", (c, next) => {
  const allowed = (c.env.CORS_ORIGINS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return cors({
    origin: (origin) => (allowed.includes("*") ? "*" : allowed.includes(origin) ? origin : null),
    allowMethods: ["GET", "OPTIONS"],
  })(c, next);
});

// Read routes: ETag on the graph's version, 304 on If-None-Match. /health is never cached.
app.use("/api/v1/*", cacheByGraphVersion);
app.use("/health", async (c, next) => {
  await next();
  c.res.headers.set("Cache-Control", "no-store");
});

app.route("/", home);
app.route("/", widget);
app.route("/health", health);
app.route("/api/v1/awards", awards);
app.route("/api/v1/entities", entities);
app.route("/api/v1/ask", ask);
app.route("/api/v1/policies", policies);
app.route("/api/v1/metrics", metrics);
app.route("/api/v1/standards", standards);
app.route("/api/v1/documents", documents);
app.route("/api/v1/programmes", programmes);

// The API described: OpenAPI 3.1 from the routes' schemas, and a reference page that renders it.
app.get("/openapi.json", (c) => {
  const doc = app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: {
      title: "qkg",
      version: "1",
      description:
        "Question answering and facts over Chinese quality-policy texts: award winners, policy goals and reported outcomes, each with its evidence.",
    },
    servers: [{ url: new URL(c.req.url).origin }],
  });
  return c.json(finishDocument(doc));
});
app.get("/reference", Scalar({ url: "/openapi.json", pageTitle: "qkg API reference" }));

/** A route path as a pattern: "/api/v1/entities/:name" matches "/api/v1/entities/某单位". */
const routePattern = (path: string) => new RegExp(`^${path.replace(/[.+?^$()|[\]\\]/g, "\\$&").replace(/:[^/]+/g, "[^/]+")}/?$`);

/** Whether a path is served with GET, to tell "no such path" (404) from "not with this method" (405). */
let getPaths: RegExp[] | undefined;
const servedWithGet = (path: string) =>
  (getPaths ??= app.routes.filter((r) => r.method === "GET").map((r) => routePattern(r.path))).some((re) => re.test(path));

app.notFound((c) => {
  if (c.req.method !== "GET" && c.req.method !== "HEAD" && servedWithGet(c.req.path)) {
    return c.json({ error: { code: "method_not_allowed", message: `${c.req.path} answers GET only` } }, 405, { Allow: "GET, HEAD" });
  }
  return c.json({ error: { code: "not_found", message: `no route for ${c.req.method} ${c.req.path}` } }, 404);
});

// Every error leaves as {error: {code, message}}; what was hidden from the client (an internal
// address, a stack) goes to the log.
app.onError((err, c) => {
  const { error, log } = toApiError(err);
  if (log) console.error(`${c.req.method} ${c.req.path}:`, err);
  return c.json(error.body, error.status);
});

export default app;

import { Hono } from "hono";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { QkgError } from "../graph/errors.js";
import { ApiError } from "./api-error.js";
import type { AppEnv } from "./app-env.js";
import { selectBackend } from "./backend/select-backend.js";
import { ask } from "./routes/ask.js";
import { awards } from "./routes/awards.js";
import { documents } from "./routes/documents.js";
import { entities } from "./routes/entities.js";
import { health } from "./routes/health.js";
import { home } from "./routes/home.js";
import { metrics } from "./routes/metrics.js";
import { policies } from "./routes/policies.js";
import { programmes } from "./routes/programmes.js";
import { widget } from "./routes/widget.js";

const app = new Hono<AppEnv>();

// Every response says how long the worker itself took (Server-Timing: app;dur=<ms>). In workerd
// the clock only advances across I/O, so this is the time spent waiting on the database.
app.use("*", async (c, next) => {
  const t0 = performance.now();
  await next();
  c.res.headers.set("Server-Timing", `app;dur=${(performance.now() - t0).toFixed(1)}`);
});

app.use("*", async (c, next) => {
  let backend: ReturnType<typeof selectBackend> | undefined;
  c.set("backend", () => (backend ??= selectBackend(c.env)));
  await next();
});

app.use("/api/*", (c, next) => {
  const allowed = (c.env.CORS_ORIGINS ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return cors({
    origin: (origin) => (allowed.includes("*") ? "*" : allowed.includes(origin) ? origin : null),
    allowMethods: ["GET", "OPTIONS"],
  })(c, next);
});

app.route("/", home);
app.route("/", widget);
app.route("/health", health);
app.route("/api/v1/awards", awards);
app.route("/api/v1/entities", entities);
app.route("/api/v1/ask", ask);
app.route("/api/v1/policies", policies);
app.route("/api/v1/metrics", metrics);
app.route("/api/v1/documents", documents);
app.route("/api/v1/programmes", programmes);

app.notFound((c) => c.json({ error: { code: "not_found", message: `no route for ${c.req.method} ${c.req.path}` } }, 404));

app.onError((err, c) => {
  if (err instanceof ApiError) return c.json({ error: { code: err.code, message: err.message } }, err.status);
  if (err instanceof QkgError) return c.json({ error: { code: err.code, message: err.message } }, err.status as 400);
  if (err instanceof HTTPException) return c.json({ error: { code: "http_error", message: err.message } }, err.status);
  // A D1 database nothing was loaded into: say how to load one rather than "internal".
  if (/no such table/i.test(err.message)) {
    return c.json({ error: { code: "graph_unavailable", message: "the D1 database holds no graph yet: load one with `qkg dump` and `wrangler d1 execute` (npm start does both)" } }, 503);
  }
  console.error(err);
  return c.json({ error: { code: "internal", message: "something went wrong on our side" } }, 500);
});

export default app;

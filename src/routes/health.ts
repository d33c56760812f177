import { Hono } from "hono";
import type { AppEnv } from "../app-env.js";

export const health = new Hono<AppEnv>().get("/", async (c) => {
  const backend = await c.var.backend();
  const stats = await backend.stats();
  return c.json({ ok: true, backend: backend.kind, nodes: Object.values(stats.labels).reduce((a, b) => a + b, 0) });
});

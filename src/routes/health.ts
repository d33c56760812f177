import { Hono } from "hono";
import type { AppEnv } from "../app-env.js";

export const health = new Hono<AppEnv>().get("/", async (c) => {
  const backend = await c.var.backend();
  const { labels } = await backend.stats();
  const labelled = Object.values(labels).reduce((a, b) => a + b, 0);
  // Every fact node carries two labels (Fact and its kind), every other node one.
  const nodes = labelled - (labels.Fact ?? 0);
  return c.json({ ok: true, backend: backend.kind, nodes, documents: labels.Document ?? 0, facts: labels.Fact ?? 0 });
});

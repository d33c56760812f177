import { createRoute, errorResponses, json, openApiRouter, z } from "./openapi.js";

const Health = z
  .object({
    ok: z.boolean(),
    backend: z.enum(["sql", "snapshot", "neo4j"]),
    nodes: z.number().int(),
    documents: z.number().int(),
    facts: z.number().int(),
  })
  .openapi("Health");

const getHealth = createRoute({
  method: "get",
  path: "/",
  tags: ["service"],
  summary: "Whether the graph answers, and how big it is",
  responses: { 200: json(Health, "The backend and the graph's size"), ...errorResponses() },
});

export const health = openApiRouter().openapi(getHealth, async (c) => {
  const backend = await c.var.backend();
  const { labels } = await backend.stats();
  const labelled = Object.values(labels).reduce((a, b) => a + b, 0);
  // Every fact node carries two labels (Fact and its kind), every other node one.
  const nodes = labelled - (labels.Fact ?? 0);
  return c.json({ ok: true, backend: backend.kind, nodes, documents: labels.Document ?? 0, facts: labels.Fact ?? 0 }, 200);
});

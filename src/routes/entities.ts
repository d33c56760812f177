import { Hono } from "hono";
import { notFound } from "../api-error.js";
import type { AppEnv } from "../app-env.js";
import { namesIn } from "../../graph/backend/backend.js";
import { toAwardItems } from "./award-items.js";

const RECIPIENT_KINDS = new Set(["organization", "person", "project", "brand", "region"]);

/** An organisation's, person's, project's or brand's awards, found by full name, short name or alias. */
export const entities = new Hono<AppEnv>().get("/:name", async (c) => {
  const backend = await c.var.backend();
  const name = c.req.param("name").normalize("NFKC").trim();
  const matches = (await namesIn(backend, [name])).filter((g) => RECIPIENT_KINDS.has(g.kind) && g.name === name);
  const canonical = [...new Set(matches.map((m) => m.canonical))];
  if (canonical.length === 0) throw notFound("entity_not_found", `nothing called "${name}" in the graph`);
  if (canonical.length > 1) {
    return c.json({ name, ambiguous: true, candidates: canonical }, 300);
  }
  const [entity] = canonical;
  const kind = matches.find((m) => m.canonical === entity)!.kind;
  const awards = await toAwardItems(backend, await backend.awards({ recipient: entity }));
  const aliases = [...new Set((await namesIn(backend, [entity], "canonical")).filter((g) => g.canonical === entity && g.name !== entity).map((g) => g.name))];
  return c.json({ name: entity, kind, aliases, awards });
});

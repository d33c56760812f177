import { namesIn } from "../../graph/backend/backend.js";
import { notFound } from "../api-error.js";
import { AmbiguousSchema, AwardItemSchema } from "./api-schemas.js";
import { toAwardItems } from "./award-items.js";
import { createRoute, errorResponses, json, NOT_MODIFIED, openApiRouter, z } from "./openapi.js";

const RECIPIENT_KINDS = new Set(["organization", "person", "project", "brand", "region"]);

const Entity = z
  .object({
    name: z.string().openapi({ description: "The canonical name" }),
    kind: z.enum(["organization", "person", "project", "brand", "region"]),
    aliases: z.array(z.string()),
    awards: z.array(AwardItemSchema),
  })
  .openapi("Entity");

const getEntity = createRoute({
  method: "get",
  path: "/{name}",
  tags: ["entities"],
  summary: "An organisation's, person's, project's or brand's awards",
  request: {
    params: z.object({
      name: z.string().min(1).max(200).openapi({ description: "Full name, short name or alias", example: "某某精密机械有限公司" }),
    }),
  },
  responses: {
    200: json(Entity, "The entity with its aliases and awards"),
    300: json(AmbiguousSchema, "The name means more than one entity"),
    ...NOT_MODIFIED,
    ...errorResponses(404),
  },
});

/** An organisation's, person's, project's or brand's awards, found by full name, short name or alias. */
export const entities = openApiRouter().openapi(getEntity, async (c) => {
  const backend = await c.var.backend();
  const name = c.req.valid("param").name.normalize("NFKC").trim();
  // A name is most often the canonical one: its awards and aliases are asked for together with the
  // lookup of the name (one round trip on D1), and asked again only when the name was an alias.
  const [found, awardsIfCanonical, namedIfCanonical] = await Promise.all([
    namesIn(backend, [name]),
    backend.awards({ recipient: name }),
    namesIn(backend, [name], "canonical"),
  ]);
  const matches = found.filter((g) => RECIPIENT_KINDS.has(g.kind) && g.name === name);
  const canonical = [...new Set(matches.map((m) => m.canonical))];
  if (canonical.length === 0) throw notFound("entity_not_found", `nothing called "${name}" in the graph`);
  if (canonical.length > 1) return c.json({ name, ambiguous: true as const, candidates: canonical }, 300);
  const entity = canonical[0]!;
  const kind = matches.find((m) => m.canonical === entity)!.kind as z.infer<typeof Entity>["kind"];
  const [facts, named] =
    entity === name
      ? [awardsIfCanonical, namedIfCanonical]
      : await Promise.all([backend.awards({ recipient: entity }), namesIn(backend, [entity], "canonical")]);
  const awards = await toAwardItems(backend, facts);
  const aliases = [...new Set(named.filter((g) => g.canonical === entity && g.name !== entity).map((g) => g.name))];
  return c.json({ name: entity, kind, aliases, awards }, 200);
});

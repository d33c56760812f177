// Standards the texts name (issue 17): GET /api/v1/standards (filters level, org; paged like the
// awards list) and GET /api/v1/standards/{code} (a code in any written form, URL-encoded:
// GB%2FT%2019580 or GBT19580, with or without its year; or a title). Same answers on D1 and Neo4j.

import { DEFAULT_PAGE, MAX_PAGE } from "../../graph/sql/queries/page.js";
import { STANDARD_LEVELS } from "../../graph/standards.js";
import type { StandardLevel } from "../../graph/types.js";
import { notFound } from "../api-error.js";
import { createRoute, errorResponses, integerParam, NOT_MODIFIED, openApiRouter, z } from "./openapi.js";

const Level = z.enum(STANDARD_LEVELS as [StandardLevel, ...StandardLevel[]]);
const Role = z.enum(["led", "participated", "led_or_participated"]).nullable();

const EvidenceSchema = z.object({ doc: z.string(), start: z.number(), end: z.number(), text: z.string(), page: z.number().optional() });

const MentionSchema = z
  .object({
    doc: z.string(),
    code: z.string().nullable(),
    number: z.string().nullable(),
    edition_year: z.number().nullable(),
    title: z.string().nullable(),
    level: Level.nullable(),
    province: z.string().nullable().optional(),
    evaluation_basis: z.boolean().optional(),
    evaluates: z.array(z.string()).optional(),
    cited_by: z.array(z.string()).optional(),
    evidence: EvidenceSchema,
  })
  .openapi("StandardMention");

const StandardSchema = z
  .object({
    key: z.string().openapi({ example: "GB/T 19580" }),
    code: z.string().nullable().openapi({ example: "GB/T 19580-2012" }),
    number: z.string().nullable(),
    title: z.string().nullable().openapi({ example: "卓越绩效评价准则" }),
    level: Level.nullable(),
    province: z.string().nullable(),
    editions: z.array(z.number()),
    drafted_by: z.array(z.object({ organization: z.string(), role: Role, year: z.number().nullable(), doc: z.string() })),
    evaluates: z.array(z.string()).openapi({ description: "Awards reviewed against this standard" }),
    cited_by: z.array(z.string()).openapi({ description: "Policies whose own text cites it" }),
    mentions: z.array(MentionSchema),
  })
  .openapi("Standard");

const ListQuery = z
  .object({
    level: Level.optional().openapi({ description: "international, national, industry, local, group or enterprise" }),
    org: z.string().min(1).optional().openapi({ description: "An organisation the texts name as drafting the standard" }),
    limit: integerParam(1, MAX_PAGE, `How many standards a page holds (default ${DEFAULT_PAGE}, at most ${MAX_PAGE})`).optional(),
    // A page starts after the key a cursor names, whether or not a standard has it: any string is a cursor.
    cursor: z
      .string()
      .max(2048)
      .optional()
      .openapi({ description: "Where the page starts: the cursor a previous page's `next` link holds" }),
  })
  .strict();

const listRoute = createRoute({
  method: "get",
  path: "/",
  request: { query: ListQuery },
  responses: {
    200: {
      description: "Standards in key order, a page at a time",
      content: {
        "application/json": {
          schema: z.object({
            count: z.number(),
            filter: z.object({ level: Level.optional(), organization: z.string().optional() }),
            items: z.array(StandardSchema),
            next: z.string().nullable(),
          }),
        },
      },
    },
    ...NOT_MODIFIED,
    ...errorResponses(),
  },
});

const oneRoute = createRoute({
  method: "get",
  path: "/{code}",
  request: { params: z.object({ code: z.string().min(1).openapi({ example: "GB/T 19580" }) }) },
  responses: {
    200: { description: "The standard", content: { "application/json": { schema: z.object({ standard: StandardSchema }) } } },
    ...NOT_MODIFIED,
    ...errorResponses(404),
  },
});

export const standards = openApiRouter();

standards.openapi(listRoute, async (c) => {
  const backend = await c.var.backend();
  const q = c.req.valid("query");
  const limit = q.limit ?? DEFAULT_PAGE;
  const filter = { ...(q.level ? { level: q.level } : {}), ...(q.org ? { organization: q.org.normalize("NFKC").trim() } : {}) };
  const after = q.cursor;
  const fetched = await backend.standards(filter, { limit: limit + 1, ...(after !== undefined ? { after } : {}) });
  const items = fetched.slice(0, limit);
  let next: string | null = null;
  if (fetched.length > limit) {
    const url = new URL(c.req.url);
    url.searchParams.set("cursor", items[items.length - 1]!.key);
    url.searchParams.set("limit", String(limit));
    next = `${url.pathname}${url.search}`;
  }
  return c.json({ count: items.length, filter, items, next }, 200);
});

standards.openapi(oneRoute, async (c) => {
  const backend = await c.var.backend();
  const { code } = c.req.valid("param");
  const found = await backend.standard(code.normalize("NFKC").trim());
  if (!found) throw notFound("unknown_standard", `no standard "${code}" in the graph`);
  return c.json({ standard: found }, 200);
});

// Standards the texts name (issue 17): GET /api/v1/standards (filters level, org; paged like the
// awards list) and GET /api/v1/standards/{code} (a code in any written form, URL-encoded:
// GB%2FT%2019580 or GBT19580, with or without its year; or a title). Same answers on D1 and Neo4j.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { STANDARD_LEVELS } from "../../graph/standards.js";
import { DEFAULT_PAGE, MAX_PAGE } from "../../graph/sql/queries/page.js";
import type { StandardLevel } from "../../graph/types.js";
import { badRequest, notFound } from "../api-error.js";
import type { AppEnv } from "../app-env.js";

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

const ErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).openapi("Error");

const ListQuery = z
  .object({
    level: Level.optional().openapi({ description: "international, national, industry, local, group or enterprise" }),
    org: z.string().min(1).optional().openapi({ description: "An organisation the texts name as drafting the standard" }),
    limit: z.string().regex(/^\d{1,6}$/).optional().openapi({ description: `1 to ${MAX_PAGE}, default ${DEFAULT_PAGE}` }),
    cursor: z.string().optional().openapi({ description: "The cursor of a `next` link" }),
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
    400: { description: "A filter the graph cannot answer", content: { "application/json": { schema: ErrorSchema } } },
  },
});

const oneRoute = createRoute({
  method: "get",
  path: "/{code}",
  request: { params: z.object({ code: z.string().min(1).openapi({ example: "GB/T 19580" }) }) },
  responses: {
    200: { description: "The standard", content: { "application/json": { schema: z.object({ standard: StandardSchema }) } } },
    404: { description: "No standard with that code or title", content: { "application/json": { schema: ErrorSchema } } },
  },
});

const toBase64Url = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const fromBase64Url = (s: string) => new TextDecoder().decode(Uint8Array.from(atob(s.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0)));

/** The standard key a cursor carries (the last key of the previous page). */
function decodeCursor(s: string): string {
  try {
    const [key] = JSON.parse(fromBase64Url(s)) as unknown[];
    if (typeof key === "string") return key;
  } catch {
    // fall through to the refusal
  }
  throw badRequest("invalid_cursor", "cursor must be the value of a `next` link's cursor, as the previous page gave it");
}

/** A query that fails its schema is refused with the project's error shape and a code per problem. */
export const standards = new OpenAPIHono<AppEnv>({
  defaultHook: (result) => {
    if (result.success) return;
    const issue = result.error.issues[0];
    if (issue?.code === "unrecognized_keys") {
      throw badRequest("unknown_filter", `unknown filter "${issue.keys.join(", ")}"; use level, org (and limit, cursor to page)`);
    }
    const field = String(issue?.path[0] ?? "query");
    if (field === "level") throw badRequest("invalid_level", `level must be one of ${STANDARD_LEVELS.join(", ")}`);
    if (field === "limit") throw badRequest("invalid_limit", `limit must be a whole number from 1 to ${MAX_PAGE}`);
    throw badRequest(`invalid_${field}`, issue?.message ?? "invalid request");
  },
});

standards.openapi(listRoute, async (c) => {
  const backend = await c.var.backend();
  const q = c.req.valid("query");
  const limit = q.limit === undefined ? DEFAULT_PAGE : Number(q.limit);
  if (limit < 1 || limit > MAX_PAGE) throw badRequest("invalid_limit", `limit must be a whole number from 1 to ${MAX_PAGE} (got "${q.limit}")`);
  const filter = { ...(q.level ? { level: q.level } : {}), ...(q.org ? { organization: q.org.normalize("NFKC").trim() } : {}) };
  const after = q.cursor !== undefined ? decodeCursor(q.cursor) : undefined;
  const fetched = await backend.standards(filter, { limit: limit + 1, ...(after !== undefined ? { after } : {}) });
  const items = fetched.slice(0, limit);
  let next: string | null = null;
  if (fetched.length > limit) {
    const url = new URL(c.req.url);
    url.searchParams.set("cursor", toBase64Url(JSON.stringify([items[items.length - 1]!.key])));
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

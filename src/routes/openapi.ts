// What every route file shares to describe itself in the OpenAPI document (GET /openapi.json): the
// error body, the JSON response helpers and the validation hook. A route file makes its router with
// `openApiRouter()`, declares each route with `createRoute` (zod schemas for params, query and every
// response) and registers it with `.openapi(route, handler)`; docs/api.md shows the pattern.
import { type Hook, OpenAPIHono, z } from "@hono/zod-openapi";
import type { ZodError } from "zod";
import { ApiError } from "../api-error.js";
import type { AppEnv } from "../app-env.js";

export { createRoute, z } from "@hono/zod-openapi";

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "bad_request" }),
      message: z.string().openapi({ example: 'query parameter "year": must be four digits, like 2021' }),
    }),
  })
  .openapi("Error", { description: "Every 4xx and 5xx answer: a code to branch on and a message for people." });

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "The request is malformed: a parameter fails its schema, is repeated, unknown, or the URL does not decode",
  404: "Nothing of that name in the graph",
  500: "A fault of the service (details go to its log, never to the client)",
  502: "The graph database answered with something unusable",
  503: "The graph is not available (no graph loaded, or the graph database cannot be reached)",
};

/** A JSON response with its schema, for a route's `responses`. */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } };
}

/**
 * The error responses every route can give (400, 500, 502, 503) plus the ones named, all with the
 * Error schema; 304 for routes with an ETag (src/graph-cache.ts).
 */
export function errorResponses(...more: number[]) {
  const statuses = [...new Set([400, ...more, 500, 502, 503])].sort();
  return Object.fromEntries(statuses.map((s) => [s, json(ErrorSchema, ERROR_DESCRIPTIONS[s] ?? "Refused")]));
}

export const NOT_MODIFIED = { 304: { description: "Not modified: the graph has not changed since the ETag given in If-None-Match" } };

/** A custom check's own error code: `z.string().refine(ok, { message, params: { code: "question_too_long" } })`. */
function customCode(issue: ZodError["issues"][number]): string | undefined {
  const code = issue.code === "custom" ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
  return typeof code === "string" ? code : undefined;
}

/** The 400 for a request that fails its route's schemas: one readable sentence per problem. */
export function validationError(target: string, error: ZodError, repeated: (key: string) => boolean): ApiError {
  const where = target === "param" ? "path parameter" : `${target} parameter`;
  const problems = error.issues.map((issue) => {
    const key = String(issue.path[0] ?? "");
    if (issue.code === "unrecognized_keys")
      return `unknown ${where}${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    if (key && repeated(key)) return `${where} "${key}" is given more than once`;
    return key ? `${where} "${key}": ${issue.message}` : issue.message;
  });
  const code = error.issues.map(customCode).find(Boolean) ?? "bad_request";
  return new ApiError(400, code, problems.join("; "));
}

/** The hook every router uses: a failed validation becomes a 400 {error: {code, message}}. */
export const validationHook: Hook<unknown, AppEnv, string, undefined> = (result, c) => {
  if (result.success) return;
  throw validationError(result.target, result.error, (key) => result.target === "query" && (c.req.queries(key)?.length ?? 0) > 1);
};

/** A router whose routes are described in the OpenAPI document and validated by their schemas. */
export const openApiRouter = () => new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

/** A query parameter given as a decimal integer in [min, max]: validated as text, documented as an integer. */
export function integerParam(min: number, max: number, description: string) {
  return z
    .string()
    .regex(/^[0-9]{1,9}$/, { message: `must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, { message: `must be at least ${min}` })
        .max(max, { message: `must be at most ${max}` }),
    )
    .openapi({ type: "integer", minimum: min, maximum: max, description });
}

/** A four-digit year in a query (year, as_of). */
export function yearParam(description: string) {
  return z
    .string()
    .regex(/^[1-9][0-9]{3}$/, { message: "must be a four-digit year, like 2021" })
    .transform(Number)
    .openapi({ type: "integer", minimum: 1000, maximum: 9999, description, example: 2021 });
}

/**
 * A query parameter whose value is a JSON object (`?context={"intent":…}`): described with `content`
 * (OpenAPI's form for serialised parameters) instead of a string schema; see finishDocument.
 */
export const JSON_OBJECT_PARAM = { content: { "application/json": { schema: { type: "object" } } } } as Record<string, unknown>;

interface DocumentParameter {
  schema?: unknown;
  content?: unknown;
}

/**
 * The generated document made valid where the generator cannot express a thing: a parameter given
 * `content` (JSON_OBJECT_PARAM) keeps only that, as OpenAPI allows one of `schema` and `content`.
 */
export function finishDocument<D extends { paths?: object }>(doc: D): D {
  for (const item of Object.values(doc.paths ?? {}) as Record<string, { parameters?: DocumentParameter[] }>[]) {
    for (const op of Object.values(item)) {
      for (const p of op.parameters ?? []) if (p.content) delete p.schema;
    }
  }
  return doc;
}

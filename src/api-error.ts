import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { QkgError } from "../graph/errors.js";

/** The body of every 4xx and 5xx answer. */
export interface ErrorBody {
  error: { code: string; message: string };
}

/** The worker's one error type: thrown anywhere, turned into `{error: {code, message}}` by app.onError. */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(status, { message });
  }

  get body(): ErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}

export const badRequest = (code: string, message: string) => new ApiError(400, code, message);
export const notFound = (code: string, message: string) => new ApiError(404, code, message);

/**
 * How the HTTP layer answers the model's error codes (graph/errors.ts carries no status). The message
 * here replaces the model's own, which may name an internal host ("Neo4j at http://10.0.0.5:7474 …"):
 * that one goes to the log.
 */
const MODEL_ERRORS: Record<string, { status: ContentfulStatusCode; message: string }> = {
  neo4j_unavailable: { status: 503, message: "the graph database cannot be reached; try again later" },
  neo4j_auth: { status: 503, message: "the graph database refused the worker's credentials" },
  neo4j_error: { status: 502, message: "the graph database could not answer this query" },
  neo4j_value: { status: 502, message: "the graph database returned a value the API cannot represent" },
  snapshot_invalid: { status: 500, message: "the graph could not be read" },
  snapshot_version: { status: 500, message: "the graph was written by another version of qkg" },
};

const STATUS_CODES: Partial<Record<number, string>> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  413: "payload_too_large",
};

const internal = () => new ApiError(500, "internal", "something went wrong on our side");

/** Any thrown value as what the client is told, and whether the original must go to the log (it was hidden). */
export function toApiError(err: unknown): { error: ApiError; log: boolean } {
  if (err instanceof ApiError) return { error: err, log: err.status >= 500 };
  if (err instanceof QkgError) {
    const known = MODEL_ERRORS[err.code];
    return { error: known ? new ApiError(known.status, err.code, known.message) : internal(), log: true };
  }
  if (err instanceof HTTPException && err.status < 500) {
    const status = err.status as ContentfulStatusCode;
    return { error: new ApiError(status, STATUS_CODES[status] ?? `http_${status}`, err.message || "the request was refused"), log: false };
  }
  // A D1 database nothing was loaded into: say how to load one rather than "internal".
  if (err instanceof Error && /no such table/i.test(err.message)) {
    const message = "the D1 database holds no graph yet: load one with `qkg dump` and `wrangler d1 execute` (npm start does both)";
    return { error: new ApiError(503, "graph_unavailable", message), log: false };
  }
  return { error: internal(), log: true };
}

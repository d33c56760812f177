import type { Hook } from "@hono/zod-openapi";
import { badRequest } from "../api-error.js";

/** Parameters that fail their schema become the API's one error shape (400 `invalid_request`). */
// biome-ignore lint/suspicious/noExplicitAny: the hook is shared by routes of every input type
export const invalidRequest: Hook<any, any, any, any> = (result) => {
  if (!result.success) {
    const issue = result.error.issues[0];
    throw badRequest("invalid_request", issue ? `${issue.path.join(".") || "request"}: ${issue.message}` : "invalid request");
  }
};

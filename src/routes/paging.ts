import type { FactCursor, Page } from "../../graph/filters.js";
import { DEFAULT_PAGE, MAX_PAGE } from "../../graph/sql/queries/page.js";
import { badRequest } from "../api-error.js";
import { integerParam, z } from "./openapi.js";

// Paging of list routes: ?limit= (default DEFAULT_PAGE, at most MAX_PAGE) and ?cursor= (opaque:
// the sort key of the last item of the previous page, base64url JSON), and a `next` link.

/** The paging parameters of a list route's query schema. */
export const pageQuery = {
  limit: integerParam(1, MAX_PAGE, `How many items a page holds (default ${DEFAULT_PAGE}, at most ${MAX_PAGE})`).optional(),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,2048}$/, { message: "must be the cursor of a `next` link" })
    .optional()
    // The format names what a cursor is (base64url of the JSON [doc, start, id]) for tools that generate requests.
    .openapi({ format: "qkg-cursor", description: "Where the page starts: the cursor a previous page's `next` link holds" }),
};

const toBase64Url = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const fromBase64Url = (s: string) => new TextDecoder().decode(Uint8Array.from(atob(s.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0)));

export function encodeCursor(c: FactCursor): string {
  return toBase64Url(JSON.stringify([c.doc, c.start, c.id]));
}

export function decodeCursor(s: string): FactCursor {
  try {
    const [doc, start, id] = JSON.parse(fromBase64Url(s)) as unknown[];
    if (typeof doc === "string" && typeof start === "number" && Number.isInteger(start) && typeof id === "string") return { doc, start, id };
  } catch {
    // fall through to the refusal
  }
  throw badRequest("invalid_cursor", "cursor must be the value of a `next` link's cursor, as the previous page gave it");
}

/** The page a request asks for; one more item than the limit is fetched to know if there is a next page. */
export function requestedPage(query: { limit?: number; cursor?: string }): Page {
  return { limit: query.limit ?? DEFAULT_PAGE, ...(query.cursor !== undefined ? { after: decodeCursor(query.cursor) } : {}) };
}

/** The page's items and the link to the next page (null on the last), keeping the other parameters. */
export function pageResult<F extends { doc: string; id: string; evidence: { start: number }[] }>(fetched: F[], page: Page, url: string): { items: F[]; next: string | null } {
  if (fetched.length <= page.limit) return { items: fetched, next: null };
  const items = fetched.slice(0, page.limit);
  const last = items[items.length - 1]!;
  const next = new URL(url);
  next.searchParams.set("cursor", encodeCursor({ doc: last.doc, start: last.evidence[0]?.start ?? 0, id: last.id }));
  next.searchParams.set("limit", String(page.limit));
  return { items, next: `${next.pathname}${next.search}` };
}

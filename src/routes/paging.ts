import type { FactCursor, Page } from "../../graph/filters.js";
import { DEFAULT_PAGE, MAX_PAGE } from "../../graph/sql/queries/page.js";
import { badRequest } from "../api-error.js";

// Paging of list routes: ?limit= (default DEFAULT_PAGE, at most MAX_PAGE) and ?cursor= (opaque:
// the sort key of the last item of the previous page, base64url JSON), and a `next` link.

export const PAGE_PARAMS = ["limit", "cursor"];

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
export function requestedPage(query: Record<string, string>): Page {
  let limit = DEFAULT_PAGE;
  if (query.limit !== undefined) {
    if (!/^\d{1,6}$/.test(query.limit) || Number(query.limit) < 1 || Number(query.limit) > MAX_PAGE) {
      throw badRequest("invalid_limit", `limit must be a whole number from 1 to ${MAX_PAGE} (got "${query.limit}")`);
    }
    limit = Number(query.limit);
  }
  return { limit, ...(query.cursor !== undefined ? { after: decodeCursor(query.cursor) } : {}) };
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

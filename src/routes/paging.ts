import type { FactCursor, Page } from "../../graph/filters.js";
import { DEFAULT_PAGE, MAX_PAGE } from "../../graph/sql/queries/page.js";
import { badRequest } from "../api-error.js";
import { integerParam, z } from "./openapi.js";

// Paging of list routes: ?limit= (default DEFAULT_PAGE, at most MAX_PAGE) and ?cursor= (the sort
// key of the last item of the previous page), and a `next` link. A cursor is `<start>~<id>~<doc>`:
// every string of that form is a valid cursor (a page starts after that key, whether or not a fact
// has it), so the parameter's pattern says exactly what the route accepts.

const CURSOR = /^([0-9]{1,15})~([^~]*)~/;

/** The paging parameters of a list route's query schema. */
export const pageQuery = {
  limit: integerParam(1, MAX_PAGE, `How many items a page holds (default ${DEFAULT_PAGE}, at most ${MAX_PAGE})`).optional(),
  cursor: z.string().max(2048).regex(CURSOR, { message: "must be the cursor of a `next` link" }).optional().openapi({
    description: "Where the page starts: the cursor a previous page's `next` link holds",
    example: "400~3860ffe7cdcf899e~notice.txt",
  }),
};

export function encodeCursor(c: FactCursor): string {
  return `${c.start}~${c.id}~${c.doc}`;
}

export function decodeCursor(s: string): FactCursor {
  const m = CURSOR.exec(s);
  if (!m) throw badRequest("invalid_cursor", "cursor must be the value of a `next` link's cursor, as the previous page gave it");
  return { start: Number(m[1]), id: m[2]!, doc: s.slice(m[0].length) };
}

/** The page a request asks for; one more item than the limit is fetched to know if there is a next page. */
export function requestedPage(query: { limit?: number; cursor?: string }): Page {
  return { limit: query.limit ?? DEFAULT_PAGE, ...(query.cursor !== undefined ? { after: decodeCursor(query.cursor) } : {}) };
}

/** The page's items and the link to the next page (null on the last), keeping the other parameters. */
export function pageResult<F extends { doc: string; id: string; evidence: { start: number }[] }>(
  fetched: F[],
  page: Page,
  url: string,
): { items: F[]; next: string | null } {
  if (fetched.length <= page.limit) return { items: fetched, next: null };
  const items = fetched.slice(0, page.limit);
  const last = items[items.length - 1]!;
  const next = new URL(url);
  next.searchParams.set("cursor", encodeCursor({ doc: last.doc, start: last.evidence[0]?.start ?? 0, id: last.id }));
  next.searchParams.set("limit", String(page.limit));
  return { items, next: `${next.pathname}${next.search}` };
}

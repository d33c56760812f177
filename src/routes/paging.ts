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
  const { items, cursor } = listCursorAfter(fetched, page);
  return { items, next: cursor === "end" ? null : nextLink(url, page.limit, { cursor }) };
}

/** The request's path and query with `params` and `limit` set: a `next` link. */
function nextLink(url: string, limit: number, params: Record<string, string>): string {
  const next = new URL(url);
  for (const [param, value] of Object.entries(params)) next.searchParams.set(param, value);
  next.searchParams.set("limit", String(limit));
  return `${next.pathname}${next.search}`;
}

// Lists of names (the programmes) page by name: the cursor is the last name of the previous page, and
// a page holds the names after it in string order (every string is a valid cursor).

/** The paging parameters of a list of names: `cursor` is a name, not a fact cursor. */
export const namePageQuery = {
  limit: pageQuery.limit,
  cursor: z.string().min(1).max(200).optional().openapi({
    description: "Where the page starts: the last name of the previous page, as its `next` link holds it",
    example: "中国质量奖",
  }),
};

/** A page of sorted names after `after`, and the link to the next page (null on the last). */
export function namePageResult(names: string[], query: { limit?: number; cursor?: string }, url: string) {
  const limit = query.limit ?? DEFAULT_PAGE;
  const after = query.cursor;
  // Sorted here by UTF-16 code units, the order `>` compares in (SQLite's may differ past the BMP).
  const sorted = [...names].sort();
  const from = after === undefined ? 0 : sorted.findIndex((n) => n > after);
  const rest = from < 0 ? [] : sorted.slice(from);
  if (rest.length <= limit) return { items: rest, next: null };
  const items = rest.slice(0, limit);
  return { items, next: nextLink(url, limit, { cursor: items[items.length - 1]! }) };
}

// A route with two lists (a metric's targets and observations) pages both with one `limit` and one
// cursor each; `next` carries both cursors, and `end` marks a list whose last page has been given.

const LIST_CURSOR = /^(?:end$|[0-9]{1,15}~[^~]*~)/;

/** A cursor parameter of one of two lists: a `next` link's cursor, or `end` (the list has no more items). */
export const listCursorParam = (list: string) =>
  z
    .string()
    .max(2048)
    .regex(LIST_CURSOR, { message: "must be the cursor of a `next` link" })
    .optional()
    .openapi({ description: `Where the page's ${list} start (a \`next\` link's cursor), or \`end\` for none`, example: "end" });

/** The page of one of two lists, or null when its cursor is `end`. */
export function requestedListPage(limit: number | undefined, cursor: string | undefined): Page | null {
  return cursor === "end" ? null : requestedPage({ limit, cursor });
}

/** The cursor of the page after `items` (fetched with one more than `page.limit`), or `end`. */
export function listCursorAfter<F extends { doc: string; id: string; evidence: { start: number }[] }>(
  fetched: F[],
  page: Page | null,
): { items: F[]; cursor: string } {
  if (!page || fetched.length <= page.limit) return { items: fetched, cursor: "end" };
  const items = fetched.slice(0, page.limit);
  const last = items[items.length - 1]!;
  return { items, cursor: encodeCursor({ doc: last.doc, start: last.evidence[0]?.start ?? 0, id: last.id }) };
}

/** The link to the page after both lists' cursors, null when both have ended. */
export function twoListNext(url: string, limit: number, cursors: Record<string, string>): string | null {
  if (Object.values(cursors).every((c) => c === "end")) return null;
  return nextLink(url, limit, cursors);
}

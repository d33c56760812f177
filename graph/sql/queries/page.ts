import type { Page } from "../../filters.js";
import type { Condition } from "../database.js";

/** The most items one page of a list may hold, and how many it holds when not asked. */
export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 100;

/** Keyset paging on the fact order (doc, start, id): the rows after the cursor, at most `limit`. */
export function pageClause(conditions: Condition[], page?: Page): { conditions: Condition[]; limit: string } {
  if (!page) return { conditions, limit: "" };
  // One more than a page may be asked, to learn whether another page follows.
  const limit = ` LIMIT ${Math.min(MAX_PAGE + 1, Math.max(1, Math.floor(page.limit)))}`;
  if (!page.after) return { conditions, limit };
  const { doc, start, id } = page.after;
  return { conditions: [...conditions, ["(f.doc, f.start, f.id) > (?, ?, ?)", doc, start, id]], limit };
}

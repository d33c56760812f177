import type { AskMeta, KeyLookup, NameKey } from "../../ask/name-keys.js";
import type { SqlDatabase } from "../database.js";
import { MAX_NAME_KEY, NAME_KEY_FIRST_CHARS } from "../write.js";

// A question's words looked up in the name_keys index: each kind of key against its own list of
// the question's candidates, in one query (each branch an index lookup on (how, key)).
export const NAME_KEYS = `SELECT DISTINCT how, key, kind, canonical, tier FROM name_keys
  WHERE (how IN ('name', 'derived', 'suffix') AND key IN (SELECT value FROM json_each(?1)))
     OR (how = 'bigram' AND key IN (SELECT value FROM json_each(?2)))
     OR (how = 'fragment' AND key IN (SELECT value FROM json_each(?3)))
     OR (how = 'pair' AND key IN (SELECT value FROM json_each(?4)))`;

export type NameKeysParams = KeyLookup;
export type NameKeyRow = NameKey;

export async function nameKeysFor(db: SqlDatabase, q: NameKeysParams): Promise<NameKey[]> {
  const json = (xs: string[]) => JSON.stringify(xs);
  return db.all<NameKeyRow>(NAME_KEYS, [json(q.surfaces), json(q.bigrams), json(q.fragments), json(q.pairs)]);
}

// What answering needs to know about the graph as a whole: the newest year of an award or an
// outcome (what 近三年 counts back from) and the longest name key; each an index or a meta row.
export const ASK_META = `SELECT
  max(coalesce((SELECT max(year) FROM facts WHERE kind = 'award'), 0),
      coalesce((SELECT max(year) FROM facts WHERE kind = 'observation'), 0)) AS newest_year,
  (SELECT value FROM meta WHERE key = ?1) AS max_name_key,
  (SELECT value FROM meta WHERE key = ?2) AS first_chars`;

export interface AskMetaRow {
  newest_year: number;
  max_name_key: string | null;
  first_chars: string | null;
}

export async function askMeta(db: SqlDatabase): Promise<AskMeta> {
  const [row] = await db.all<AskMetaRow>(ASK_META, [MAX_NAME_KEY, NAME_KEY_FIRST_CHARS]);
  return {
    newestYear: row?.newest_year ? row.newest_year : null,
    maxNameLength: Number(row?.max_name_key ?? 0),
    firstChars: row?.first_chars ?? "",
  };
}

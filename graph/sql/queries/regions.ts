import { byString } from "../../snapshot.js";
import type { RegionRecord } from "../../types.js";
import type { SqlDatabase } from "../database.js";

// The regions the graph mentions with their ancestors (a few hundred at most: read whole).
export const ALL_REGIONS = `SELECT name, level, parent, short FROM regions ORDER BY name`;
export type RegionRow = RegionRecord;

export async function regions(db: SqlDatabase): Promise<RegionRecord[]> {
  return (await db.all<RegionRow>(ALL_REGIONS)).sort(byString((r) => r.name));
}

// The gazetteer and the region table are not part of the graph (build-graph makes no nodes of them):
// the loader keeps the snapshot's lists as JSON on one (:QkgMeta {key: 'snapshot'}) node.
import type { GazetteerEntry, RegionRecord } from "../../types.js";
import type { RunQuery } from "./run-query.js";

export const GAZETTEER = `
MATCH (m:QkgMeta {key: $key})
RETURN m.gazetteer AS json`;

export const REGIONS = `
MATCH (m:QkgMeta {key: $key})
RETURN m.regions AS json`;

export interface MetaParams {
  key: "snapshot";
}

export interface MetaRow {
  json: string | null;
}

export async function gazetteer(run: RunQuery): Promise<GazetteerEntry[]> {
  const rows = await run<MetaRow>(GAZETTEER, { key: "snapshot" } satisfies MetaParams);
  return rows[0]?.json ? (JSON.parse(rows[0].json) as GazetteerEntry[]) : [];
}

export async function regions(run: RunQuery): Promise<RegionRecord[]> {
  const rows = await run<MetaRow>(REGIONS, { key: "snapshot" } satisfies MetaParams);
  return rows[0]?.json ? (JSON.parse(rows[0].json) as RegionRecord[]) : [];
}

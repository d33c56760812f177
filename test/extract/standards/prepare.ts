import type { PreparedDocument } from "../../../ingest/extract/prepared-document.js";
import { extractStandards } from "../../../ingest/extract/standards/index.js";
import { prepareDocument } from "../../../ingest/prepare.js";
import { regionIndex } from "../../../ingest/regions.js";
import { segment } from "../../../ingest/segment.js";

/** An inline text prepared the way `qkg ingest` prepares a document. */
export function prepare(text: string): PreparedDocument {
  const bytes = new TextEncoder().encode(text);
  return prepareDocument({ id: "inline.txt", path: "inline.txt", bytes, hash: "test" }, { segment, regions: regionIndex() });
}

export function extract(text: string) {
  const doc = prepare(text);
  const r = extractStandards(doc);
  return { doc, ...r, refs: r.standards.refs, drafting: r.standards.drafting, counts: r.standards.drafting.filter((d) => d.count != null) };
}

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AwardFact } from "../../../graph/types.js";
import { type AwardContext, buildContext } from "../../../ingest/extract/awards/context.js";
import { extractAwards } from "../../../ingest/extract/awards/index.js";
import type { PreparedDocument } from "../../../ingest/extract/prepared-document.js";
import { prepareDocument } from "../../../ingest/prepare.js";
import { regionIndex } from "../../../ingest/regions.js";
import { segment } from "../../../ingest/segment.js";

const DIR = fileURLToPath(new URL("../../fixtures/award-docs/", import.meta.url));

/** A composed document (fixture file or inline text) prepared the way `qkg ingest` prepares it. */
export function prepare(nameOrText: string, inline = false): PreparedDocument {
  const bytes = inline ? new TextEncoder().encode(nameOrText) : readFileSync(DIR + nameOrText);
  const id = inline ? "inline.txt" : nameOrText;
  return prepareDocument({ id, path: id, bytes, hash: "test" }, { segment, regions: regionIndex() });
}

export function context(text: string): AwardContext {
  return buildContext(prepare(text, true));
}

export function extract(nameOrText: string, inline = false) {
  const doc = prepare(nameOrText, inline);
  const r = extractAwards(doc);
  return { doc, ...r, awards: r.facts as AwardFact[] };
}

/** A compact line per fact for readable expectations: recipient|award|year|tier. */
export function keys(facts: AwardFact[]): string[] {
  return facts.map((f) => `${f.recipient}|${f.award}|${f.year ?? ""}|${f.tier}`).sort();
}

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Fact } from "../../../graph/types.js";
import { extractPolicyFacts } from "../../../ingest/extract/policy/index.js";
import type { PreparedDocument } from "../../../ingest/extract/prepared-document.js";
import { prepareDocument } from "../../../ingest/prepare.js";
import { regionIndex } from "../../../ingest/regions.js";
import { segment } from "../../../ingest/segment.js";

const DIR = fileURLToPath(new URL("../../fixtures/policy-docs/", import.meta.url));

/** A composed document (fixture file or inline text) prepared the way `qkg ingest` prepares it. */
export function prepare(nameOrText: string, inline = false): PreparedDocument {
  const bytes = inline ? new TextEncoder().encode(nameOrText) : readFileSync(DIR + nameOrText);
  const id = inline ? "inline.txt" : nameOrText;
  return prepareDocument({ id, path: id, bytes, hash: "test" }, { segment, regions: regionIndex() });
}

export function extract(nameOrText: string, inline = false) {
  const doc = prepare(nameOrText, inline);
  const r = extractPolicyFacts(doc);
  const of = <K extends Fact["kind"]>(kind: K) => r.facts.filter((f) => f.kind === kind) as Array<Extract<Fact, { kind: K }>>;
  return { doc, ...r, policies: of("policy"), targets: of("target"), observations: of("observation") };
}

// The version of everything that turns bytes into facts: a hash of the source of ingest/ (reading,
// cleaning, segmenting, extracting, the domain dictionary) and of graph/ (vocabulary, fact keys).
// A document whose content hash and extractor version are both unchanged is not extracted again;
// any change to that code extracts every document again, so no stale fact survives an upgrade.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SOURCES = ["ingest", "graph"];
const SKIP = new Set(["neo4j", "neo4j-local", "commands", "sql"]);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? (SKIP.has(e.name) ? [] : files(join(dir, e.name))) : /\.(ts|utf8|json)$/.test(e.name) ? [join(dir, e.name)] : []));
}

let cached: string | undefined;

export function extractorVersion(): string {
  if (cached) return cached;
  const h = createHash("sha256");
  for (const f of SOURCES.flatMap((d) => files(join(ROOT, d)))) h.update(relative(ROOT, f)).update("\0").update(readFileSync(f)).update("\0");
  return (cached = h.digest("hex").slice(0, 16));
}

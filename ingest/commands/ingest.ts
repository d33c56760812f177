import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import type { DocumentGraph } from "../../graph/sql/write.js";
import { parseCommandArgs } from "../args.js";
import { extractBatch } from "../build-corpus.js";
import { CliError } from "../cli-error.js";
import type { PreparedDocument } from "../extract/prepared-document.js";
import { extractorVersion } from "../extractor-version.js";
import { type FileProblem, listDocumentFiles } from "../files.js";
import { DEFAULT_GRAPH, readGraphFile } from "../graph-file.js";
import { GraphWriter } from "../graph-writer.js";
import { ExtractionPool } from "../pool/extraction-pool.js";
import { segmentForThread } from "../pool/segmented-document.js";
import { prepareSplit, splitDocument } from "../prepare.js";
import { UnreadableFile } from "../read/decode.js";
import { ingestProgress } from "../read/progress.js";
import { DocumentReader } from "../read/source.js";
import { regionIndex } from "../regions.js";
import { segment, tagWords } from "../segment.js";
import { extractBounded, WHOLE_DOCUMENT } from "../text/windows.js";
import { prepareGraphTarget } from "../write-atomic.js";

/** Exit code when the graph was written but some files could not be ingested. */
export const EXIT_SOME_FILES_FAILED = 3;

/** Documents read, extracted and written together: memory stays bounded whatever the corpus size. */
export const BATCH_SIZE = 64;

/**
 * Extraction threads: one per core besides the main thread's, at least one and at most two. The main
 * thread reads, segments and writes, and extracts a document itself whenever the threads are full,
 * so on two cores one thread and the main thread keep both busy. Against two threads beside a main
 * thread that only tags, the CPU is about the same and the peak memory lower (one heap and one set
 * of compiled extractors fewer: 10,000 synthetic documents 554 → 477 MiB).
 */
export const DEFAULT_WORKERS = Math.max(1, Math.min(2, availableParallelism() - 1));
/** Fewer files than this are extracted in this thread: starting a worker (tsx, nodejieba's dictionaries) costs about a second. */
export const MIN_FILES_FOR_WORKERS = 32;
/** Documents read and waiting for (or in) extraction: bounds memory whatever the corpus size. */
export const MAX_IN_FLIGHT = 32;

/**
 * V8 inlines up to 920 bytes of bytecode into an optimised function by default. The extractors'
 * large scanning functions (many regexes and helpers in one loop) then take TurboFan seconds of
 * background CPU per thread, recompiled after each deoptimisation; on two cores that CPU is taken
 * from the ingest itself. With a smaller budget the ingest of seeds ×100 used less CPU in every run
 * back to back (main thread only 15.5 → 14.9 s and 14.8 → 11.7 s; default threads 20.5 → 19.0 s and
 * 15.7 → 15.2 s, on a loaded machine).
 * V8's flags are the process's, so the extraction threads started after this get it too.
 */
export const INLINE_BUDGET_FLAG = "--max-inlined-bytecode-size-cumulative=300";

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
    workers: { type: "string" },
  });
  const workers = values.workers != null ? Number(values.workers) : DEFAULT_WORKERS;
  if (!Number.isInteger(workers) || workers < 0 || workers > 64)
    throw new CliError("bad_arguments", "--workers takes a whole number (0: extract in this thread)");
  if (positionals.length === 0) throw new CliError("bad_arguments", "ingest needs files or folders, e.g. `qkg ingest examples`");
  const started = performance.now();
  setFlagsFromString(INLINE_BUDGET_FLAG);
  const log = (line: string) => values.quiet || process.stderr.write(`${line}\n`);
  for (const stale of await prepareGraphTarget(values.graph)) log(`removed ${stale}, left by an ingest that was stopped`);

  const { files, problems } = await listDocumentFiles(positionals);
  const regions = regionIndex();
  const extractor = extractorVersion();
  const reader = new DocumentReader();
  const extractInThread = (doc: PreparedDocument) => extractBatch([doc], (d) => extractBounded(d, { segment }))[0]!;
  const progress = ingestProgress(files.length, {
    isTTY: !!process.stderr.isTTY,
    quiet: values.quiet,
    write: (s) => process.stderr.write(s),
  });
  const writer = await GraphWriter.open(values.graph);
  const seen = new Set<string>();
  let extracted = 0;
  let unchanged = 0;
  // Extraction on worker threads for a corpus worth their start-up, made when the first document
  // needs extracting (a re-ingest with nothing changed starts none).
  let pool: ExtractionPool | undefined;
  const usePool = workers > 0 && files.length >= MIN_FILES_FOR_WORKERS;
  try {
    let batch: DocumentGraph[] = [];
    const flush = async () => {
      // Reading warnings join a document's own when it is written (as in a batch before threads):
      // a later file with the same bytes warns on the first one.
      batch = batch.map((g) => {
        const read = reader.warningsFor(g.record.id);
        return read.length ? { ...g, warnings: [...read, ...g.warnings] } : g;
      });
      if (batch.length) await writer.write(batch, extractor);
      for (const w of batch.flatMap((d) => d.warnings)) log(`warning ${w.doc}: ${w.message}`);
      extracted += batch.length;
      batch = [];
    };
    // Documents being extracted, in document order: results are taken from the front only, so they
    // are written in the order the single-threaded ingest writes them.
    const pending: { path: string; id: string; graph: Promise<DocumentGraph> }[] = [];
    const settle = async (keep: number) => {
      while (pending.length > keep) {
        const { path, id, graph } = pending.shift()!;
        try {
          batch.push(await graph);
          seen.add(id);
          progress.done(path, {});
        } catch (e) {
          failed(path, e);
        }
        if (batch.length >= BATCH_SIZE) await flush();
      }
    };
    const failed = (path: string, e: unknown) => {
      progress.done(path, { skipped: true });
      if (!(e instanceof UnreadableFile)) {
        if ((e as NodeJS.ErrnoException).code) problems.push({ path, reason: "unreadable", message: (e as Error).message });
        else throw e;
      } else problems.push({ path, reason: e.reason, message: e.message });
    };
    for (const { path, id } of files) {
      try {
        const file = await reader.read({ path, id }, (hash) => writer.unchanged(id, hash, extractor));
        if (!file) {
          progress.done(path, {});
          continue;
        }
        if (writer.unchanged(file.id, file.hash, extractor)) {
          await writer.keep(file.id, file.path);
          unchanged++;
          seen.add(file.id);
          progress.done(path, {});
        } else {
          // Threads started before nodejieba loads here, so that their start-up overlaps its loading.
          if (usePool) pool ??= new ExtractionPool(workers);
          // Split and segmented here (nodejieba once, in this thread); completed and extracted on a thread when it can be.
          const split = splitDocument(file);
          // Files are read synchronously: without a turn of the event loop here the threads' results
          // would wait, and the threads look full to the choice below when they are not.
          if (pool) await new Promise((resolve) => setImmediate(resolve));
          if (pool && !pool.full && split.norm.length <= WHOLE_DOCUMENT) {
            pending.push({ path, id: file.id, graph: pool.extract(segmentForThread(split, tagWords)) });
          } else {
            // A document segmented window by window as it is extracted needs the segmenter: here; so does
            // one that finds every thread busy, rather than wait for them.
            const doc = prepareSplit(split, { segment, regions });
            pending.push({ path, id: file.id, graph: Promise.resolve(extractInThread(doc)) });
          }
          await settle(usePool ? MAX_IN_FLIGHT : 0);
        }
      } catch (e) {
        failed(path, e);
      }
    }
    await settle(0);
    await flush();
    await pool?.close();
    progress.finish();
    for (const p of problems) log(`skipped ${p.path}: ${p.message}`);
    if (seen.size === 0) throw new CliError("nothing_ingested", `no documents could be ingested from ${positionals.join(", ")}`);
    await writer.remove([...writer.previous.keys()].filter((id) => !seen.has(id)));
    const counts = await writer.factCounts();
    await writer.commit(regions);
    log(summary(seen.size, extracted, unchanged, problems, counts, performance.now() - started, values.graph));
  } catch (e) {
    await pool?.close();
    await writer.abort();
    throw e;
  }

  if (values.neo4j) {
    const { loadIntoNeo4j, neo4jConnectionFromEnv } = await import("../neo4j/load.js");
    // prune: Neo4j ends up holding exactly the graph the file holds (stats equal).
    const report = await loadIntoNeo4j(await readGraphFile(values.graph), neo4jConnectionFromEnv(process.env), { prune: true });
    log(`neo4j: ${JSON.stringify(report)}`);
    if (!report.ok) {
      throw new CliError(
        "neo4j_load_failed",
        `loading into Neo4j failed for ${report.documents.failed.length} document(s); the graph file was written, Neo4j keeps their previous version`,
      );
    }
  }
  return problems.length ? EXIT_SOME_FILES_FAILED : 0;
}

function summary(
  docs: number,
  extracted: number,
  unchanged: number,
  problems: FileProblem[],
  counts: Record<string, number>,
  ms: number,
  graph: string,
): string {
  const kinds = ["award", "policy", "target", "observation"];
  const total = kinds.reduce((a, k) => a + (counts[k] ?? 0), 0);
  const failed = problems.length ? `, ${problems.length} skipped` : "";
  const kept = unchanged ? ` (${extracted} extracted, ${unchanged} unchanged)` : "";
  return `ingested ${docs} document${docs === 1 ? "" : "s"}${kept}${failed}: ${total} facts (${kinds.map((k) => `${counts[k] ?? 0} ${k}`).join(", ")}) in ${(ms / 1000).toFixed(2)} s → ${graph}`;
}

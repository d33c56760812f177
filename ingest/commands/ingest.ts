import { parseCommandArgs } from "../args.js";
import { CliError } from "../cli-error.js";
import { extractBatch } from "../build-corpus.js";
import type { PreparedDocument } from "../extract/prepared-document.js";
import { extractorVersion } from "../extractor-version.js";
import { listDocumentFiles, readSourceFile, type FileProblem } from "../files.js";
import { DEFAULT_GRAPH, readGraphFile } from "../graph-file.js";
import { GraphWriter } from "../graph-writer.js";
import { prepareDocument } from "../prepare.js";
import { UnreadableFile } from "../read/decode.js";
import { regionIndex } from "../regions.js";
import { segment } from "../segment.js";

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
  const log = (line: string) => values.quiet || process.stderr.write(line + "\n");
  const progress = process.stderr.isTTY && !values.quiet ? progressLine(started) : null;

  const { files, problems } = await listDocumentFiles(positionals);
  const regions = regionIndex();
  const extractor = extractorVersion();
  const writer = await GraphWriter.open(values.graph);
  const seen = new Set<string>();
  let extracted = 0;
  let unchanged = 0;
  try {
    let batch: PreparedDocument[] = [];
    const flush = async () => {
      const out = extractBatch(batch);
      if (out.length) await writer.write(out, extractor);
      for (const w of out.flatMap((d) => d.warnings)) log(`warning ${w.doc}: ${w.message}`);
      extracted += batch.length;
      batch = [];
    };
    for (const [i, path] of files.entries()) {
      try {
        const file = await readSourceFile(path);
        if (seen.has(file.id)) throw new UnreadableFile("unsupported", `another file named ${file.id} was ingested already (document ids are file names)`);
        if (writer.unchanged(file.id, file.hash, extractor)) {
          await writer.keep(file.id, file.path);
          seen.add(file.id);
          unchanged++;
        } else {
          const doc = prepareDocument(file, { segment, regions });
          seen.add(file.id);
          batch.push(doc);
          if (batch.length >= BATCH_SIZE) await flush();
        }
      } catch (e) {
        if (!(e instanceof UnreadableFile)) {
          if ((e as NodeJS.ErrnoException).code) problems.push({ path, reason: "unreadable", message: (e as Error).message });
          else throw e;
        } else problems.push({ path, reason: e.reason, message: e.message });
      }
      progress?.(i + 1, files.length, unchanged);
    }
    await flush();
    progress?.done();
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

/** A progress line rewritten in place: documents done, rate, time left. */
function progressLine(started: number) {
  const update = (done: number, total: number, unchanged: number) => {
    const s = (performance.now() - started) / 1000;
    const rate = done / Math.max(s, 0.001);
    const eta = rate > 0 ? (total - done) / rate : 0;
    const clock = (t: number) => `${Math.floor(t / 60)}:${String(Math.round(t % 60)).padStart(2, "0")}`;
    process.stderr.write(`\r[${done}/${total}] ${rate.toFixed(1)} docs/s · ETA ${clock(eta)} · ${unchanged} unchanged   `);
  };
  return Object.assign(update, { done: () => process.stderr.write("\n") });
}

function summary(docs: number, extracted: number, unchanged: number, problems: FileProblem[], counts: Record<string, number>, ms: number, graph: string): string {
  const kinds = ["award", "policy", "target", "observation"];
  const total = kinds.reduce((a, k) => a + (counts[k] ?? 0), 0);
  const failed = problems.length ? `, ${problems.length} skipped` : "";
  const kept = unchanged ? ` (${extracted} extracted, ${unchanged} unchanged)` : "";
  return `ingested ${docs} document${docs === 1 ? "" : "s"}${kept}${failed}: ${total} facts (${kinds.map((k) => `${counts[k] ?? 0} ${k}`).join(", ")}) in ${(ms / 1000).toFixed(2)} s → ${graph}`;
}

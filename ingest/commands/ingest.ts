import { basename } from "node:path";
import type { Fact } from "../../graph/types.js";
import { parseCommandArgs } from "../args.js";
import { buildSnapshot } from "../build-corpus.js";
import { CliError } from "../cli-error.js";
import type { PreparedDocument } from "../extract/prepared-document.js";
import { listDocumentFiles, readSourceFile, type FileProblem } from "../files.js";
import { DEFAULT_GRAPH, writeGraphFile } from "../graph-file.js";
import { prepareDocument } from "../prepare.js";
import { UnreadableFile } from "../read/decode.js";
import { regionIndex } from "../regions.js";
import { segment } from "../segment.js";

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
  const progress = process.stderr.isTTY && !values.quiet;

  const { files, problems } = await listDocumentFiles(positionals);
  const regions = regionIndex();
  const prepared: PreparedDocument[] = [];
  const seen = new Set<string>();
  for (const [i, path] of files.entries()) {
    const t0 = performance.now();
    try {
      const file = await readSourceFile(path);
      if (seen.has(file.id)) throw new UnreadableFile("unsupported", `another file named ${file.id} was ingested already (document ids are file names)`);
      const doc = prepareDocument(file, { segment, regions });
      seen.add(file.id);
      prepared.push(doc);
      if (progress) log(`[${i + 1}/${files.length}] ${basename(path)}  ${doc.sentences.length} sentences  ${Math.round(performance.now() - t0)} ms`);
    } catch (e) {
      if (!(e instanceof UnreadableFile)) {
        if ((e as NodeJS.ErrnoException).code) problems.push({ path, reason: "unreadable", message: (e as Error).message });
        else throw e;
      } else problems.push({ path, reason: e.reason, message: e.message });
    }
  }
  for (const p of problems) log(`skipped ${p.path}: ${p.message}`);
  if (prepared.length === 0) throw new CliError("nothing_ingested", `no documents could be ingested from ${positionals.join(", ")}`);

  const snapshot = buildSnapshot(prepared, regions);
  await writeGraphFile(values.graph, snapshot);
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

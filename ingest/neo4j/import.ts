// `qkg neo4j import`: the first bulk load of a large graph with neo4j-admin's offline importer
// (`neo4j-admin database import full`), which writes the store directly instead of through
// transactions. The rows are the loader's own (plan.ts: nodeId, sortKey, nullProps, jsonProps, the
// documents' digests, the entities' buckets and the QkgMeta node), so a later `qkg ingest --neo4j`
// finds everything unchanged and writes nothing. The importer runs from the local server's jars
// (graph/neo4j-local) into a scratch directory; only when it succeeded are the new database files
// renamed into the server's data directory (the old ones kept until then): a failed import leaves
// the database as it was.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stableHash } from "../../graph/ids.js";
import type { Snapshot } from "../../graph/types.js";
import { buildLauncher, PROJECT_ROOT } from "./local-server.js";
import { nameKeyImportNodes } from "./name-keys.js";
import { bucketOf, type LoadPlan, planLoad } from "./plan.js";

/** Separates the elements of a list in one CSV field: a control character no text of ours holds. */
const ARRAY_DELIMITER = "\u001f";

type Value = string | number | boolean | null | undefined | unknown[];

/** The importer's type of a value, or null when it is not stored (null, an empty list). */
function typeOf(v: Value): string | null {
  if (v == null) return null;
  if (typeof v === "boolean") return "boolean";
  if (typeof v === "number") return Number.isSafeInteger(v) ? "long" : "double";
  if (Array.isArray(v)) {
    if (!v.length) return null;
    const types = new Set(v.map((x) => typeOf(x as Value)));
    if (types.size === 1 && !types.has(null) && !types.has("boolean")) return `${[...types][0]}[]`;
    if (types.size === 2 && types.has("long") && types.has("double")) return "double[]";
    if (v.every((x) => typeof x === "string")) return "string[]";
    throw new Error(`a list property mixes types: ${JSON.stringify(v).slice(0, 80)}`);
  }
  if (typeof v === "string") return "string";
  throw new Error(`a property is neither a primitive nor a list: ${JSON.stringify(v).slice(0, 80)}`);
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

function field(v: Value): string {
  if (Array.isArray(v)) return quote(v.map((x) => String(x)).join(ARRAY_DELIMITER));
  if (typeof v === "string") return quote(v);
  return String(v);
}

/**
 * Rows go into one CSV file per labels (or type) and property signature, so every file has one
 * header whose columns every row fills: an absent property stays absent, a number stays a number.
 */
class CsvFiles {
  private files = new Map<string, { path: string; out: ReturnType<typeof createWriteStream>; pending: string }>();
  count = 0;
  constructor(
    private dir: string,
    private kind: "nodes" | "relationships",
  ) {}

  /** `ids`: the id columns (`nodeId:ID`, or `:START_ID` and `:END_ID`) with their values. */
  add(group: string, ids: [string, string][], props: Record<string, Value>): void {
    const cols: [string, string][] = [];
    for (const k of Object.keys(props).sort()) {
      const t = typeOf(props[k]);
      if (t) cols.push([k, t]);
    }
    const signature = `${group}\u0000${cols.map(([k, t]) => `${k}:${t}`).join(",")}`;
    let file = this.files.get(signature);
    if (!file) {
      const path = join(this.dir, `${this.kind}-${this.files.size}.csv`);
      const out = createWriteStream(path);
      out.write(`${[...ids.map(([h]) => h), ...cols.map(([k, t]) => `${k}:${t}`)].join(",")}\n`);
      this.files.set(signature, (file = { path, out, pending: "" }));
    }
    file.pending += `${[...ids.map(([, v]) => quote(v)), ...cols.map(([k]) => field(props[k]))].join(",")}\n`;
    // Written in pieces of ~1 MB: a stream write per row (200,000 at 10,000 documents) cost more than the rows.
    if (file.pending.length > 1 << 20) {
      file.out.write(file.pending);
      file.pending = "";
    }
    this.count++;
  }

  async close(): Promise<{ group: string; path: string }[]> {
    await Promise.all(
      [...this.files.values()].map(
        (f) => new Promise<void>((resolve, reject) => f.out.end(f.pending, (e?: Error | null) => (e ? reject(e) : resolve()))),
      ),
    );
    return [...this.files].map(([signature, f]) => ({ group: signature.split("\u0000")[0]!, path: f.path }));
  }
}

/** The loader's rows as CSV files: entities, documents, facts, QkgMeta; then relationships. */
async function writeCsv(
  snapshot: Snapshot,
  plan: LoadPlan,
  dir: string,
): Promise<{
  nodes: { group: string; path: string }[];
  rels: { group: string; path: string }[];
  counts: { nodes: number; relationships: number };
}> {
  const nodes = new CsvFiles(dir, "nodes");
  const rels = new CsvFiles(dir, "relationships");
  const id = (v: string): [string, string][] => [["nodeId:ID", v]];
  for (const b of plan.entityBuckets) {
    for (const row of b.group.rows) nodes.add(b.group.label, id(row.id), { ...(row.props as Record<string, Value>), loadBucket: b.bucket });
  }
  for (const d of plan.documents) {
    nodes.add("Document", id(d.document.id), { ...(d.document.props as Record<string, Value>), loadDigest: d.digest });
    for (const g of d.facts) for (const row of g.rows) nodes.add(`Fact:${g.label}`, id(row.id), row.props as Record<string, Value>);
    for (const g of d.rels) {
      for (const r of g.rows)
        rels.add(
          g.type,
          [
            [":START_ID", r.start],
            [":END_ID", r.end],
          ],
          r.props as Record<string, Value>,
        );
    }
  }
  for (const b of plan.entityRelBuckets) {
    for (const r of b.group.rows) {
      rels.add(
        b.group.type,
        [
          [":START_ID", r.start],
          [":END_ID", r.end],
        ],
        { ...(r.props as Record<string, Value>), relId: r.id, loadBucket: bucketOf(r.id) },
      );
    }
  }
  // The loader's bookkeeping node; its nodeId is only the importer's key (a load MERGEs it on `key`).
  const meta = {
    gazetteer: JSON.stringify(snapshot.gazetteer),
    regions: JSON.stringify(snapshot.regions),
    format: snapshot.format,
    version: snapshot.version,
  };
  nodes.add("QkgMeta", id("qkg-meta:snapshot"), {
    key: "snapshot",
    ...meta,
    metaDigest: stableHash(JSON.stringify(meta)),
    loadBuckets: [...plan.entityBuckets, ...plan.entityRelBuckets].map((b) => `${b.key}=${b.digest}`).sort(),
    // The worker's ETag version (src/backend/graph-version.ts); loads that change something write a new one.
    graphVersion: randomUUID(),
  });
  // The name lookup nodes and their meta node (name-keys.ts), as a load writes them.
  for (const n of nameKeyImportNodes(snapshot)) nodes.add(n.label, id(n.nodeId), n.props);
  const counts = { nodes: nodes.count, relationships: rels.count };
  return { nodes: await nodes.close(), rels: await rels.close(), counts };
}

export interface ImportOptions {
  /** The local server's home (default .qkg/neo4j): its data directory receives the database. */
  home?: string;
  database?: string;
  log?: (line: string) => void;
}

export interface ImportReport {
  nodes: number;
  relationships: number;
  /**
   * Writing the CSV files, running the importer (its process, JVM start included), the importer's
   * own time as it reports it (`IMPORT DONE in …`: without the JVM start; NaN if not found), total.
   */
  ms: { csv: number; importer: number; importerOwn: number; total: number };
}

/** `IMPORT DONE in 1m 2s 345ms.` → 62345; NaN when the log does not say. */
export function importDoneMs(log: string): number {
  const m = /IMPORT DONE in ((?:\d+h )?(?:\d+m )?(?:\d+s )?\d+ms)/.exec(log);
  if (!m) return NaN;
  const unit: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
  return [...m[1]!.matchAll(/(\d+)(h|ms|m|s)\b/g)].reduce((sum, [, n, u]) => sum + Number(n) * unit[u!]!, 0);
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(logFile);
    const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    child.on("error", reject);
    child.on("close", (code) => out.end(() => resolve(code ?? 1)));
  });
}

/**
 * Imports the snapshot as the whole content of `database` on the local server, which must be
 * stopped (neo4j-admin writes the store files itself). Throws, leaving the database untouched,
 * when the importer fails.
 */
export async function importIntoNeo4j(snapshot: Snapshot, options: ImportOptions = {}): Promise<ImportReport> {
  const t0 = performance.now();
  const log = options.log ?? (() => {});
  const home = options.home ?? join(PROJECT_ROOT, ".qkg", "neo4j");
  const database = options.database ?? "neo4j";
  if (!/^[a-z][a-z0-9.-]*$/i.test(database)) throw new Error(`not a database name: ${database}`);
  const scratch = join(home, "import-scratch");
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(join(scratch, "csv"), { recursive: true });
  mkdirSync(join(scratch, "conf"), { recursive: true });
  try {
    const plan = planLoad(snapshot);
    const csv = await writeCsv(snapshot, plan, join(scratch, "csv"));
    const csvMs = performance.now() - t0;
    log(`wrote ${csv.counts.nodes} nodes and ${csv.counts.relationships} relationships as CSV in ${(csvMs / 1000).toFixed(1)} s`);

    // The importer reads its settings from NEO4J_CONF: the scratch data directory, not the server's.
    writeFileSync(
      join(scratch, "conf", "neo4j.conf"),
      `server.directories.data=${join(scratch, "data")}\nserver.directories.logs=${join(scratch, "logs")}\n`,
    );
    const classpath = buildLauncher(log);
    const args = [
      "-Xmx1g",
      // C1 only: the import is a short run, and on a small machine the C2 compiler's threads took
      // half of its CPU (10,000 documents: 19–24 s of CPU with C2, 12 s without, measured A/B).
      "-XX:TieredStopAtLevel=1",
      "-cp",
      classpath.join(":"),
      "org.neo4j.cli.AdminTool",
      "database",
      "import",
      "full",
      ...csv.nodes.map((f) => `--nodes=${f.group}=${f.path}`),
      ...csv.rels.map((f) => `--relationships=${f.group}=${f.path}`),
      "--array-delimiter=U+001F",
      "--multiline-fields=true",
      "--overwrite-destination=true",
      // Its report of bad entries goes to import.report in the current directory unless told:
      // into the scratch directory, kept with the log when the import fails.
      `--report-file=${join(scratch, "import.report")}`,
      database,
    ];
    const t1 = performance.now();
    const logFile = join(scratch, "import.log");
    const code = await run("java", args, { ...process.env, NEO4J_HOME: scratch, NEO4J_CONF: join(scratch, "conf") }, logFile);
    const importerMs = performance.now() - t1;
    if (code !== 0) throw new Error(`neo4j-admin database import failed (exit ${code}); the database is unchanged. Log: ${logFile}`);
    log(`neo4j-admin imported them in ${(importerMs / 1000).toFixed(1)} s`);

    // Swap: the old store and transaction logs aside, the new ones in, then the old ones deleted.
    const parts = ["databases", "transactions"].map((d) => ({
      from: join(scratch, "data", d, database),
      to: join(home, "data", d, database),
      old: join(scratch, "old", d),
    }));
    mkdirSync(join(scratch, "old"), { recursive: true });
    for (const p of parts) {
      mkdirSync(join(p.to, ".."), { recursive: true });
      if (existsSync(p.to)) renameSync(p.to, p.old);
    }
    try {
      for (const p of parts) renameSync(p.from, p.to);
    } catch (e) {
      // Put the old database back rather than leave half of the new one.
      for (const p of parts) {
        if (existsSync(p.old)) {
          rmSync(p.to, { recursive: true, force: true });
          renameSync(p.old, p.to);
        }
      }
      throw e;
    }
    const importerOwn = importDoneMs(readFileSync(logFile, "utf8"));
    const ms = { csv: Math.round(csvMs), importer: Math.round(importerMs), importerOwn, total: Math.round(performance.now() - t0) };
    return { ...csv.counts, ms };
  } finally {
    // Kept only on failure, for its log.
    if (existsSync(join(scratch, "old")) || !existsSync(join(scratch, "import.log"))) rmSync(scratch, { recursive: true, force: true });
  }
}

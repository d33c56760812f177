// `npm run eval`: scores extraction and question answering on two sets, each ingested on its own:
//   heldout — eval/heldout/ (documents we wrote in the style of other provinces' notices)
//   seed    — ../shared/corpus with ../shared/eval/seeds-*.jsonl
//   dev     — ../shared/eval/dev (37 documents modelled on other provinces' notices)
// Facts are scored by score.mjs (--json), answers by score-qa.mjs, exactly as the graders do.
//   npm run eval                      both sets, one table
//   npm run eval -- --set heldout     one set
//   npm run eval -- --show            also list the wrong answers and the missed/spurious facts
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createSnapshot } from "../graph/snapshot.js";
import { readGraphFile, writeGraphFile } from "../ingest/graph-file.js";
import { goldToFacts } from "./gold-facts.js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED_EVAL = process.env.QKG_EVAL_DIR ?? resolve(ROOT, "../shared/eval");

export interface EvalSet {
  name: string;
  docs: string;
  gold: string;
  questions: string;
}

export const SETS: EvalSet[] = [
  {
    name: "heldout",
    docs: join(ROOT, "eval/heldout/docs"),
    gold: join(ROOT, "eval/heldout/gold.jsonl"),
    questions: join(ROOT, "eval/heldout/questions.jsonl"),
  },
  {
    name: "seed",
    docs: resolve(SHARED_EVAL, "../corpus"),
    gold: join(SHARED_EVAL, "seeds-gold.jsonl"),
    questions: join(SHARED_EVAL, "seeds-questions.jsonl"),
  },
  {
    name: "dev",
    docs: join(SHARED_EVAL, "dev/docs"),
    gold: join(SHARED_EVAL, "dev/gold.jsonl"),
    questions: join(SHARED_EVAL, "dev/questions.jsonl"),
  },
];

export interface PRF {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}
export interface SetResult {
  name: string;
  facts: Record<string, { strict: PRF; loose: PRF }>;
  qa: { questions: number; exact: number; lenient: number; jaccard: number };
  /** QA on the gold facts (the ingested documents with their facts replaced by the gold ones): question understanding apart from extraction. */
  oracleQa?: { questions: number; exact: number; lenient: number; jaccard: number };
  /** score.mjs and score-qa.mjs human-readable output (missed/spurious facts, wrong answers). */
  details: { facts: string; qa: string; oracleQa: string };
  files: { graph: string; facts: string; answers: string };
}

function run(cmd: string, args: string[], what: string): string {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  // ingest exits 3 when some files were skipped: still a usable graph, but say so.
  if (r.status !== 0 && !(what.startsWith("ingest") && r.status === 3)) {
    throw new Error(`${what} failed (exit ${r.status}):\n${r.stderr || r.stdout}`);
  }
  if (r.status === 3) process.stderr.write(`warning: ${what} skipped some files:\n${r.stderr}\n`);
  return r.stdout;
}
const qkg = (args: string[], what: string) => run(process.execPath, ["--import", "tsx", "ingest/cli.ts", ...args], what);

export async function evaluateSet(set: EvalSet, outDir = join(ROOT, ".qkg/eval")): Promise<SetResult> {
  mkdirSync(outDir, { recursive: true });
  const graph = join(outDir, `${set.name}-graph.json`);
  const facts = join(outDir, `${set.name}-facts.jsonl`);
  const answers = join(outDir, `${set.name}-answers.jsonl`);
  qkg(["ingest", set.docs, "--graph", graph, "--quiet"], `ingest ${set.name}`);
  writeFileSync(facts, qkg(["facts", "--graph", graph], `facts ${set.name}`));
  writeFileSync(answers, qkg(["ask", "--graph", graph, "--json", "--batch", set.questions], `ask ${set.name}`));
  const score = join(SHARED_EVAL, "score.mjs");
  const scoreQa = join(SHARED_EVAL, "score-qa.mjs");
  const factScores = JSON.parse(run(process.execPath, [score, "--gold", set.gold, "--pred", facts, "--json"], "score.mjs"));
  const qa = JSON.parse(run(process.execPath, [scoreQa, "--questions", set.questions, "--answers", answers, "--json"], "score-qa.mjs"));
  const oracle = await oracleSnapshot(graph, set.gold, join(outDir, `${set.name}-oracle-graph.json`));
  const oracleAnswers = join(outDir, `${set.name}-oracle-answers.jsonl`);
  writeFileSync(oracleAnswers, qkg(["ask", "--graph", oracle, "--json", "--batch", set.questions], `ask ${set.name} (gold facts)`));
  const oracleQa = JSON.parse(
    run(process.execPath, [scoreQa, "--questions", set.questions, "--answers", oracleAnswers, "--json"], "score-qa.mjs"),
  );
  const detailOracle = run(
    process.execPath,
    [scoreQa, "--questions", set.questions, "--answers", oracleAnswers, "--show", "1000"],
    "score-qa.mjs",
  );
  const detailFacts = run(process.execPath, [score, "--gold", set.gold, "--pred", facts, "--show", "1000"], "score.mjs");
  const detailQa = run(process.execPath, [scoreQa, "--questions", set.questions, "--answers", answers, "--show", "1000"], "score-qa.mjs");
  const kinds: SetResult["facts"] = {};
  for (const [kind, r] of Object.entries(factScores as Record<string, { strict: PRF; loose: PRF }>))
    kinds[kind] = { strict: r.strict, loose: r.loose };
  return {
    name: set.name,
    facts: kinds,
    qa,
    oracleQa,
    details: { facts: detailFacts, qa: detailQa, oracleQa: detailOracle },
    files: { graph, facts, answers },
  };
}

/**
 * The ingested graph with its facts replaced by the gold facts (documents, regions and aliases
 * kept), so a wrong answer on it is a question-understanding failure, not an extraction one.
 */
export async function oracleSnapshot(graphFile: string, goldFile: string, out: string): Promise<string> {
  const snap = await readGraphFile(graphFile);
  const docs = new Map(snap.documents.map((d) => [d.id, d]));
  const facts = goldToFacts(readFileSync(goldFile, "utf8"), docs, snap.regions);
  const aliases = snap.gazetteer.filter((e) => e.name !== e.canonical);
  await writeGraphFile(out, createSnapshot({ documents: snap.documents, facts, regions: snap.regions, warnings: snap.warnings, aliases }));
  return out;
}

const f3 = (x: number) => x.toFixed(3);

export function formatTable(results: SetResult[]): string {
  const lines: string[] = [];
  const head = ["set", "kind", "gold", "pred", "strict P", "strict R", "strict F1", "loose P", "loose R", "loose F1"];
  const rows: string[][] = [];
  for (const r of results) {
    for (const kind of ["award", "policy", "target", "observation"]) {
      const k = r.facts[kind];
      if (!k) continue;
      rows.push([
        r.name,
        kind,
        String(k.strict.gold),
        String(k.strict.predicted),
        f3(k.strict.precision),
        f3(k.strict.recall),
        f3(k.strict.f1),
        f3(k.loose.precision),
        f3(k.loose.recall),
        f3(k.loose.f1),
      ]);
    }
  }
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const fmt = (row: string[]) => row.map((c, i) => (i < 2 ? c.padEnd(width[i]) : c.padStart(width[i]))).join("  ");
  lines.push("Facts (score.mjs)", fmt(head), width.map((w) => "-".repeat(w)).join("  "), ...rows.map(fmt), "");
  const qhead = ["set", "questions", "exact", "lenient", "jaccard", "gold-facts exact", "gold-facts lenient"];
  const qrows = results.map((r) => [
    r.name,
    String(r.qa.questions),
    f3(r.qa.exact),
    f3(r.qa.lenient),
    f3(r.qa.jaccard),
    r.oracleQa ? f3(r.oracleQa.exact) : "-",
    r.oracleQa ? f3(r.oracleQa.lenient) : "-",
  ]);
  const qw = qhead.map((h, i) => Math.max(h.length, ...qrows.map((row) => row[i].length)));
  const qfmt = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(qw[i]) : c.padStart(qw[i]))).join("  ");
  lines.push("Questions (score-qa.mjs)", qfmt(qhead), qw.map((w) => "-".repeat(w)).join("  "), ...qrows.map(qfmt));
  return lines.join("\n");
}

async function main(argv: string[]) {
  const i = argv.indexOf("--set");
  const only = i >= 0 ? argv[i + 1] : undefined;
  const show = argv.includes("--show");
  const sets = SETS.filter((s) => !only || s.name === only);
  if (!sets.length) {
    console.error(`unknown set ${only}; sets: ${SETS.map((s) => s.name).join(", ")}`);
    process.exit(2);
  }
  const results: SetResult[] = [];
  for (const s of sets) results.push(await evaluateSet(s));
  if (show) {
    for (const r of results) {
      console.log(
        `=== ${r.name}: facts ===\n${r.details.facts}\n=== ${r.name}: questions ===\n${r.details.qa}\n=== ${r.name}: questions on the gold facts ===\n${r.details.oracleQa}`,
      );
    }
  }
  console.log(formatTable(results));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));

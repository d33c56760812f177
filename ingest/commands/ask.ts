// qkg ask: answers questions from a graph file, with the same code as GET /api/v1/ask.
//   qkg ask [--graph file] [--json] "<question>"
//   qkg ask [--graph file] --json --batch questions.jsonl   (one AskResult per line, line i for question i)
//   qkg ask [--graph file] --context '<previous answer JSON>' "它还获得过什么奖?"   (a follow-up)
import { readFile } from "node:fs/promises";
import { answerQuestion, MAX_QUESTION_LENGTH } from "../../graph/ask/answer.js";
import type { AskResult } from "../../graph/ask/types.js";
import type { Backend } from "../../graph/backend/backend.js";
import { sqlBackend } from "../../graph/backend/sql-backend.js";
import { parseCommandArgs } from "../args.js";
import { CliError } from "../cli-error.js";
import { DEFAULT_GRAPH, openGraphFile } from "../graph-file.js";

/** The graph file's SQL backend (the file stays open until the process ends). */
async function loadBackend(path: string): Promise<Backend> {
  return sqlBackend((await openGraphFile(path)).db);
}

/** A question line of a batch file: a JSON object with "q" (or "question"), or a JSON string, or plain text. */
function questionOf(line: string): string {
  try {
    const v = JSON.parse(line) as unknown;
    if (typeof v === "string") return v;
    if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      const q = o.q ?? o.question;
      if (typeof q === "string") return q;
    }
    return "";
  } catch {
    return line;
  }
}

/** A result for a question that could not be answered at all, so batch lines stay aligned. */
function failed(question: string, reason: string): AskResult {
  return { question, interpretation: { intent: "error", slots: {}, text: reason }, answer: [], items: [], suggestions: [] };
}

async function safeAnswer(backend: Backend, question: string): Promise<AskResult> {
  if (!question.trim()) return failed(question, "问题为空。");
  if ([...question].length > MAX_QUESTION_LENGTH) return failed(question, `问题超过${MAX_QUESTION_LENGTH}个字符。`);
  try {
    return await answerQuestion(backend, question);
  } catch (e) {
    return failed(question, `error: ${(e as Error).message}`);
  }
}

function human(r: AskResult): string {
  const lines = [`理解：${r.interpretation.text}`];
  const a = r.answer;
  lines.push(
    `答案：${Array.isArray(a) ? (a.length ? a.join("、") : "（图中没有可回答的记录）") : typeof a === "boolean" ? (a ? "是" : "否") : String(a)}`,
  );
  for (const item of r.items) {
    const head = [
      item.name,
      item.award && item.award !== item.name ? item.award : null,
      item.year != null ? `${item.year}年` : null,
      item.value != null ? `${item.value}${item.unit ?? ""}` : null,
    ]
      .filter(Boolean)
      .join(" · ");
    lines.push(`  - ${head}${item.note ? `（${item.note}）` : ""}`);
    for (const e of item.evidence)
      lines.push(`      ${e.doc}${e.title ? ` 《${e.title}》` : ""}：${e.text.replace(/\s+/g, " ").slice(0, 120)}`);
  }
  if (r.suggestions.length) lines.push("建议：", ...r.suggestions.map((s) => `  - ${s}`));
  return lines.join("\n");
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    graph: { type: "string" },
    json: { type: "boolean" },
    batch: { type: "string" },
    context: { type: "string" },
  });
  let context: unknown;
  if (values.context !== undefined) {
    try {
      context = JSON.parse(values.context) as unknown;
    } catch (e) {
      throw new CliError("bad_context", `--context must be the JSON a previous answer printed: ${(e as Error).message}`);
    }
    if (!context || typeof context !== "object")
      throw new CliError("bad_context", "--context must be a JSON object (a previous answer or its interpretation)");
  }
  const graph = values.graph ?? DEFAULT_GRAPH;
  if (values.batch) {
    if (positionals.length) throw new CliError("bad_arguments", "give either --batch questions.jsonl or one question, not both");
    let text: string;
    try {
      text = await readFile(values.batch, "utf8");
    } catch (e) {
      throw new CliError("batch_missing", `cannot read ${values.batch}: ${(e as Error).message}`);
    }
    const backend = await loadBackend(graph);
    for (const line of text.split("\n").filter((l) => l.trim())) {
      const r = await safeAnswer(backend, questionOf(line));
      process.stdout.write(values.json ? `${JSON.stringify(r)}\n` : `${human(r)}\n\n`);
    }
    return 0;
  }
  const question = positionals.join(" ");
  if (!question.trim())
    throw new CliError("missing_question", 'ask needs a question, e.g. qkg ask "2019年哪些企业获得了宜昌市市长质量奖?"');
  if ([...question].length > MAX_QUESTION_LENGTH) {
    throw new CliError("question_too_long", `questions are limited to ${MAX_QUESTION_LENGTH} characters (got ${[...question].length})`);
  }
  const r = await answerQuestion(await loadBackend(graph), question, context);
  console.log(values.json ? JSON.stringify(r) : human(r));
  return 0;
}

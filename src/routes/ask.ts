import { Hono } from "hono";
import { badRequest } from "../api-error.js";
import type { AppEnv } from "../app-env.js";
import { answerQuestion, MAX_QUESTION_LENGTH } from "../../graph/ask/answer.js";

/** Longest `context` accepted, in characters: an interpretation is a few hundred. */
export const MAX_CONTEXT_LENGTH = 20_000;

/**
 * The previous answer (or its interpretation) as JSON in ?context=, for follow-up questions
 * (它还获得过什么奖?). Absent: undefined. Not JSON, or too long: a 400.
 */
function contextOf(raw: string | undefined): unknown {
  if (raw === undefined || raw.trim() === "") return undefined;
  if (raw.length > MAX_CONTEXT_LENGTH) throw badRequest("context_too_long", `context is limited to ${MAX_CONTEXT_LENGTH} characters (got ${raw.length})`);
  try {
    const v = JSON.parse(raw) as unknown;
    if (v && typeof v === "object") return v;
  } catch {
    // reported below
  }
  throw badRequest("bad_context", "context must be the JSON object a previous answer returned (or its interpretation)");
}

export const ask = new Hono<AppEnv>().get("/", async (c) => {
  const q = c.req.query("q");
  if (q === undefined || q.trim() === "") throw badRequest("missing_question", "ask needs a question in ?q=, e.g. ?q=2021年哪些企业获得了市长质量奖");
  if ([...q].length > MAX_QUESTION_LENGTH) {
    throw badRequest("question_too_long", `questions are limited to ${MAX_QUESTION_LENGTH} characters (got ${[...q].length})`);
  }
  const context = contextOf(c.req.query("context"));
  return c.json(await answerQuestion(await c.var.backend(), q, context));
});

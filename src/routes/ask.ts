import { Hono } from "hono";
import { badRequest } from "../api-error.js";
import type { AppEnv } from "../app-env.js";
import { answerQuestion, MAX_QUESTION_LENGTH } from "../ask/answer.js";

export const ask = new Hono<AppEnv>().get("/", async (c) => {
  const q = c.req.query("q");
  if (q === undefined || q.trim() === "") throw badRequest("missing_question", "ask needs a question in ?q=, e.g. ?q=2021年哪些企业获得了市长质量奖");
  if ([...q].length > MAX_QUESTION_LENGTH) {
    throw badRequest("question_too_long", `questions are limited to ${MAX_QUESTION_LENGTH} characters (got ${[...q].length})`);
  }
  return c.json(await answerQuestion(await c.var.backend(), q));
});

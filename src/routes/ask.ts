import { answerQuestion, MAX_QUESTION_LENGTH } from "../../graph/ask/answer.js";
import { EvidenceSchema } from "./api-schemas.js";
import { createRoute, errorResponses, JSON_OBJECT_PARAM, json, NOT_MODIFIED, openApiRouter, z } from "./openapi.js";

/** Longest `context` accepted, in characters: an interpretation is a few hundred. */
export const MAX_CONTEXT_LENGTH = 20_000;

/** The previous answer (or its interpretation), when `raw` is one: a JSON object. */
function contextObject(raw: string): object | undefined {
  try {
    const v = JSON.parse(raw) as unknown;
    return v && typeof v === "object" && !Array.isArray(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

const AskQuery = z.strictObject({
  // Counted in characters (code points), as JSON Schema's maxLength counts them: 质 is one, so is 𠀋.
  q: z
    .string({ error: "ask needs a question in ?q=, e.g. ?q=2021年哪些企业获得了市长质量奖" })
    .min(1, { message: "ask needs a question in ?q=, e.g. ?q=2021年哪些企业获得了市长质量奖" })
    .refine((s) => [...s].length <= MAX_QUESTION_LENGTH, {
      message: `questions are limited to ${MAX_QUESTION_LENGTH} characters`,
      params: { code: "question_too_long" },
    })
    .openapi({
      minLength: 1,
      maxLength: MAX_QUESTION_LENGTH,
      description: "The question, in Chinese",
      example: "2021年哪些企业获得了市长质量奖?",
    }),
  // For follow-up questions (它还获得过什么奖?): the previous answer, or its interpretation, as JSON.
  context: z
    .string()
    .refine((s) => s.length <= MAX_CONTEXT_LENGTH, {
      message: `context is limited to ${MAX_CONTEXT_LENGTH} characters`,
      params: { code: "context_too_long" },
    })
    .refine((s) => s.trim() === "" || contextObject(s) !== undefined, {
      message: "context must be the JSON object a previous answer returned (or its interpretation)",
      params: { code: "bad_context" },
    })
    .optional()
    .openapi({
      description: "The previous answer (or its `interpretation`) as a JSON object, to resolve 它, 该企业, 这个目标",
      param: JSON_OBJECT_PARAM,
    }),
});

const Interpretation = z
  .looseObject({ intent: z.string(), slots: z.record(z.string(), z.unknown()), text: z.string() })
  .openapi("Interpretation", { description: "What the question was understood to ask, and a sentence saying so" });

const AnswerItem = z
  .looseObject({
    name: z.string(),
    evidence: z.array(EvidenceSchema.extend({ title: z.string().nullable() })),
  })
  .openapi("AnswerItem");

const AskResult = z
  .object({
    question: z.string(),
    interpretation: Interpretation,
    answer: z
      .union([z.array(z.string()), z.number(), z.boolean()])
      .openapi({ description: "Names, a number or a yes/no; [] when the graph does not say" }),
    items: z.array(AnswerItem),
    suggestions: z.array(z.string()),
  })
  .openapi("AskResult");

const askRoute = createRoute({
  method: "get",
  path: "/",
  tags: ["questions"],
  summary: "Answers a question from the graph, with the evidence for each item",
  request: { query: AskQuery },
  responses: {
    200: json(AskResult, "The answer, how the question was understood, and the evidence"),
    ...NOT_MODIFIED,
    ...errorResponses(),
  },
});

export const ask = openApiRouter().openapi(askRoute, async (c) => {
  const { q, context } = c.req.valid("query");
  const previous = context === undefined || context.trim() === "" ? undefined : contextObject(context);
  return c.json(await answerQuestion(await c.var.backend(), q, previous), 200);
});

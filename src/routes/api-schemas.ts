// The response bodies of the /api routes as zod schemas: the OpenAPI document's components. They
// name the fields a client may rely on and allow more (facts gain fields as the extractors learn).
import { z } from "./openapi.js";

const LEVELS = ["national", "provincial", "municipal", "district", "county"] as const;
const TIERS = ["winner", "nominee", "gold", "silver", "bronze", "other"] as const;
const RECIPIENT_TYPES = ["organization", "person", "project", "brand", "region"] as const;

export const LevelSchema = z.enum(LEVELS);
export const TierSchema = z.enum(TIERS);

export const EvidenceSchema = z
  .looseObject({
    doc: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    page: z.number().int().optional(),
  })
  .openapi("Evidence", { description: "A span of a source document: offsets into its cleaned text" });

const TitledEvidence = EvidenceSchema.extend({ title: z.string().nullable() }).openapi("TitledEvidence");

const factBase = { id: z.string(), doc: z.string(), evidence: z.array(EvidenceSchema) };

export const AwardFactSchema = z
  .looseObject({
    ...factBase,
    kind: z.literal("award"),
    recipient: z.string(),
    recipient_type: z.enum(RECIPIENT_TYPES),
    affiliation: z.string().nullable(),
    award: z.string(),
    level: LevelSchema,
    region: z.string(),
    year: z.number().int().nullable(),
    edition: z.number().int().nullable(),
    tier: TierSchema,
    category: z.string().nullable(),
  })
  .openapi("AwardFact");

export const AwardItemSchema = AwardFactSchema.extend({ evidence: z.array(TitledEvidence) }).openapi("AwardItem", {
  description: "An award fact with its documents' titles on the evidence",
});

export const ObservationSchema = z
  .looseObject({
    ...factBase,
    kind: z.literal("observation"),
    region: z.string().nullable(),
    metric: z.string(),
    value: z.number(),
    unit: z.string().nullable(),
    year: z.number().int().nullable(),
  })
  .openapi("Observation", { description: "An outcome a report states (a metric's value in a year)" });

export const JudgementSchema = z
  .looseObject({
    target_id: z.string(),
    status: z.string(),
    observation: ObservationSchema.nullable(),
    reason: z.unknown(),
    target_evidence: EvidenceSchema.nullable().optional(),
    outcome_evidence: z.array(EvidenceSchema).optional(),
    awards: z.array(AwardFactSchema).optional(),
  })
  .openapi("Judgement");

export const JudgedTargetSchema = z
  .looseObject({
    ...factBase,
    kind: z.literal("target"),
    policy: z.string().nullable(),
    region: z.string().nullable(),
    metric: z.string(),
    comparator: z.enum([">=", ">", "<=", "<", "="]),
    value: z.number(),
    unit: z.string().nullable(),
    deadline_year: z.number().int().nullable(),
    judgement: JudgementSchema,
  })
  .openapi("JudgedTarget", { description: "A goal a policy sets, judged against the outcomes and awards in the graph" });

export const PolicySummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    region: z.string().nullable(),
    year: z.number().int().nullable(),
    programmes: z.array(z.string()),
    mentions: z.array(z.object({ fact_id: z.string(), doc: z.string(), evidence: z.array(EvidenceSchema) })),
  })
  .openapi("PolicySummary");

export const AmbiguousSchema = z
  .object({ name: z.string(), ambiguous: z.literal(true), candidates: z.array(z.string()) })
  .openapi("Ambiguous", { description: "The name means more than one thing in the graph: ask again with one of the candidates" });

export const NextSchema = z.string().nullable().openapi({ description: "The path of the next page, or null on the last" });

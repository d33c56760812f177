import { type Backend, canonicalNamesIn, namesIn } from "../../graph/backend/backend.js";
import type { Page } from "../../graph/filters.js";
import type { AwardFact, Level, Tier } from "../../graph/types.js";
import { notFound } from "../api-error.js";
import { NextSchema } from "./api-schemas.js";
import { createRoute, errorResponses, NOT_MODIFIED, openApiRouter, z } from "./openapi.js";
import { namePageQuery, namePageResult, pageQuery, pageResult, requestedPage } from "./paging.js";

// An award programme (a city's 市长质量奖, the national 中国质量奖) with its recipients grouped by
// year and edition, and beside them the totals the texts state ("等12个组织"), which may exceed
// the names listed.

export interface ProgrammeRecipient {
  name: string;
  recipient_type: AwardFact["recipient_type"];
  tier: Tier;
  affiliation: string | null;
  category: string | null;
  status?: "proposed";
  evidence: AwardFact["evidence"];
}

export interface ProgrammeRound {
  year: number | null;
  year_label: string | null;
  edition: number | null;
  /** Every distinct total stated for this round, with the tier its clause grants. */
  stated_totals: Array<{ tier: Tier; count: number; of: string | null }>;
  recipients: ProgrammeRecipient[];
}

export interface Programme {
  name: string;
  level: Level | null;
  region: string | null;
  rounds: ProgrammeRound[];
  /** The path of the page with the rest of the recipients, or null when this page holds the last. */
  next: string | null;
}

const roundKey = (f: AwardFact) => `${f.year ?? ""}|${f.edition ?? ""}`;

/** Award facts of one programme as rounds, newest first; recipients keep the graph's order. */
export function programmeRounds(facts: AwardFact[]): ProgrammeRound[] {
  const rounds = new Map<string, ProgrammeRound>();
  for (const f of facts) {
    let r = rounds.get(roundKey(f));
    if (!r) {
      r = { year: f.year, year_label: f.year_label ?? null, edition: f.edition, stated_totals: [], recipients: [] };
      rounds.set(roundKey(f), r);
    }
    const t = f.stated_total;
    // One total stated twice ("等3家企业" in the decision, "(3家)" over its list) is one total; the unit the text names wins.
    const known = t ? r.stated_totals.find((s) => s.tier === f.tier && s.count === t.count) : undefined;
    if (t && !known) r.stated_totals.push({ tier: f.tier, count: t.count, of: t.of });
    else if (t && known && known.of == null) known.of = t.of;
    // One recipient stated twice (a body sentence and a list) is one row with both spans.
    const same = r.recipients.find((x) => x.name === f.recipient && x.tier === f.tier && x.affiliation === f.affiliation);
    if (same) same.evidence.push(...f.evidence);
    else {
      r.recipients.push({
        name: f.recipient,
        recipient_type: f.recipient_type,
        tier: f.tier,
        affiliation: f.affiliation,
        category: f.category,
        ...(f.status ? { status: f.status } : {}),
        evidence: [...f.evidence],
      });
    }
  }
  // Editions order rounds when both have one (a round may state only its edition); else years, unknown last.
  const newer = (a: ProgrammeRound, b: ProgrammeRound) =>
    a.edition != null && b.edition != null && a.edition !== b.edition
      ? b.edition - a.edition
      : (b.year ?? -Infinity) - (a.year ?? -Infinity) || (b.edition ?? 0) - (a.edition ?? 0);
  return [...rounds.values()].sort(newer);
}

/**
 * One page of the programme called `name` (any name the gazetteer knows for it), or null when it has
 * no award fact. A page holds `page.limit` award facts in fact order, grouped as rounds: a round (or a
 * recipient stated in two places) whose facts fall on two pages appears on both; `next` (built from
 * `url`) links the following page.
 */
export async function loadProgramme(backend: Backend, name: string, page: Page, url: string): Promise<Programme | null> {
  const v = name.normalize("NFKC").trim();
  const canonical = [...new Set((await namesIn(backend, [v])).filter((g) => g.kind === "award" && g.name === v).map((g) => g.canonical))];
  const award = canonical[0] ?? v;
  const { items: facts, next } = pageResult(await backend.awards({ award }, { ...page, limit: page.limit + 1 }), page, url);
  // A page past the last is empty; a programme with no fact at all is not there, whatever the cursor.
  if (facts.length === 0 && (!page.after || (await backend.awards({ award }, { limit: 1 })).length === 0)) return null;
  const first = facts[0];
  return { name: award, level: first?.level ?? null, region: first?.region ?? null, rounds: programmeRounds(facts), next };
}

/** Every programme the graph knows by its canonical name. */
export async function programmeNames(backend: Backend): Promise<string[]> {
  return canonicalNamesIn(backend, "award");
}

const Tiers = z.enum(["winner", "nominee", "gold", "silver", "bronze", "other"]);
const Span = z.object({
  doc: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  page: z.number().int().optional(),
});

export const ProgrammeSchema = z
  .object({
    name: z.string(),
    level: z.enum(["national", "provincial", "municipal", "district", "county"]).nullable(),
    region: z.string().nullable(),
    rounds: z.array(
      z.object({
        year: z.number().int().nullable(),
        year_label: z.string().nullable(),
        edition: z.number().int().nullable(),
        stated_totals: z.array(z.object({ tier: Tiers, count: z.number().int(), of: z.string().nullable() })),
        recipients: z.array(
          z.object({
            name: z.string(),
            recipient_type: z.enum(["organization", "person", "project", "brand", "region"]),
            tier: Tiers,
            affiliation: z.string().nullable(),
            category: z.string().nullable(),
            status: z.literal("proposed").optional(),
            evidence: z.array(Span),
          }),
        ),
      }),
    ),
    next: NextSchema,
  })
  .openapi("Programme");

const list = createRoute({
  method: "get",
  path: "/",
  summary: "Award programmes in the graph, a page of names at a time (in name order)",
  request: { query: z.strictObject({ ...namePageQuery }) },
  responses: {
    200: {
      description: "A page of their names",
      content: {
        "application/json": { schema: z.object({ count: z.number().int(), items: z.array(z.string()), next: NextSchema }) },
      },
    },
    ...NOT_MODIFIED,
    ...errorResponses(),
  },
});

const one = createRoute({
  method: "get",
  path: "/{name}",
  summary: "An award programme's winners and nominees by year and edition, with stated totals, a page of award facts at a time",
  description:
    "A page holds `limit` award facts in fact order, grouped into rounds (newest first); a round whose facts fall on two pages " +
    "appears on both. `next` links the page with the rest.",
  request: {
    params: z.object({ name: z.string().min(1).max(200).openapi({ example: "中国质量奖" }) }),
    query: z.strictObject({ ...pageQuery }),
  },
  responses: {
    200: { description: "The programme", content: { "application/json": { schema: ProgrammeSchema } } },
    ...NOT_MODIFIED,
    ...errorResponses(404),
  },
});

export const programmes = openApiRouter()
  .openapi(list, async (c) => {
    const { items, next } = namePageResult(await programmeNames(await c.var.backend()), c.req.valid("query"), c.req.url);
    return c.json({ count: items.length, items, next }, 200);
  })
  .openapi(one, async (c) => {
    const name = c.req.valid("param").name;
    const p = await loadProgramme(await c.var.backend(), name, requestedPage(c.req.valid("query")), c.req.url);
    if (!p) throw notFound("programme_not_found", `no award programme "${name}" in the graph; GET /api/v1/programmes lists them`);
    return c.json(p, 200);
  });

// Turning a recognised (recipient, award) pair into the gold-schema AwardFact, with evidence cut
// from the original text and the recipient's region.
import type { AwardFact, Evidence, Level, RecipientType, Tier } from "../../../graph/types.js";
import type { AwardContext } from "./context.js";
import { recipientRegion } from "./recipient-region.js";

export interface Recipient {
  name: string;
  type: RecipientType;
  affiliation: string | null;
  role: string | null;
  /** A region written beside the name (a table column, "(金坛区)", "南昌：" label). */
  regionHint?: string | null;
}

export interface AwardInfo {
  award: string;
  level: Level;
  region: string;
  tier: Tier;
  category: string | null;
  edition: number | null;
  year: number | null;
  yearLabel: string | null;
  proposed: boolean;
  /** The total the granting clause or list header states ("等43个组织", "(17家)"). */
  statedTotal?: { count: number; of: string | null } | null;
}

export type NewAwardFact = Omit<AwardFact, "id">;

/** Evidence for [start, end) of the document: the original characters, whatever `norm` says. */
export function evidence(ctx: AwardContext, start: number, end: number): Evidence {
  const text = ctx.doc.record.text;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { doc: ctx.doc.record.id, start, end, text: text.slice(start, end) };
}

export function makeFact(ctx: AwardContext, r: Recipient, a: AwardInfo, ev: Evidence): NewAwardFact {
  const fact: NewAwardFact = {
    doc: ctx.doc.record.id,
    kind: "award",
    evidence: [ev],
    recipient: r.name,
    recipient_type: r.type,
    affiliation: r.affiliation,
    role: r.role,
    award: a.award,
    level: a.level,
    region: a.region,
    year: a.year,
    year_label: a.yearLabel,
    edition: a.edition,
    tier: a.tier,
    category: categoryLabel(a.category),
    recipient_region: recipientRegion(r, ctx),
  };
  if (a.proposed) fact.status = "proposed";
  if (a.statedTotal) fact.stated_total = a.statedTotal;
  return fact;
}

/** "组织类" and "组织" label the same section; other labels (经济类) stay as written. */
export function categoryLabel(label: string | null): string | null {
  return label ? label.replace(/^(组织|个人|企业|单位|团体)类$/, "$1") : null;
}

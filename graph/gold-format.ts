import type { Fact } from "./types.js";

/**
 * A fact as a line of the gold schema (../shared/eval/README.md): the gold keys in the gold order,
 * `evidence` as the primary span's text, plus `provenance` with every span's offsets.
 */
export function toGoldRecord(f: Fact): Record<string, unknown> {
  const base = { doc: f.doc, kind: f.kind };
  const tail = { evidence: f.evidence[0]?.text ?? "", provenance: f.evidence.map(({ doc, start, end }) => ({ doc, start, end })) };
  switch (f.kind) {
    case "award":
      return {
        ...base,
        recipient: f.recipient,
        recipient_type: f.recipient_type,
        affiliation: f.affiliation,
        award: f.award,
        level: f.level,
        region: f.region,
        year: f.year,
        ...(f.year_label ? { year_label: f.year_label } : {}),
        edition: f.edition,
        tier: f.tier,
        category: f.category,
        ...(f.status ? { status: f.status } : {}),
        ...tail,
      };
    case "policy":
      return { ...base, title: f.title, region: f.region, year: f.year, ...tail };
    case "target":
      return {
        ...base,
        policy: f.policy,
        region: f.region,
        metric: f.metric,
        comparator: f.comparator,
        value: f.value,
        ...(f.value_max != null ? { value_max: f.value_max } : {}),
        unit: f.unit,
        deadline_year: f.deadline_year,
        ...tail,
      };
    case "observation":
      return { ...base, region: f.region, metric: f.metric, value: f.value, unit: f.unit, year: f.year, ...tail };
  }
}

import type { Fact } from "./types.js";

/**
 * A fact as a line of the gold schema (../shared/eval/README.md): the gold keys in the gold order,
 * `evidence` as the primary span's text, plus `provenance` with every span's offsets.
 */
export function toGoldRecord(f: Fact, named?: number): Record<string, unknown> {
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
        // Not a gold key (the scorers ignore it): how many recipients the grant stated beside how many it named.
        ...(f.stated_total ? { stated_total: { ...f.stated_total, ...(named != null ? { named } : {}) } } : {}),
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

/**
 * For each award with a stated total, how many recipients the document names for the same grant
 * (same document, award, tier, year and stated total): "A、B等17家" → named 2 of 17.
 */
export function namedCounts(facts: Fact[]): Map<Fact, number> {
  const key = (f: Fact) =>
    f.kind === "award" && f.stated_total
      ? [f.doc, f.award, f.tier, f.year ?? "", f.stated_total.count, f.stated_total.of ?? ""].join("|")
      : null;
  const recipients = new Map<string, Set<string>>();
  for (const f of facts) {
    const k = key(f);
    if (k && f.kind === "award") (recipients.get(k) ?? recipients.set(k, new Set()).get(k)!).add(f.recipient);
  }
  const out = new Map<Fact, number>();
  for (const f of facts) {
    const k = key(f);
    if (k) out.set(f, recipients.get(k)!.size);
  }
  return out;
}

// The programme view: an award programme's rounds (year or edition) as a table, winners and
// nominees in their own columns, and the total the text states beside the names it lists
// ("列出 3 个，原文共 12 个组织"), every name linking to its entity view.
import type { Messages, ViewMessages } from "../../graph/messages.js";
import type { Tier } from "../../graph/types.js";
import { el, type VChild, type ViewLinks, type VNode } from "./view-tree.js";

export interface ProgrammeData {
  name: string;
  level: string | null;
  region: string | null;
  rounds: Array<{
    year: number | null;
    year_label: string | null;
    edition: number | null;
    stated_totals: Array<{ tier: Tier; count: number; of: string | null }>;
    recipients: Array<{
      name: string;
      tier: Tier;
      affiliation: string | null;
      category: string | null;
      evidence: Array<{ doc: string; start: number; end: number }>;
    }>;
  }>;
}

const COLUMNS: Array<{ key: "winners" | "nominees" | "otherTiers"; tiers: Tier[] }> = [
  { key: "winners", tiers: ["winner", "gold"] },
  { key: "nominees", tiers: ["nominee"] },
  { key: "otherTiers", tiers: ["silver", "bronze", "other"] },
];

function roundLabel(r: ProgrammeData["rounds"][number], v: ViewMessages): string {
  const bits = [r.year != null ? String(r.year) : (r.year_label ?? ""), r.edition != null ? v.edition(r.edition) : ""].filter(Boolean);
  return bits.join(" · ") || v.yearUnknown;
}

function recipientList(rs: ProgrammeData["rounds"][number]["recipients"], t: Messages, links: ViewLinks): VChild {
  if (rs.length === 0) return "—";
  return el(
    "ul",
    { class: "names" },
    ...rs.map((r) => {
      const e = r.evidence[0];
      const tier = r.tier === "winner" || r.tier === "nominee" ? "" : ` (${t.tiers[r.tier] ?? r.tier})`;
      return el(
        "li",
        {},
        el("a", { href: links.entity(r.name) }, r.name),
        tier,
        r.affiliation ? ` · ${r.affiliation}` : "",
        e ? el("a", { class: "src", href: links.document(e.doc, e.start, e.end), "aria-label": `${r.name}: ${t.source}` }, "↗") : null,
      );
    }),
  );
}

export function programmeView(p: ProgrammeData, t: Messages, v: ViewMessages, links: ViewLinks, headingLevel = 2): VNode {
  const used = COLUMNS.filter((c) => p.rounds.some((r) => r.recipients.some((x) => c.tiers.includes(x.tier))));
  const meta = [p.region, p.level ? (v.levels[p.level] ?? p.level) : null].filter(Boolean).join(" · ");
  return el(
    "section",
    { class: "view programme-view", "aria-label": p.name },
    el(`h${headingLevel}`, {}, p.name),
    meta && el("p", { class: "meta" }, meta),
    el(
      "table",
      {},
      el("caption", {}, p.name),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col" }, v.year),
          ...used.map((c) => el("th", { scope: "col" }, v[c.key])),
          el("th", { scope: "col" }, v.statedTotal),
        ),
      ),
      el(
        "tbody",
        {},
        ...p.rounds.map((r) =>
          el(
            "tr",
            {},
            el("th", { scope: "row" }, roundLabel(r, v)),
            ...used.map((c) =>
              el(
                "td",
                {},
                recipientList(
                  r.recipients.filter((x) => c.tiers.includes(x.tier)),
                  t,
                  links,
                ),
              ),
            ),
            el(
              "td",
              { class: "totals" },
              r.stated_totals.length === 0
                ? "—"
                : r.stated_totals
                    .map(
                      (s) =>
                        `${t.tiers[s.tier] ?? s.tier}：${v.namedOf(r.recipients.filter((x) => x.tier === s.tier).length, s.count, s.of)}`,
                    )
                    .join("；"),
            ),
          ),
        ),
      ),
    ),
  );
}

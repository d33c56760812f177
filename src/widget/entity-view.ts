// The entity view: an organisation or person drawn as a small graph (SVG) with its awards by year
// and tier, each award's programme and region, a person's affiliation and the other names it goes
// by, followed by the same facts as a list with links (the SVG is a picture; the list is for reading).

import type { Messages, ViewMessages } from "../../graph/messages.js";
import type { RecipientType, Tier } from "../../graph/types.js";
import { clip, el, type ViewLinks, type VNode } from "./view-tree.js";

export interface EntityAward {
  award: string;
  year: number | null;
  edition: number | null;
  tier: Tier;
  level: string;
  region: string;
  affiliation: string | null;
  category: string | null;
  evidence: Array<{ doc: string; start: number; end: number; text: string; title?: string | null }>;
}

/** GET /api/v1/entities/:name, plus the standards route's items when it answers. */
export interface EntityData {
  name: string;
  kind: RecipientType;
  aliases: string[];
  awards: EntityAward[];
  standards?: Array<{ code?: string | null; title?: string | null }>;
}

const ROW = 36;
const BOX_H = 26;

function box(x: number, y: number, w: number, label: string, cls: string, full = label): VNode {
  const chars = Math.max(4, Math.floor((w - 12) / 13));
  return el(
    "g",
    { class: `node ${cls}` },
    el("title", {}, full),
    el("rect", { x, y, width: w, height: BOX_H, rx: 6 }),
    el("text", { x: x + 8, y: y + 17 }, clip(label, chars)),
  );
}

const edge = (x1: number, y1: number, x2: number, y2: number): VNode =>
  el("path", { class: "edge", d: `M${x1} ${y1}C${(x1 + x2) / 2} ${y1} ${(x1 + x2) / 2} ${y2} ${x2} ${y2}` });

/** Newest first; awards without a year last. */
const byYear = (a: EntityAward, b: EntityAward) => (b.year ?? -1) - (a.year ?? -1) || (a.award < b.award ? -1 : 1);

/** The graph as SVG: other names and affiliation | the entity | its awards | their programmes. */
export function entitySvg(d: EntityData, t: Messages, v: ViewMessages): VNode {
  const awards = [...d.awards].sort(byYear);
  const programmes = [...new Set(awards.map((a) => a.award))];
  const affiliations = [...new Set(awards.map((a) => a.affiliation).filter((x): x is string => !!x))];
  const left = [...affiliations.map((a) => ({ label: a, cls: "aff" })), ...d.aliases.map((a) => ({ label: a, cls: "alias" }))];
  const rows = Math.max(awards.length, programmes.length, left.length, 1);
  const height = rows * ROW + 40;
  const cy = 28 + ((rows - 1) * ROW) / 2;
  const parts: VNode[] = [];
  const colY = (i: number, n: number) => 28 + i * ROW + ((rows - n) * ROW) / 2 - BOX_H / 2;
  left.forEach((n, i) => {
    const y = colY(i, left.length);
    parts.push(edge(150, y + BOX_H / 2, 170, cy), box(0, y, 150, n.label, n.cls));
  });
  parts.push(box(170, cy - BOX_H / 2, 220, d.name, "entity"));
  programmes.forEach((p, i) => {
    const y = colY(i, programmes.length);
    const a = awards.find((x) => x.award === p)!;
    parts.push(box(610, y, 190, p, "prog", `${p} · ${a.region} · ${v.levels[a.level] ?? a.level}`));
  });
  awards.forEach((a, i) => {
    const y = colY(i, awards.length);
    const label = `${a.year ?? "?"} ${t.tiers[a.tier] ?? a.tier}${a.category ? ` · ${a.category}` : ""}`;
    const p = programmes.indexOf(a.award);
    parts.push(edge(390, cy, 420, y + BOX_H / 2), edge(580, y + BOX_H / 2, 610, colY(p, programmes.length) + BOX_H / 2));
    parts.push(box(420, y, 160, label, `award tier-${a.tier}`, `${a.year ?? v.yearUnknown} ${a.award} ${t.tiers[a.tier] ?? a.tier}`));
  });
  const titleId = `qkg-entity-${Math.abs(hash(d.name))}`;
  return el(
    "svg",
    { class: "graph", viewBox: `0 0 800 ${height}`, width: 800, height, role: "img", "aria-labelledby": titleId },
    el("title", { id: titleId }, v.graphOf(d.name)),
    ...parts,
  );
}

function hash(s: string): number {
  let h = 0;
  for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}

/** The whole view: heading, SVG, and the awards, names and standards as lists with links. */
export function entityView(d: EntityData, t: Messages, v: ViewMessages, links: ViewLinks, headingLevel = 2): VNode {
  const hn = `h${headingLevel}`;
  const sub = `h${headingLevel + 1}`;
  const awards = [...d.awards].sort(byYear);
  const affiliations = [...new Set(awards.map((a) => a.affiliation).filter((x): x is string => !!x))];
  return el(
    "section",
    { class: "view entity-view", "aria-label": v.graphOf(d.name) },
    el(hn, {}, d.name, " ", el("small", {}, v.kinds[d.kind] ?? d.kind)),
    awards.length ? el("div", { class: "graph-wrap" }, entitySvg(d, t, v)) : el("p", {}, v.noAwards),
    affiliations.length > 0 && el("p", {}, `${v.affiliation}：`, ...join(affiliations.map((a) => el("a", { href: links.entity(a) }, a)))),
    d.aliases.length > 0 && el("p", {}, `${v.otherNames}：`, d.aliases.join(links.lang === "zh" ? "、" : ", ")),
    awards.length > 0 && el(sub, {}, v.awards),
    awards.length > 0 &&
      el(
        "ul",
        { class: "awards" },
        ...awards.map((a) =>
          el(
            "li",
            {},
            `${a.year ?? v.yearUnknown} `,
            el("a", { href: links.programme(a.award) }, a.award),
            ` · ${t.tiers[a.tier] ?? a.tier}${a.category ? ` · ${a.category}` : ""} · ${a.region}`,
            ...a.evidence.slice(0, 1).flatMap((e) => [" · ", el("a", { href: links.document(e.doc, e.start, e.end) }, v.openInContext)]),
          ),
        ),
      ),
    d.standards?.length ? el(sub, {}, v.standards) : null,
    d.standards?.length
      ? el(
          "ul",
          { class: "standards" },
          ...d.standards.map((s) => el("li", {}, [s.code, s.title ? `《${s.title}》` : ""].filter(Boolean).join(" "))),
        )
      : null,
  );
}

function join(nodes: VNode[]): Array<VNode | string> {
  return nodes.flatMap((n, i) => (i ? ["、", n] : [n]));
}

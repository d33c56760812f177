// The policy view: each target of a policy with its status (met / missed / not yet due / no data),
// a small SVG chart of the goal against the values reported over the years, the judge's reason in
// the reader's language, and links to both evidences (the sentence setting the goal, the one
// reporting the outcome).
import { type Lang, type ReasonFigures, reasonText, type ViewMessages } from "../../graph/messages.js";
import { el, type ViewLinks, type VNode } from "./view-tree.js";

type Span = { doc: string; start: number; end: number; text: string };

export interface JudgedTarget {
  id: string;
  metric: string;
  comparator: string;
  value: number;
  value_max?: number | null;
  unit: string | null;
  deadline_year: number | null;
  region: string | null;
  evidence: Span[];
  judgement: {
    status: string;
    observation: { value: number; year: number | null; unit: string | null } | null;
    reason: ReasonFigures;
    target_evidence?: Span | null;
    outcome_evidence?: Span[];
  };
  /** Every reported value of the target's metric in its region, when the page looked them up. */
  series?: Array<{ year: number; value: number }>;
}

export interface PolicyData {
  policy: { id: string; title: string; region: string | null; year: number | null };
  as_of: number;
  targets: JudgedTarget[];
}

const W = 360;
const H = 150;
const PAD = { l: 44, r: 16, t: 16, b: 28 };

/** Observed values to plot: the page's series, else the one the judge rests on. */
function points(tg: JudgedTarget): Array<{ year: number; value: number }> {
  if (tg.series?.length) return [...tg.series].sort((a, b) => a.year - b.year);
  // A goal counted in awards ("争创某奖1个"): the count found, at the end of the years counted.
  const a = tg.judgement.reason.awards;
  const at = a?.to ?? tg.deadline_year;
  if (a && at != null) return [{ year: at, value: a.count }];
  const o = tg.judgement.reason.observed;
  return o && o.year != null ? [{ year: o.year, value: o.value }] : [];
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);
const observedList = (pts: Array<{ year: number; value: number }>) => pts.map((p) => `${p.year}: ${fmt(p.value)}`).join(", ");

export function targetChart(tg: JudgedTarget, v: ViewMessages, id: string): VNode {
  const pts = points(tg);
  const years = [...pts.map((p) => p.year), tg.deadline_year ?? pts[pts.length - 1]?.year ?? new Date().getUTCFullYear()];
  const y0 = Math.min(...years) - 1;
  const y1 = Math.max(...years) + 1;
  const values = [tg.value, ...(tg.value_max != null ? [tg.value_max] : []), ...pts.map((p) => p.value)];
  const span = Math.max(...values) - Math.min(...values) || Math.abs(tg.value) || 1;
  const lo = Math.max(0, Math.min(...values) - span * 0.3);
  const hi = Math.max(...values) + span * 0.3;
  const x = (yr: number) => PAD.l + ((yr - y0) / (y1 - y0)) * (W - PAD.l - PAD.r);
  const y = (val: number) => H - PAD.b - ((val - lo) / (hi - lo || 1)) * (H - PAD.t - PAD.b);
  const ticks: VNode[] = [];
  const step = Math.max(1, Math.ceil((y1 - y0) / 6));
  for (let yr = y0 + 1; yr < y1; yr += step) ticks.push(el("text", { class: "tick", x: x(yr), y: H - 8, "text-anchor": "middle" }, yr));
  const goalY = y(tg.value);
  const line =
    pts.length > 1 ? el("polyline", { class: "obs-line", points: pts.map((p) => `${x(p.year)},${y(p.value)}`).join(" ") }) : null;
  return el(
    "svg",
    { class: "chart", viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "img", "aria-labelledby": `${id}-t ${id}-d` },
    el("title", { id: `${id}-t` }, v.chartOf(tg.metric)),
    el("desc", { id: `${id}-d` }, `${v.goal} ${fmt(tg.value)}${tg.unit ?? ""}; ${v.observed} ${observedList(pts) || v.noObservation}`),
    el("line", { class: "axis", x1: PAD.l, y1: H - PAD.b, x2: W - PAD.r, y2: H - PAD.b }),
    ...ticks,
    el("line", { class: "goal", x1: PAD.l, y1: goalY, x2: W - PAD.r, y2: goalY }),
    el("text", { class: "goal-label", x: 4, y: goalY + 4 }, fmt(tg.value)),
    tg.deadline_year != null &&
      el("line", { class: "deadline", x1: x(tg.deadline_year), y1: PAD.t, x2: x(tg.deadline_year), y2: H - PAD.b }),
    line,
    ...pts.map((p) =>
      el(
        "g",
        { class: "obs" },
        el("circle", { cx: x(p.year), cy: y(p.value), r: 4 }),
        el("text", { x: x(p.year), y: y(p.value) - 8, "text-anchor": "middle" }, fmt(p.value)),
      ),
    ),
    pts.length === 0 && el("text", { class: "none", x: W / 2, y: PAD.t + 4, "text-anchor": "middle" }, v.noObservation),
  );
}

function evidenceLink(label: string, e: Span | null | undefined, links: ViewLinks): VNode | null {
  if (!e) return null;
  return el("p", { class: "evidence" }, `${label}：`, el("a", { href: links.document(e.doc, e.start, e.end) }, `“${e.text}”`));
}

export function policyView(p: PolicyData, v: ViewMessages, links: ViewLinks, lang: Lang): VNode {
  const { policy } = p;
  const meta = [policy.region, policy.year != null ? String(policy.year) : null].filter(Boolean).join(" · ");
  return el(
    "section",
    { class: "view policy-view", "aria-label": policy.title },
    el("h1", {}, policy.title),
    meta && el("p", { class: "meta" }, meta),
    el("h2", {}, v.targets),
    el(
      "ol",
      { class: "targets" },
      ...p.targets.map((tg, i) =>
        el(
          "li",
          { class: `target status-${tg.judgement.status}` },
          el(
            "h3",
            {},
            tg.metric,
            " ",
            el("span", { class: `badge ${tg.judgement.status}` }, v.statuses[tg.judgement.status] ?? tg.judgement.status),
          ),
          el("p", { class: "reason" }, reasonText(tg.judgement.reason, lang)),
          targetChart(tg, v, `qkg-target-${i}`),
          evidenceLink(v.targetEvidence, tg.judgement.target_evidence ?? tg.evidence[0], links),
          ...(tg.judgement.outcome_evidence ?? []).slice(0, 3).map((e) => evidenceLink(v.outcomeEvidence, e, links)),
        ),
      ),
    ),
  );
}

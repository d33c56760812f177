import { draftingKey, gatherStandards } from "./standards.js";
import type { AwardFact, DocumentRecord, DocumentStandards, Fact, GazetteerEntry, GraphNode, GraphRelationship } from "./types.js";

/**
 * The property graph a set of facts implies. Every fact is a node (`Fact` plus `AwardFact`,
 * `PolicyFact`, `TargetFact` or `ObservationFact`) linked to the document that states it and
 * to the entities it is about, so that both the snapshot and Neo4j hold the same graph.
 *
 *   (recipient)-[:RECEIVED]->(:AwardFact)-[:OF_AWARD]->(:Award)-[:AWARDED_IN]->(:Region)
 *   (:Person)-[:AFFILIATED_WITH]->(:Organization)   (:Brand)-[:OWNED_BY]->(:Organization)
 *   (:PolicyFact)-[:ABOUT]->(:Policy)-[:SETS]->(:TargetFact)-[:MEASURES]->(:Metric)
 *   (:Policy)-[:GOVERNS]->(:Award)   (:ObservationFact)-[:MEASURES]->(:Metric)
 *   (:TargetFact|:ObservationFact)-[:IN_REGION]->(:Region)
 *   (:Fact)-[:STATED_IN {start, end, text}]->(:Document)
 *   (:Organization)-[:DRAFTED {role, year, doc, start}]->(:Standard)   (issue 17)
 *   (:Award)-[:EVALUATED_BY]->(:Standard)   (:Policy)-[:CITES]->(:Standard)
 * A Standard node holds its references (`mentions`, JSON, with their evidence): standards are not facts.
 */
export interface BuiltGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

const RECIPIENT_LABEL = {
  organization: "Organization",
  person: "Person",
  project: "Project",
  brand: "Brand",
  region: "Region",
} as const;

export const entityId = (label: string, name: string): string => `${label.toLowerCase()}:${name}`;

export function recipientId(f: Pick<AwardFact, "recipient" | "recipient_type" | "affiliation">): string {
  // Two people with one name at two organisations are two people.
  const name = f.recipient_type === "person" && f.affiliation ? `${f.recipient}@${f.affiliation}` : f.recipient;
  return entityId(RECIPIENT_LABEL[f.recipient_type], name);
}

export function buildGraph(documents: DocumentRecord[], facts: Fact[], standards?: DocumentStandards): BuiltGraph {
  const nodes = new Map<string, GraphNode>();
  const rels = new Map<string, GraphRelationship>();

  const node = (id: string, labels: string[], props: GraphNode["props"]) => {
    const existing = nodes.get(id);
    if (existing) {
      for (const [k, v] of Object.entries(props)) if (existing.props[k] == null && v != null) existing.props[k] = v;
      return id;
    }
    nodes.set(id, { id, labels, props: { ...props } });
    return id;
  };
  const rel = (type: string, start: string, end: string, props: GraphRelationship["props"] = {}, key = "") => {
    const id = `${type}:${start}->${end}${key ? `#${key}` : ""}`;
    if (!rels.has(id)) rels.set(id, { id, type, start, end, props });
  };
  const region = (name: string | null) => (name ? node(entityId("Region", name), ["Region"], { name }) : null);

  for (const d of documents) {
    // The text too, so a Neo4j graph can show a fact's evidence in its document (offsets point into it).
    node(`doc:${d.id}`, ["Document"], { name: d.id, title: d.title, date: d.date, region: d.region, hash: d.hash, text: d.text });
  }

  for (const f of facts) {
    const factId = `fact:${f.id}`;
    const { evidence, ...props } = f;
    const label = { award: "AwardFact", policy: "PolicyFact", target: "TargetFact", observation: "ObservationFact" }[f.kind];
    node(factId, ["Fact", label], {
      ...(props as unknown as GraphNode["props"]),
      programmes: f.kind === "policy" ? (f.programmes ?? []) : null,
      evidence: JSON.stringify(evidence),
    });
    evidence.forEach((e, i) => rel("STATED_IN", factId, `doc:${e.doc}`, { start: e.start, end: e.end, text: e.text }, String(i)));

    if (f.kind === "award") {
      const rLabel = RECIPIENT_LABEL[f.recipient_type];
      const rid = node(recipientId(f), [rLabel], { name: f.recipient });
      rel("RECEIVED", rid, factId);
      const aid = node(entityId("Award", f.award), ["Award"], { name: f.award, level: f.level, region: f.region });
      rel("OF_AWARD", factId, aid);
      const reg = region(f.region);
      if (reg) rel("AWARDED_IN", aid, reg);
      if (f.affiliation) {
        const oid = node(entityId("Organization", f.affiliation), ["Organization"], { name: f.affiliation });
        rel(f.recipient_type === "brand" ? "OWNED_BY" : "AFFILIATED_WITH", rid, oid, { role: f.role ?? null });
      }
    } else if (f.kind === "policy") {
      const pid = node(entityId("Policy", f.title), ["Policy"], { name: f.title, region: f.region, year: f.year });
      rel("ABOUT", factId, pid);
      for (const a of f.programmes ?? []) rel("GOVERNS", pid, node(entityId("Award", a), ["Award"], { name: a }));
    } else {
      if (f.kind === "target" && f.policy) {
        rel("SETS", node(entityId("Policy", f.policy), ["Policy"], { name: f.policy }), factId);
      }
      const key = f.metric_key ?? f.metric;
      rel("MEASURES", factId, node(entityId("Metric", key), ["Metric"], { name: key }));
      const reg = region(f.region);
      if (reg) rel("IN_REGION", factId, reg);
    }
  }

  if (standards) addStandards(standards, node, rel);

  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: [...nodes.values()].sort(byId), relationships: [...rels.values()].sort(byId) };
}

type AddNode = (id: string, labels: string[], props: GraphNode["props"]) => string;
type AddRel = (type: string, start: string, end: string, props?: GraphRelationship["props"], key?: string) => void;

/** Standard nodes and what links to them: drafters, awards reviewed against them, policies citing them. */
function addStandards(standards: DocumentStandards, node: AddNode, rel: AddRel): void {
  // Every drafting statement naming an organisation stays on its node, counts by level included
  // ("某公司主导制定国家标准3项" names no standard, so it makes no DRAFTED relationship).
  const byOrganization = new Map<string, DocumentStandards["drafting"]>();
  for (const d of standards.drafting)
    if (d.organization) (byOrganization.get(d.organization) ?? byOrganization.set(d.organization, []).get(d.organization)!).push(d);
  for (const [name, list] of byOrganization)
    node(entityId("Organization", name), ["Organization"], { name, drafting: JSON.stringify(list) });
  for (const s of gatherStandards(standards)) {
    const sid = node(entityId("Standard", s.key), ["Standard"], {
      name: s.key,
      code: s.code,
      number: s.number,
      title: s.title,
      level: s.level,
      province: s.province,
      editions: JSON.stringify(s.editions),
      mentions: JSON.stringify(s.mentions),
    });
    for (const d of s.drafted_by) {
      const start =
        standards.drafting.find((x) => x.doc === d.doc && x.organization === d.organization && draftingKey(x) === s.key)?.evidence.start ??
        0;
      const oid = node(entityId("Organization", d.organization), ["Organization"], { name: d.organization });
      rel("DRAFTED", oid, sid, { role: d.role, year: d.year, doc: d.doc, start });
    }
    for (const a of s.evaluates) rel("EVALUATED_BY", node(entityId("Award", a), ["Award"], { name: a }), sid);
    for (const p of s.cited_by) rel("CITES", node(entityId("Policy", p), ["Policy"], { name: p }), sid);
  }
}

/** Every name a question may use for something in the graph, longest first. */
export function buildGazetteer(facts: Fact[], aliases: GazetteerEntry[] = []): GazetteerEntry[] {
  const out = new Map<string, GazetteerEntry>();
  const add = (name: string | null | undefined, kind: GazetteerEntry["kind"], canonical = name) => {
    if (!name || !canonical) return;
    const key = `${kind}|${name}|${canonical}`;
    if (!out.has(key)) out.set(key, { name, kind, canonical });
  };
  for (const f of facts) {
    if (f.kind === "award") {
      add(f.recipient, f.recipient_type);
      if (f.affiliation) add(f.affiliation, "organization");
      add(f.award, "award");
      add(f.region, "region");
    } else if (f.kind === "policy") {
      add(f.title, "policy");
      add(f.region, "region");
    } else {
      add(f.metric, "metric", f.metric_key ?? f.metric);
      add(f.region, "region");
      if (f.kind === "target") add(f.policy, "policy");
    }
  }
  for (const a of aliases) add(a.name, a.kind, a.canonical);
  return [...out.values()].sort(compareGazetteer);
}

/** The gazetteer's order: longest name first, then by name and kind. */
export function compareGazetteer(a: GazetteerEntry, b: GazetteerEntry): number {
  return (
    b.name.length - a.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)
  );
}

import type { AskMeta, KeyLookup, NameKey } from "../ask/name-keys.js";
import type {
  AwardFilter,
  AwardTime,
  DocumentSummary,
  DocumentText,
  GraphStats,
  ObservationFilter,
  Page,
  TargetFilter,
} from "../filters.js";
import {
  findPolicy,
  groupPolicies,
  type PolicyListFilter,
  type PolicyListItem,
  type PolicySummary,
  pagePolicyGroups,
} from "../policy-groups.js";
import type { StandardFilter, StandardPage } from "../standards.js";
import type {
  AwardFact,
  GazetteerEntry,
  ObservationFact,
  PolicyFact,
  RegionRecord,
  StandardDrafting,
  StandardEntity,
  TargetFact,
} from "../types.js";

export type {
  AwardFilter,
  AwardTime,
  DocumentSummary,
  DocumentText,
  FactCursor,
  GraphStats,
  ObservationFilter,
  Page,
  TargetFilter,
} from "../filters.js";
export type { PolicyListFilter, PolicyListItem, PolicySummary } from "../policy-groups.js";
export type { StandardFilter, StandardPage } from "../standards.js";

/**
 * Where answers come from. Three implementations: SQL (the embedded default: the same schema and
 * queries over D1 in the worker and SQLite in the CLI, graph/sql/), Neo4j over its HTTP Query API,
 * and a snapshot held in memory (tests and gold-fact oracles). All return facts in the order of `compareFacts` (graph/queries.ts), so that
 * everything built on top (routes, questions, target judging) gives identical answers on either.
 * Region filters list exact names; containment is expanded by the caller (graph/regions.ts).
 */
export interface Backend {
  readonly kind: "sql" | "snapshot" | "neo4j";
  /** With a page: at most `page.limit` facts after `page.after`, in the same order. */
  awards(filter: AwardFilter, page?: Page): Promise<AwardFact[]>;
  policies(page?: Page): Promise<PolicyFact[]>;
  /**
   * Policies grouped by title (graph/policy-groups.ts), in the order of each one's first mention;
   * with a page, at most `page.limit` groups whose first mention follows `page.after`. One query
   * that reads only the page's groups. Optional (policySummariesIn falls back to every fact).
   */
  policySummaries?(filter: PolicyListFilter, page?: Page): Promise<PolicyListItem[]>;
  /** The id and title of each group policySummaries would list (the same page): no mentions read. Optional (policyTitlesIn). */
  policyTitles?(filter: PolicyListFilter, page?: Page): Promise<Array<{ id: string; title: string }>>;
  /** The policy a key (policyKey: an id, a mention's fact id or an NFKC title) names, else null. Optional (policyIn). */
  policy?(key: string): Promise<PolicySummary | null>;
  targets(filter: TargetFilter, page?: Page): Promise<TargetFact[]>;
  observations(filter: ObservationFilter, page?: Page): Promise<ObservationFact[]>;
  documents(ids: string[]): Promise<DocumentSummary[]>;
  /**
   * One document's text and the facts it states, or null when there is no such document. Optional
   * so a backend double written for tests need not have it; the three backends here all do.
   */
  document?(id: string): Promise<DocumentText | null>;
  gazetteer(): Promise<GazetteerEntry[]>;
  /**
   * The gazetteer entries whose surface form is one of `names` (`of: "canonical"`: whose canonical
   * name is), longest first as in gazetteer(): one indexed lookup instead of the whole list.
   * Optional, so a backend written for tests need not have it (namesIn falls back).
   */
  names?(names: string[], of?: "name" | "canonical"): Promise<GazetteerEntry[]>;
  /**
   * The name keys (graph/ask/name-keys.ts) a question's candidates are found under: indexed
   * lookups instead of the whole gazetteer. Optional: without it the keys are derived in memory.
   */
  nameKeys?(lookup: KeyLookup): Promise<NameKey[]>;
  /**
   * Every canonical name of one kind (the programmes list: kind "award"), each once, in JavaScript's
   * string order: an indexed query instead of the whole gazetteer. Optional (canonicalNamesIn falls back).
   */
  canonicalNames?(kind: GazetteerEntry["kind"]): Promise<string[]>;
  /**
   * The awards whose `name` keys among `surfaces` (a question's substrings, graph/ask/name-keys.ts)
   * are the longest found, and all their facts of one year or edition in fact order; null when there are more
   * than `limit`. Read beside a question's name lookup, as the guess of what it asks for (one round
   * trip on D1 instead of two). Optional: without it the facts are asked for after the lookup.
   */
  awardsOfLongestName?(surfaces: string[], when: AwardTime, limit: number): Promise<{ awards: string[]; facts: AwardFact[] } | null>;
  /** The newest year of an award or outcome, and the longest name key, read from indexes. */
  askMeta?(): Promise<AskMeta>;
  /** One document's text (null when the backend holds none): for what facts do not record. */
  documentText?(id: string): Promise<string | null>;
  regions(): Promise<RegionRecord[]>;
  stats(): Promise<GraphStats>;
  /** Standards the texts name (issue 17), in key order; with a page, at most `page.limit` after `page.after`. */
  standards(filter: StandardFilter, page?: StandardPage): Promise<StandardEntity[]>;
  /** The standard a code (any written form, with or without its year) or a title names, else null. */
  standard(codeOrTitle: string): Promise<StandardEntity | null>;
  /** Drafting statements naming an organisation (with or without a named standard), in document order. */
  standardDrafting(filter: StandardFilter): Promise<StandardDrafting[]>;
}

/** The gazetteer entries called (or, with of = "canonical", resolving to) one of `names`. */
export async function namesIn(backend: Backend, names: string[], of: "name" | "canonical" = "name"): Promise<GazetteerEntry[]> {
  if (backend.names) return backend.names(names, of);
  const want = new Set(names);
  return (await backend.gazetteer()).filter((g) => want.has(of === "name" ? g.name : g.canonical));
}

/** Every canonical name of one kind, each once, sorted. */
export async function canonicalNamesIn(backend: Backend, kind: GazetteerEntry["kind"]): Promise<string[]> {
  if (backend.canonicalNames) return backend.canonicalNames(kind);
  return [...new Set((await backend.gazetteer()).filter((g) => g.kind === kind).map((g) => g.canonical))].sort();
}

/** One page of policies grouped by title (every one without a page). */
export async function policySummariesIn(backend: Backend, filter: PolicyListFilter, page?: Page): Promise<PolicyListItem[]> {
  if (backend.policySummaries) return backend.policySummaries(filter, page);
  return pagePolicyGroups(await backend.policies(), await backend.targets({}), filter, page);
}

/** The policy a key names (see policyKey), else null. */
export async function policyIn(backend: Backend, key: string): Promise<PolicySummary | null> {
  if (backend.policy) return backend.policy(key);
  return findPolicy(groupPolicies(await backend.policies()), key);
}

/** The id and title of each policy in one page of the list. */
export async function policyTitlesIn(
  backend: Backend,
  filter: PolicyListFilter,
  page?: Page,
): Promise<Array<{ id: string; title: string }>> {
  if (backend.policyTitles) return backend.policyTitles(filter, page);
  return (await policySummariesIn(backend, filter, page)).map((p) => ({ id: p.id, title: p.title }));
}

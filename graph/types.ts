// The shared model: facts in the gold schema with their evidence, the documents they come from,
// and the property graph derived from them. Pure data types: no Node or Workers APIs here.

/** A verbatim span of a document's cleaned text: `text === doc.text.slice(start, end)`. */
export interface Evidence {
  doc: string;
  start: number;
  end: number;
  text: string;
  /** 1-based page of a PDF source the span starts on; absent for other formats. */
  page?: number;
}

export type FactKind = "award" | "policy" | "target" | "observation";
export type Level = "national" | "provincial" | "municipal" | "district" | "county";
export type RecipientType = "organization" | "person" | "project" | "brand" | "region";
export type Tier = "winner" | "nominee" | "gold" | "silver" | "bronze" | "other";
export type Comparator = ">=" | ">" | "<=" | "<" | "=";

interface FactBase {
  /** Stable id: a hash of the fact's kind, document and strict key. */
  id: string;
  /** The source document's file name (its id in the graph). */
  doc: string;
  kind: FactKind;
  /** First span is the primary evidence; more spans when a fact is stated twice (body + list). */
  evidence: Evidence[];
}

export interface AwardFact extends FactBase {
  kind: "award";
  recipient: string;
  recipient_type: RecipientType;
  affiliation: string | null;
  /** Role of a person at the affiliation (董事长, 总工程师), not part of the gold schema. */
  role?: string | null;
  award: string;
  level: Level;
  region: string;
  year: number | null;
  year_label?: string | null;
  edition: number | null;
  tier: Tier;
  category: string | null;
  status?: "proposed";
  /** Where the recipient is (from its name or the document's subject region), for "株洲有哪些企业…". */
  recipient_region?: string | null;
  /**
   * The total the granting clause or list header states ("等43个组织" → {count: 43, of: "组织"};
   * "(17家)" → {count: 17, of: "家"}), shared by every fact of that grant; the named recipients may
   * be fewer. Null when the text states none.
   */
  stated_total?: { count: number; of: string | null } | null;
}

export interface PolicyFact extends FactBase {
  kind: "policy";
  title: string;
  region: string | null;
  year: number | null;
  /** Award programmes this policy governs (canonical award names). */
  programmes?: string[];
}

export interface TargetFact extends FactBase {
  kind: "target";
  policy: string | null;
  region: string | null;
  metric: string;
  /** Canonical metric key from the alias table (graph/metrics). */
  metric_key?: string;
  comparator: Comparator;
  value: number;
  /** The upper end of a range goal ("1—2个": value 1, comparator >=, value_max 2); else absent or null. */
  value_max?: number | null;
  unit: string | null;
  deadline_year: number | null;
  /** For a goal counting standards ("新增国际、国家标准100项以上"): as on observations. */
  standard_levels?: StandardLevel[];
  standard_role?: DraftingRole | null;
}

export interface ObservationFact extends FactBase {
  kind: "observation";
  region: string | null;
  metric: string;
  metric_key?: string;
  value: number;
  unit: string | null;
  year: number | null;
  /**
   * For a count of standards ("国家标准40项"): the levels it counts and the drafting role the text
   * states, so counts can be summed and compared by level; absent on other observations. Flat
   * fields (a list of strings, a string), so Neo4j stores them as properties.
   */
  standard_levels?: StandardLevel[];
  standard_role?: DraftingRole | null;
}

export type Fact = AwardFact | PolicyFact | TargetFact | ObservationFact;

/** A document as ingested: cleaned text (offsets point into it) plus what the header told us. */
export interface DocumentRecord {
  /** Path relative to the folder ingested (`a01.txt`, `2021/a01.txt`), or the base name of a file given directly; unique within a graph. */
  id: string;
  path: string;
  title: string | null;
  date: string | null;
  /** The document's own region (issuer or subject), resolved during extraction. */
  region: string | null;
  /** sha256 of the original bytes. */
  hash: string;
  encoding: string;
  text: string;
  /** For a PDF: the offset in `text` where each page starts (page n at pages[n-1]). */
  pages?: number[];
}

export interface Warning {
  doc: string;
  code: string;
  message: string;
  evidence?: Evidence;
}

export interface GraphNode {
  id: string;
  labels: string[];
  props: Record<string, string | number | boolean | null | string[]>;
}

export interface GraphRelationship {
  id: string;
  type: string;
  start: string;
  end: string;
  props: Record<string, string | number | boolean | null>;
}

/** An entity name the question parser can match, with what it refers to. */
export interface GazetteerEntry {
  /** The surface form (full name, short name, alias, region, award name). */
  name: string;
  kind: "organization" | "person" | "project" | "brand" | "region" | "award" | "policy" | "metric";
  /** Canonical name the surface form resolves to. */
  canonical: string;
}

export type RegionLevel = "country" | "province" | "city" | "district" | "county";

/** An administrative region the graph mentions, with its parent, so containment can be checked. */
export interface RegionRecord {
  name: string;
  level: RegionLevel;
  parent: string | null;
  /** The name without its suffix (常州 for 常州市), as people write it. */
  short: string;
}

export interface Snapshot {
  format: "qkg-snapshot";
  version: 1;
  documents: DocumentRecord[];
  facts: Fact[];
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  gazetteer: GazetteerEntry[];
  regions: RegionRecord[];
  warnings: Warning[];
  /** Standards named and drafting statements (issue 17); absent in snapshots written before them. */
  standards?: DocumentStandards;
}

/** A standard's level, from its code (GB/T → national, DB32/T → local) or the words around it. */
export type StandardLevel = "international" | "national" | "industry" | "local" | "group" | "enterprise";

/**
 * A standard a text names by code or by title ("GB/T 19580-2012", "《卓越绩效评价准则》"). Kept apart
 * from `Fact`: standards are not gold-schema facts, so the facts output and its scorers ignore them.
 */
export interface StandardRef {
  doc: string;
  /** Canonical code: upper-case prefix, one space before the number, "-" before the year ("GB/T 19580-2012"). */
  code: string | null;
  /** The code without its year ("GB/T 19580"): editions of one standard share it. */
  number: string | null;
  /** Year of the edition the code names (2012 for GB/T 19580-2012; -94 → 1994). */
  edition_year: number | null;
  /** Title without 《》, Simplified. */
  title: string | null;
  /** Null when neither the code nor the text says (a warning names the span). */
  level: StandardLevel | null;
  /** Province of a local standard, from its code (DB32 → 江苏省) or the text (江苏省地方标准). */
  province?: string | null;
  /** The sentence cites it as the basis of an evaluation ("依照《…准则》进行评审"): the award review's standard. */
  evaluation_basis?: boolean;
  /** Awards reviewed against it, for an evaluation basis: the programmes of the policies cited with it, else the document's one award. */
  evaluates?: string[];
  /** Policies whose own text cites it (the document is that policy). */
  cited_by?: string[];
  evidence: Evidence;
}

/** Who drafted: 主导/牵头/主持 → led; 参与/参加 → participated; "主导和参与" → led_or_participated. */
export type DraftingRole = "led" | "participated" | "led_or_participated";

/**
 * A statement that standards were drafted, issued or are to be drafted: one named standard
 * ("某公司主导制定GB/T …") or a count by level ("主导制定国家标准3项", "国际、国家标准分别为5项、40项").
 * Counts without names stay counts here, the levels in a structured field so they can be summed.
 */
export interface StandardDrafting {
  doc: string;
  /** The organisation the text names as drafter; null when it names none (全市, 企业) or only refers back (该公司). */
  organization: string | null;
  /** Null when the text counts standards made or issued without saying who led (制定国际标准7项, 发布地方标准192项). */
  role: DraftingRole | null;
  /** The named standard, when the statement names one. */
  standard: { code: string | null; title: string | null } | null;
  /** Levels the statement covers: one for "国家标准40项", several for a shared count ("国际、国家和行业标准100项"). */
  levels: StandardLevel[];
  count: number | null;
  /** ">=" for "100项以上", "=" otherwise; null without a count. */
  comparator: ">=" | ">" | "=" | null;
  /** Province or region a local standard belongs to, when the text says (省地方标准 → the document's province is left to the caller). */
  region?: string | null;
  /** Year stated in the sentence, else the year a review document reports on; null otherwise. */
  year: number | null;
  evidence: Evidence;
}

/** What one document says about standards: the references it names and its drafting statements. */
export interface DocumentStandards {
  refs: StandardRef[];
  drafting: StandardDrafting[];
}

/**
 * A standard as the graph holds it, gathered over every document that names it: keyed by its
 * code without year (`number`) when it has a code, else by its title.
 */
export interface StandardEntity {
  /** `number` when there is a code, else the title. */
  key: string;
  /** The latest edition's code ("GB/T 19580-2012"), else the number, else null. */
  code: string | null;
  number: string | null;
  title: string | null;
  level: StandardLevel | null;
  province: string | null;
  /** Edition years the texts cite, ascending. */
  editions: number[];
  /** Organisations the texts name as drafting it. */
  drafted_by: Array<{ organization: string; role: DraftingRole | null; year: number | null; doc: string }>;
  /** Awards whose review the texts say is made against it (from the programmes of the citing document's policies). */
  evaluates: string[];
  /** Policies whose text cites it. */
  cited_by: string[];
  /** Every reference, in document order. */
  mentions: StandardRef[];
}

// The typed query a question is parsed into: what is asked (intent) and the slots that narrow it.
import type { Level, RecipientType, Tier } from "../types.js";

/** What form the answer takes: names, a number, yes/no, a year, a value. */
export type AskForm = "list" | "count" | "bool" | "year" | "edition" | "value";

export type Intent =
  | "award_recipients" // 2019年哪些企业获得了宜昌市市长质量奖?
  | "award_count" // 宜昌有几家企业获得过湖北省省长质量奖?
  | "award_year" // 第三届甘肃省省长质量奖是哪年公布的?
  | "award_intersection" // 哪些企业既得过中国质量奖又得过甘肃省省长质量奖?
  | "entity_awards" // 江苏青禾电缆集团有限公司获得过哪些奖?
  | "entity_has_award" // 明远车灯获得过市长质量奖吗?
  | "entity_award_count" // 青禾电缆获得过几次中国质量奖提名奖?
  | "entity_award_year" // 湖北远航精工有限公司哪年获得湖北省省长质量奖?
  | "entity_affiliation" // 王明远是哪家公司的?
  | "observation_value" // 2019年宜昌市食品抽检合格率是多少?
  | "observation_check" // 2019年宜昌市食品抽检合格率超过97%了吗?
  | "policies_list" // 宜昌出台了哪些质量政策?
  | "policy_year" // 《质量强国建设纲要》是哪一年印发的?
  | "policies_with_target" // 哪些文件对食品抽检合格率定了目标?
  | "policy_targets" // 《…决定》设定了哪些合格率目标?
  | "target_value" // 《…意见》提出到2025年品牌企业数达到多少家?
  | "target_met" // 宜昌2019年的食品抽检合格率达到《…》定的98%了吗?
  | "compare" // 甲省和乙省的产品质量合格率哪个高? / A奖累计获奖组织数比B奖多吗?
  | "difference" // 2011年的合格率和纲要的目标差多少个百分点?
  | "awards_list" // 2019年有哪些城市公布了市长质量奖名单?
  | "award_ranking" // 获奖次数最多的企业是哪家? / 哪个城市的获奖企业最多?
  | "ambiguous" // two or more things match a name
  | "unknown"; // nothing in the question the graph can answer

/** An award the question names, with what it says about tier, year and edition right beside it. */
export interface AwardSlot {
  surface: string;
  /** Canonical award names the surface may mean (省长质量奖: every province's). */
  awards: string[];
  /** Tiers asked for; null means the default (nominations left out unless the question asks). */
  tiers: Tier[] | null;
  year: number | null;
  edition: number | null;
}

export interface EntitySlot {
  surface: string;
  kind: RecipientType;
  /** Canonical names; two or more when a short name fits several. */
  names: string[];
}

export interface ParsedQuestion {
  /** The question after normalisation (NFKC, Simplified). */
  text: string;
  /** The form names are matched in (no quotes or spaces). */
  key: string;
  intent: Intent;
  form: AskForm;
  entities: EntitySlot[];
  awards: AwardSlot[];
  /** The question restricts awards to 质量奖 (哪些质量奖). */
  qualityAwardsOnly: boolean;
  /** Tiers asked for across the question (提名奖 with no award named). */
  tiers: Tier[] | null;
  /** Regions named outside other names (株洲 in 株洲有哪些企业…), canonical. */
  regions: string[];
  recipientTypes: RecipientType[] | null;
  /** The level of award asked for (国家级荣誉, 省级奖项), when no award is named. */
  level: Level | null;
  year: number | null;
  yearFrom: number | null;
  yearTo: number | null;
  edition: number | null;
  /** Several editions asked together (第七届和第八届…一共): counted one by one and added up. */
  editions: number[];
  /** The earlier figure of a "从N家增加到多少" question: the answer is the later total, not N. */
  fromValue: number | null;
  timeNotes: string[];
  policies: string[];
  /**
   * Policies named by kind and a few words, not by title (某省纲要, 某省的实施意见):
   * resolved against the graph's policies before execution.
   */
  policyRefs: Array<{ word: string; words: string }>;
  /** The kind of policy the question asks for (为贯彻哪个纲要, 依据什么办法). */
  askedPolicyType: string | null;
  /** Numbers the question states (the 95 of 95%目标). */
  numbers: number[];
  /** 合计/一共/总共 across several regions. */
  sum: boolean;
  /** What the question says about a metric or target (合格率 in 哪些合格率目标). */
  metricHint: string | null;
  /** The question with the names removed: what is left for metric matching and question words. */
  rest: string;
  /** The question is about an organisation's people (青禾电缆的董事长获得过什么奖?), not the organisation. */
  affiliates: boolean;
  /** The question asks where the award's individual winners work (…的个人是哪家企业的?), not who they are. */
  personAffiliation?: boolean;
  /** The question asks who an organisation's people are (X公司董事长是谁?), not what they won. */
  asksPeople?: boolean;
  /** A name the question asks about that the graph does not know (华为 in 华为获得过哪些奖?). */
  unknownName: string | null;
  /** The unknown name is an award's (a word ending in 奖 the graph has no facts for). */
  unknownAward?: boolean;
  /**
   * What the question says about a grant's status: it asks about candidates (拟获奖, 初选, 公示),
   * insists on a formal grant (已经正式获得), or says nothing (null).
   */
  status: "proposed" | "formal" | null;
  /** A short name that fits several organisations used as a filter (某集团在某地的哪些公司获得过…). */
  recipientNames?: string[];
  /** Names the question uses that the lexicon did not know: looked up as fragments and abbreviations. */
  nameLookups?: string[];
  /** A part of a list named by its heading (的首次申报获奖企业 → 首次申报), checked against the documents. */
  subList?: string | null;
  /** Names that fit two or more things. */
  ambiguous: EntitySlot[];
}

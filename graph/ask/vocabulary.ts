// The award words questions use, as data, in one place: tiers and grades, sub-awards, categories,
// status words and the generic endings that name a kind of award rather than one award.
// The words extraction reads awards with (tiers, 品質) come from graph/award-vocabulary.ts; this
// module adds only what questions say about them (含提名奖, 正式奖, 个人获得者 …), and nothing
// else in graph/ask lists award words.
import { TIER_WORDS as AWARD_TIER_WORDS, TRADITIONAL_QUALITY_WORD } from "../award-vocabulary.js";
import type { RecipientType, Tier } from "../types.js";

/** Every tier, and the tiers a question means when it says nothing (nominations are a different honour). */
export const ALL_TIERS: Tier[] = ["winner", "nominee", "gold", "silver", "bronze", "other"];
export const DEFAULT_TIERS: Tier[] = ["winner", "gold", "silver", "bronze", "other"];
/** The award itself and its grades: what 正式奖 / 不含提名奖 asks for. */
export const FORMAL_TIERS: Tier[] = ["winner", "gold", "silver", "bronze"];

/** Grades written in place of 奖 (某市质量金奖) or after it (经济类银奖). */
const GRADE_TIERS: Tier[] = ["gold", "silver", "bronze"];
export const GRADES: Array<[string, Tier]> = AWARD_TIER_WORDS.filter(([, tier]) => GRADE_TIERS.includes(tier)).map(([w, t]) => [w, t]);

/** How answers write a tier after the award's name (某省质量奖提名奖): the first tier word of each. */
export const TIER_SUFFIX: Partial<Record<Tier, string>> = Object.fromEntries(
  (["nominee", ...GRADE_TIERS] as Tier[]).map((tier) => [tier, AWARD_TIER_WORDS.find(([, t]) => t === tier)![0]]),
);

/** Tier words people write in questions, and what they say about the tier. */
export const TIER_WORDS = {
  /** 含提名奖 / 包括提名 / 或提名奖: winners and nominees together. */
  inclusive: /(含|包括|包含|以及|及|和|或)提名/,
  /** 正式奖 / 不含提名奖: the award itself, no nominations. */
  formal: /正式奖|不是提名|不含提名|不包括提名|非提名/,
  nominee: /提名/,
};

/**
 * Other names of the same award word: 品質獎 (Traditional usage in some regions) is 质量奖.
 * Applied to the question text before names are matched.
 */
export const AWARD_SYNONYMS: Array<[RegExp, string]> = [[new RegExp(`${TRADITIONAL_QUALITY_WORD}奖`, "g"), "质量奖"]];

/**
 * Endings that name a kind of award, not one award (质量奖, 提名奖, 市长质量奖 …): more of the
 * name is needed to know which. Tails of them (府质量奖 in 某府质量奖) are generic as well.
 */
export const GENERIC_AWARD =
  /^((人民)?政?府|[省市区县]?长|主任)?质量(管理)?奖$|^(提名奖|大奖|金奖|银奖|铜奖|[一二三特]等奖|优秀奖|鼓励奖|入围奖|管理奖|贡献奖|创新奖|优胜奖|质量金奖|荣誉奖|成就奖|个人奖|组织奖)$/;

/** Words for a separately named award of the same issuer (质量管理创新奖, 质量管理优胜奖, 质量贡献奖). */
export const SUB_AWARD_WORD = /(创新奖|优胜奖|贡献奖|入围奖|鼓励奖)/g;

/**
 * Status words. A 公示 or 初选 list names candidates, not winners: a yes/no question about winning
 * is answered from formal grants only, unless the question itself asks about candidates.
 */
export const STATUS_WORDS = {
  /** The question asks about candidates (拟获奖, 初选, 公示, 候选, 拟授奖). */
  proposed: /拟(获|授|表彰|奖)|初选|公示|候选|上榜/,
  /** The question insists on a formal grant (已经正式获得, 正式授奖). */
  formal: /正式/,
};

/** Category words and the recipient kind they select (个人奖 → persons, 组织奖 → organisations). */
export const CATEGORY_WORDS: Array<[RegExp, RecipientType]> = [
  [/个人奖|个人获得者|获奖个人|个人获奖者/, "person"],
  [/组织奖|获奖组织/, "organization"],
];

/** The level of the issuing government a head character gives (市政府质量奖: a city's). */
export const LEVEL_HEAD: Record<string, "province" | "city" | "district" | "county"> = {
  省: "province",
  市: "city",
  区: "district",
  县: "county",
};

// The words award notices are built from, as data: the grammar in ingest/extract/awards reads
// award names, tiers, categories, recipients' legal endings and a notice's status with these lists,
// and question answering can read the same lists to understand a question ("谁获得了提名奖").
// Pure data and tiny helpers only: no Node or Workers APIs, nothing from src/ or ingest/.
import type { Tier } from "./types.js";

/**
 * The tier a word after an award name gives ("某市市长质量奖提名奖" → nominee). 正奖 is the main award
 * beside its 提名奖; 入围奖/鼓励奖/优秀奖 are lesser recognitions (tier other). Longest first.
 */
export const TIER_WORDS: ReadonlyArray<readonly [string, Tier]> = [
  ["提名奖", "nominee"],
  ["提名", "nominee"],
  ["金奖", "gold"],
  ["银奖", "silver"],
  ["铜奖", "bronze"],
  ["鼓励奖", "other"],
  ["入围奖", "other"],
  ["优秀奖", "other"],
  ["正奖", "winner"],
  ["大奖", "winner"],
];

const TIER_BY_WORD = new Map<string, Tier>(TIER_WORDS);

/** The tier a tier word stands for, or null when the word is none ("银奖" → silver). */
export function tierOfWord(word: string | null | undefined): Tier | null {
  return (word && TIER_BY_WORD.get(word)) || null;
}

/** Tier words as a regex alternation, longest first. */
export const TIER_ALTERNATION = TIER_WORDS.map(([w]) => w)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Tier words that stand alone (a table cell, a sub-header, "和提名奖"): the ones ending in 奖. */
export const STANDALONE_TIERS: Readonly<Record<string, Tier>> = Object.fromEntries(TIER_WORDS.filter(([w]) => w.endsWith("奖")));
export const STANDALONE_TIER_ALTERNATION = Object.keys(STANDALONE_TIERS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Labels a notice gives a section of recipients ("组织类", "(个人)"); 经济类-style labels are read by pattern. */
export const CATEGORY_WORDS = ["组织", "个人", "企业", "单位", "团体"] as const;
export const CATEGORY_ALTERNATION = CATEGORY_WORDS.join("|");

/**
 * What a government quality programme's name ends with after its office or region: the award word
 * proper. A separately named award of the same issuer (质量管理创新奖 beside 质量奖) is its own
 * award, so every variant is part of the name, longest first.
 */
export const QUALITY_AWARD_KINDS = [
  "质量管理创新奖",
  "质量管理优胜奖",
  "质量管理优秀奖",
  "质量管理奖",
  "质量贡献奖",
  "质量创新奖",
  "质量奖",
] as const;

/**
 * A separately named award a programme gives beside its main award, written right after the
 * programme's name ("某全国奖卓越项目奖" for projects). Like 质量管理创新奖 beside 质量奖 it is its own
 * award (README: "a separately named award of the same issuer is its own award"), not a tier, so
 * its words stay in the name: [2-4 qualifying characters] + 项目奖. Tier words are never sub-awards.
 */
export const SUB_AWARD_PATTERN = "[\\u4e00-\\u9fff]{2,4}项目奖";

/**
 * Traditional-character notices from some regions write 品質 for 质量 (品質獎 = 质量奖); simplified it
 * reads 品质. Award names are given in the mainland form.
 */
export const TRADITIONAL_QUALITY_WORD = "品质";

/**
 * Offices a government quality award is named after (省长质量奖, 区长质量管理奖, 人民政府质量奖) and
 * the region levels each can belong to (a province-level city's 市长 is provincial).
 */
export const AWARD_OFFICES: Readonly<Record<string, readonly string[]>> = {
  省长: ["province"],
  主席: ["province"],
  市长: ["city", "province", "county"],
  州长: ["city"],
  盟长: ["city"],
  区长: ["district"],
  县长: ["county"],
  旗长: ["county"],
  人民政府: ["province", "city", "district", "county"],
  政府: ["province", "city", "district", "county"],
};

/** Endings of organisation names, longest first: a name ending in one is a full name. */
export const ORG_LEGAL_ENDINGS = [
  "股份有限公司",
  "有限责任公司",
  "有限公司",
  "集团公司",
  "股份公司",
  "分公司",
  "公司",
  "集团",
  "研究院",
  "研究所",
  "设计院",
  "科学院",
  "研究中心",
  "检测中心",
  "中心",
  "医院",
  "卫生院",
  "保健院",
  "学校",
  "大学",
  "学院",
  "中学",
  "小学",
  "幼儿园",
  "银行",
  "分行",
  "支行",
  "合作社",
  "协会",
  "学会",
  "商会",
  "联合会",
  "委员会",
  "事务所",
  "管理局",
  "监督局",
  "服务局",
  "局",
  "博物馆",
  "工厂",
  "厂",
  "站",
  "馆",
  "院",
  "所",
  "社",
  "酒店",
  "宾馆",
  "商场",
  "超市",
] as const;

/** Endings that close an organisation name even in running prose (no walking past them). */
export const STRONG_ORG_ENDINGS = [
  "股份有限公司",
  "有限责任公司",
  "有限公司",
  "集团公司",
  "集团股份有限公司",
  "集团有限公司",
  "研究院",
  "研究所",
  "医院",
] as const;

/**
 * Words that make a notice a list of candidates rather than a decision: a 公示, 拟授予, 初选,
 * 候选, 建议名单. Facts from such a notice carry status "proposed".
 */
export const PROPOSED_STATUS_WORDS = ["公示", "拟", "初选", "候选", "建议名单", "评审结果"] as const;

/** Words that introduce the recipients of an award named just before them ("获奖单位包括：", "分别是："). */
export const LIST_INTRODUCERS = ["分别是", "分别为", "依次是", "依次为", "包括", "名单如下", "如下", "是", "为", "有"] as const;

/** Counted nouns for recipients ("5家企业", "2名个人") and whether they count persons. */
export const RECIPIENT_COUNT_NOUNS: Readonly<Record<string, "organization" | "person">> = {
  企业: "organization",
  单位: "organization",
  组织: "organization",
  机构: "organization",
  公司: "organization",
  个人: "person",
  同志: "person",
  人: "person",
};
/** Measure words of those counts: 家/个 count organisations, 名/位 persons. */
export const COUNT_MEASURES: Readonly<Record<string, "organization" | "person">> = {
  家: "organization",
  个: "organization",
  名: "person",
  位: "person",
};

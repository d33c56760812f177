// The interpretation: the parsed query as slots and as one Chinese sentence saying how the
// question was understood, so a reader can tell a wrong reading from a wrong answer.
import type { RecipientType, Tier } from "../types.js";
import type { ParsedQuestion } from "./query.js";
import type { Interpretation } from "./types.js";
import { DEFAULT_TIERS } from "./vocabulary.js";

const TYPE_WORD: Record<RecipientType, string> = {
  organization: "组织（企业、单位）",
  person: "个人",
  project: "工程项目",
  brand: "品牌",
  region: "地区",
};
const TIER_WORD: Record<Tier, string> = {
  winner: "获奖",
  nominee: "提名奖",
  gold: "金奖",
  silver: "银奖",
  bronze: "铜奖",
  other: "其他荣誉",
};

function tiersText(t: Tier[] | null, fallback = "不含提名奖"): string {
  if (!t) return fallback;
  if (t.length === 1) return t[0] === "winner" ? "正式奖" : `仅${TIER_WORD[t[0]]}`;
  if (t.length === DEFAULT_TIERS.length && !t.includes("nominee")) return "不含提名奖";
  if (!t.includes("nominee") && !t.includes("other")) return "正式奖，不含提名奖";
  if (t.includes("nominee") && t.includes("winner")) return "含提名奖";
  return `仅${t.map((x) => TIER_WORD[x]).join("、")}`;
}

export function slotsOf(q: ParsedQuestion): Interpretation["slots"] {
  const slots: Interpretation["slots"] = {};
  if (q.entities.length) slots.entity = q.entities.flatMap((e) => e.names);
  if (q.ambiguous.length) slots.candidates = q.ambiguous.flatMap((e) => e.names);
  if (q.awards.length) slots.award = [...new Set(q.awards.flatMap((a) => a.awards))];
  if (q.awards.some((a) => a.tiers) || q.tiers) slots.tier = [...new Set([...(q.tiers ?? []), ...q.awards.flatMap((a) => a.tiers ?? [])])];
  if (q.qualityAwardsOnly) slots.award_kind = "质量奖";
  if (q.regions.length) slots.region = q.regions;
  if (q.recipientTypes) slots.recipient_type = q.recipientTypes;
  if (q.level) slots.level = q.level;
  if (q.year != null) slots.year = q.year;
  if (q.yearFrom != null) slots.year_from = q.yearFrom;
  if (q.yearTo != null) slots.year_to = q.yearTo;
  if (q.edition != null) slots.edition = q.edition;
  if (q.policies.length) slots.policy = q.policies;
  if (q.metricHint) slots.metric = q.metricHint;
  if (q.sum) slots.sum = true;
  if (q.status) slots.status = q.status;
  if (q.editions.length > 1) slots.editions = q.editions.map(String);
  slots.answer_form = q.form;
  return slots;
}

function when(q: ParsedQuestion): string {
  const parts: string[] = [];
  if (q.year != null) parts.push(`${q.year}年`);
  if (q.editions.length > 1) parts.push(`第${q.editions.join("、")}届`);
  else if (q.edition != null) parts.push(`第${q.edition}届`);
  if (q.yearFrom != null && q.yearTo != null) parts.push(`${q.yearFrom}—${q.yearTo}年`);
  else if (q.yearFrom != null) parts.push(`${q.yearFrom}年及以后`);
  else if (q.yearTo != null) parts.push(`截至${q.yearTo}年`);
  return parts.join("、");
}

function awardsText(q: ParsedQuestion, fallback = "不含提名奖"): string {
  // A name written without its region (市长质量奖) is shown as written, with what it was read as.
  const names = q.awards.map((a) => {
    const exact = a.awards.length === 1 && a.awards[0].replace(/[“”"]/g, "") === a.surface;
    const named = exact
      ? a.awards[0]
      : a.awards.length
        ? `${a.surface}（即${a.awards.join("或")}）`
        : `${a.surface}（图中没有其获奖名单，只查原文给出的数字）`;
    return `${named}（${tiersText(a.tiers ?? q.tiers, fallback)}）`;
  });
  if (q.qualityAwardsOnly && !names.length) names.push(`各类质量奖（${tiersText(q.tiers, fallback)}）`);
  const LEVEL_WORD = { national: "国家级", provincial: "省级", municipal: "市级", district: "区级", county: "县级" } as const;
  if (!names.length) return `${q.level ? LEVEL_WORD[q.level] : "任何"}奖项（${tiersText(q.tiers, fallback)}）`;
  return names.join(q.intent === "award_intersection" ? "，且" : "或");
}

const STATUS_WORD = { proposed: "（只看拟授奖、初选或公示名单中的候选对象）", formal: "（只看正式授奖，不含拟授奖或初选名单）" } as const;

export function describe(q: ParsedQuestion): string {
  const text = describeIntent(q);
  return q.status && /^award_|^entity_has/.test(q.intent) ? text.replace(/。$/, `${STATUS_WORD[q.status]}。`) : text;
}

function describeIntent(q: ParsedQuestion): string {
  const who = q.recipientTypes ? q.recipientTypes.map((t) => TYPE_WORD[t]).join("和") : "获奖对象（不限组织或个人）";
  const where = q.regions.length ? `${q.regions.join("、")}的` : "";
  const t = when(q);
  const tm = t ? `${t}` : "";
  const entity =
    (q.entities.map((e) => e.names.join("/")).join("、") || (q.intent === "entity_awards" ? q.regions.join("、") : "")) +
    (q.affiliates ? "的人员（个人获奖者）" : "");
  switch (q.intent) {
    case "award_recipients":
      if (q.personAffiliation) return `查找${tm}获得${awardsText(q)}的${where}个人获奖者所在的单位。`;
      return `查找${tm}获得${awardsText(q)}的${where}${who}${q.recipientNames ? `（限于名称含“${q.ambiguous.map((a) => a.surface).join("、")}”的：${q.recipientNames.join("、")}）` : ""}${q.form === "bool" ? "，回答是否存在" : "名单"}。`;
    case "award_intersection":
      return `查找同时获得${awardsText(q)}的${where}${who}${tm ? `（时间限定：${tm}）` : ""}。`;
    case "award_count":
      return `统计${tm}获得${awardsText(q)}的${where}${who}数量${q.sum ? "（各地区合计）" : ""}；原文给出总数时以原文为准，否则按名单计数。`;
    case "award_year":
      return `查找${tm}${awardsText(q)}的${q.form === "edition" ? "届次" : "年份"}；原文没有写明时不作推断。`;
    case "entity_awards":
      if (q.asksPeople)
        return `列出${entity}名单（按图中记录的所在单位${/董事长|总经理|总裁|总工程师|首席质量官|书记|厂长|院长/.test(q.rest) ? "，职务以原文证据为准" : ""}）。`;
      return `列出${entity}${tm}获得的${q.awards.length || q.qualityAwardsOnly || q.level ? awardsText(q, "含提名奖") : "全部奖项和荣誉"}（提名奖写作“…提名奖”）。`;
    case "entity_has_award":
      return `判断${entity}是否${tm}获得过${awardsText(q)}。`;
    case "entity_award_count":
      return `统计${entity}${tm}获得${awardsText(q)}的次数（同一奖项同一年或同一届计一次）。`;
    case "entity_award_year":
      return `查找${entity}获得${awardsText(q)}的${q.form === "edition" ? "届次" : "年份"}。`;
    case "entity_affiliation":
      return `查找${entity}所在的单位。`;
    case "observation_value":
      return `查找${where}${tm}相应统计指标的数值。`;
    case "observation_check":
      return `查找${where}${tm}相应统计指标的数值，并与问题中的数字比较。`;
    case "policies_list":
      return `列出图中${q.regions.join("、")}${tm}的政策文件。`;
    case "policy_year":
      return `查找${q.policies.join("、")}的印发年份；原文没有写明时不作推断。`;
    case "policies_with_target":
      return `查找设定了“${q.metricHint ?? "相应指标"}”目标的政策文件，并对照实际值。`;
    case "policy_targets":
      return `列出${q.policies.join("、") || `${q.regions.join("、")}的政策`}设定的${q.metricHint ? `“${q.metricHint}”类` : ""}目标${tm ? `（期限${tm}）` : ""}。`;
    case "target_value":
      return `查找${q.policies.join("、") || "政策"}${tm ? `到${tm}` : ""}设定的相应目标值。`;
    case "target_met":
      return `对照${q.policies.join("、") || "政策"}的目标与${q.regions.join("、")}${tm}的实际值，判断是否达到。`;
    case "compare":
      return q.awards.length >= 2
        ? `分别统计${q.awards.map((a) => a.surface).join("与")}的${who}数量（原文给出总数时以原文为准），再比较大小。`
        : `分别查找${[...q.policies, ...q.regions].join("、")}${tm}的${/目标/.test(q.rest) ? "相应目标值" : "相应统计数值"}，比较后回答${q.form === "bool" ? "是否成立" : "哪一方"}。`;
    case "difference":
      return `分别查找问题中的两个数字（目标或实际值），回答两者之差。`;
    case "award_ranking":
      return /(城市|地市|哪个市|哪些市|省份|哪个省|区县|哪个区|哪个县)/.test(q.rest)
        ? `按所在地区统计${tm}获得${awardsText(q)}的${where}获奖对象数量，回答${/最少/.test(q.rest) ? "最少" : "最多"}的地区（并列时都列出）。`
        : `按获奖对象统计${tm}获得${awardsText(q)}的次数（同一奖项同一年或同一届计一次），回答${/最少/.test(q.rest) ? "最少" : "最多"}的对象（并列时都列出）。`;
    case "awards_list":
      return `列出${tm}${q.status === "proposed" ? "只有拟授奖/初选/公示名单（尚未正式授奖）的" : "有获奖记录的"}${awardsText(q)}的奖项名称。`;
    case "ambiguous":
      return `问题中的“${q.ambiguous.map((a) => a.surface).join("、")}”可指多个对象：${q.ambiguous.flatMap((a) => a.names).join("、")}；请写出全称。`;
    default:
      if (q.unknownName) return `图中没有名为“${q.unknownName}”的对象或奖项，无法回答，也不作推测。`;
      return "没有在问题中识别出图中已有的获奖对象、奖项、政策或统计指标，无法从图中回答。";
  }
}

// Every word the interface shows (the widget, the demo pages, the views), in Chinese (default) and
// English: one table, split into groups so the widget bundle carries only the groups it uses. Plain strings:
// views put them into the page as text, never as markup.

export type Lang = "zh" | "en";

export interface Messages {
  label: string;
  placeholder: string;
  submit: string;
  examples: string;
  followUps: string;
  didYouMean: string;
  understoodAs: string;
  loading: string;
  emptyQuestion: string;
  noAnswer: string;
  yes: string;
  no: string;
  count: (n: number) => string;
  found: (n: number, names: string[]) => string;
  showAll: (n: number) => string;
  source: string;
  retry: string;
  code: string;
  offline: (endpoint: string) => string;
  timeout: string;
  tooLong: string;
  unavailable: string;
  badResponse: string;
  failed: string;
  answerLabel: string;
  tiers: Record<string, string>;
}

const zh: Messages = {
  label: "向质量政策知识图谱提问",
  placeholder: "例如：2021年哪些企业获得了市长质量奖？",
  submit: "提问",
  examples: "可以这样问",
  followUps: "接着问",
  didYouMean: "你可能想问",
  understoodAs: "理解为：",
  loading: "正在查找答案…",
  emptyQuestion: "请先输入一个问题。",
  noAnswer: "图谱里没有找到这个问题的答案。换个问法，或者试试下面的问题。",
  yes: "是",
  no: "否",
  count: (n) => `共 ${n} 个`,
  found: (n, names) => `找到 ${n} 个答案：${names.join("、")}${n > names.length ? " 等" : ""}`,
  showAll: (n) => `显示全部 ${n} 项`,
  source: "出处",
  retry: "重试",
  code: "错误代码：",
  offline: (endpoint) => `连接不上问答服务（${endpoint}）。请检查网络，稍后再试。`,
  timeout: "问答服务太久没有回应，请稍后再试。",
  tooLong: "问题太长了，请精简后再问。",
  unavailable: "问答服务暂时不可用，请稍后再试。",
  badResponse: "问答服务返回了看不懂的内容，请稍后再试。",
  failed: "这个问题没能处理，请换个问法试试。",
  answerLabel: "答案",
  tiers: { winner: "获奖", nominee: "提名奖", gold: "金奖", silver: "银奖", bronze: "铜奖", other: "其他荣誉" },
};

const en: Messages = {
  label: "Ask the quality-policy knowledge graph",
  placeholder: "e.g. Which companies won the mayor's quality award in 2021?",
  submit: "Ask",
  examples: "Try asking",
  followUps: "Ask next",
  didYouMean: "Did you mean",
  understoodAs: "Understood as: ",
  loading: "Looking for the answer…",
  emptyQuestion: "Please type a question first.",
  noAnswer: "The graph has no answer to this question. Try other words, or one of the questions below.",
  yes: "Yes",
  no: "No",
  count: (n) => `${n} in total`,
  found: (n, names) => `${n} answer${n === 1 ? "" : "s"}: ${names.join(", ")}${n > names.length ? ", …" : ""}`,
  showAll: (n) => `Show all ${n}`,
  source: "Source",
  retry: "Try again",
  code: "Error code: ",
  offline: (endpoint) => `Could not reach the question service (${endpoint}). Check your connection and try again.`,
  timeout: "The question service took too long to answer. Please try again later.",
  tooLong: "That question is too long. Please shorten it.",
  unavailable: "The question service is unavailable right now. Please try again later.",
  badResponse: "The question service sent something unexpected. Please try again later.",
  failed: "This question could not be handled. Try asking it another way.",
  answerLabel: "Answer",
  tiers: { winner: "winner", nominee: "nominee", gold: "gold", silver: "silver", bronze: "bronze", other: "other honour" },
};

export function messages(lang: string | null): Messages {
  return lang === "en" ? en : zh;
}

export function langOf(value: string | null): Lang {
  return value === "en" ? "en" : "zh";
}

/** Words of the views (entity, programme, document, policy), shared by the widget and the demo pages. */
export interface ViewMessages {
  entityView: string;
  graphOf: (name: string) => string;
  awards: string;
  affiliation: string;
  otherNames: string;
  standards: string;
  noAwards: string;
  programme: string;
  region: string;
  level: string;
  year: string;
  edition: (n: number) => string;
  yearUnknown: string;
  winners: string;
  nominees: string;
  otherTiers: string;
  statedTotal: string;
  /** "named 3 of 12 组织": how many the list names beside the total the text states. */
  namedOf: (named: number, total: number, of: string | null) => string;
  document: string;
  date: string;
  factsStated: string;
  openInContext: string;
  highlighted: string;
  policy: string;
  targets: string;
  goal: string;
  observed: string;
  deadline: string;
  targetEvidence: string;
  outcomeEvidence: string;
  chartOf: (metric: string) => string;
  noObservation: string;
  back: string;
  notFound: string;
  levels: Record<string, string>;
  kinds: Record<string, string>;
  statuses: Record<string, string>;
}

const viewZh: ViewMessages = {
  entityView: "关系图",
  graphOf: (name) => `${name}的关系图`,
  awards: "获得的奖项",
  affiliation: "所在单位",
  otherNames: "简称或曾用名",
  standards: "参与制定的标准",
  noAwards: "图谱里没有这个名称的获奖记录。",
  programme: "奖项",
  region: "地区",
  level: "级别",
  year: "年份",
  edition: (n) => `第${n}届`,
  yearUnknown: "年份未写明",
  winners: "获奖",
  nominees: "提名",
  otherTiers: "其他等次",
  statedTotal: "公布总数",
  namedOf: (named, total, of) => `列出 ${named} 个，原文共 ${total} ${of ?? "个"}`,
  document: "原文",
  date: "日期",
  factsStated: "这篇文件陈述的事实",
  openInContext: "在原文中查看",
  highlighted: "证据所在位置",
  policy: "政策",
  targets: "目标及达成情况",
  goal: "目标",
  observed: "实际",
  deadline: "期限",
  targetEvidence: "目标出处",
  outcomeEvidence: "实际数据出处",
  chartOf: (metric) => `${metric}：目标与实际值`,
  noObservation: "没有实际数据",
  back: "返回首页",
  notFound: "图谱里没有找到。",
  levels: { national: "国家级", provincial: "省级", municipal: "市级", district: "区级", county: "县级" },
  kinds: { organization: "单位", person: "个人", project: "工程", brand: "品牌", region: "地区" },
  statuses: { met: "已实现", missed: "未实现", not_yet_due: "尚未到期", no_data: "无实际数据" },
};

const viewEn: ViewMessages = {
  entityView: "Graph",
  graphOf: (name) => `Graph of ${name}`,
  awards: "Awards",
  affiliation: "Affiliation",
  otherNames: "Short or former names",
  standards: "Standards drafted",
  noAwards: "The graph has no awards under this name.",
  programme: "Award",
  region: "Region",
  level: "Level",
  year: "Year",
  edition: (n) => `edition ${n}`,
  yearUnknown: "year not stated",
  winners: "Winners",
  nominees: "Nominees",
  otherTiers: "Other tiers",
  statedTotal: "Stated total",
  namedOf: (named, total, of) => `${named} named of ${total}${of ? ` ${of}` : ""}`,
  document: "Source",
  date: "Date",
  factsStated: "Facts stated in this document",
  openInContext: "Open in source",
  highlighted: "Where the evidence is",
  policy: "Policy",
  targets: "Targets and outcomes",
  goal: "Target",
  observed: "Observed",
  deadline: "Deadline",
  targetEvidence: "Target source",
  outcomeEvidence: "Outcome source",
  chartOf: (metric) => `${metric}: target and observed values`,
  noObservation: "no outcome reported",
  back: "Home",
  notFound: "Not found in the graph.",
  levels: { national: "national", provincial: "provincial", municipal: "municipal", district: "district", county: "county" },
  kinds: { organization: "organisation", person: "person", project: "project", brand: "brand", region: "region" },
  statuses: { met: "met", missed: "missed", not_yet_due: "not yet due", no_data: "no data" },
};

export function viewMessages(lang: string | null): ViewMessages {
  return lang === "en" ? viewEn : viewZh;
}

/**
 * A judge's reason (graph/judge.ts JudgementReason) in words. Structural here so the table stays
 * free of the judge's imports: the code and the figures behind it.
 */
export interface ReasonFigures {
  code: string;
  goal: { comparator: string; value: number; unit: string | null; deadline_year: number | null };
  observed?: { metric: string; value: number; unit: string | null; year: number | null; region: string | null };
  awards?: { award: string; count: number; from: number | null; to: number | null };
  similar?: Array<{ metric: string; region: string | null; year: number | null }>;
}

const CMP: Record<string, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "" };

function goalText(r: ReasonFigures, lang: Lang): string {
  const g = r.goal;
  const by = g.deadline_year ? (lang === "zh" ? `（${g.deadline_year}年）` : ` by ${g.deadline_year}`) : "";
  return `${CMP[g.comparator] ?? g.comparator}${g.value}${g.unit ?? ""}${by}`;
}

function observedText(r: ReasonFigures, lang: Lang): string {
  const o = r.observed;
  if (!o) return "";
  if (lang === "en") return `${o.metric} ${o.value}${o.unit ?? ""}${o.region ? ` in ${o.region}` : ""}${o.year ? ` (${o.year})` : ""}`;
  return `${o.year ? `${o.year}年` : ""}${o.region ?? ""}${o.metric}${o.value}${o.unit ?? ""}`;
}

const REASON_GROUP: Record<string, "met" | "short" | "open" | "awards" | "none"> = {
  met_in_deadline_year: "met",
  met_after_deadline: "met",
  met_before_deadline: "met",
  met_latest: "met",
  met_by_part: "met",
  short_in_deadline_year: "short",
  short_after_deadline: "short",
  short_so_far: "open",
  short_no_deadline: "open",
  awards_met: "awards",
  awards_so_far: "awards",
  awards_too_few: "awards",
  no_observation: "none",
};

/** One sentence for a judge's reason in the reader's language, e.g. "实际2022年某市某指标96%，达到目标≥95%（2025年）". */
export function reasonText(r: ReasonFigures, lang: Lang): string {
  const g = goalText(r, lang);
  const o = observedText(r, lang);
  const zh = lang === "zh";
  switch (REASON_GROUP[r.code]) {
    case "met":
      return zh ? `实际${o}，达到目标${g}` : `Observed ${o}: meets the target ${g}`;
    case "short":
      return zh ? `实际${o}，未达到目标${g}` : `Observed ${o}: short of the target ${g}`;
    case "open":
      return zh ? `目前${o}，尚未达到目标${g}` : `So far ${o}: not yet at the target ${g}`;
    case "awards": {
      const a = r.awards;
      return zh
        ? `图中记录${a?.award ?? ""}${a?.count ?? 0}项，目标${g}`
        : `${a?.count ?? 0} × ${a?.award ?? ""} in the graph; target ${g}`;
    }
    default: {
      const sep = zh ? "、" : "; ";
      const similar = (r.similar ?? [])
        .map((m) => `${m.region ?? ""}${m.metric}${m.year ? (zh ? `（${m.year}年）` : ` (${m.year})`) : ""}`)
        .join(sep);
      if (zh) return `没有该指标的实际数据，目标${g}${similar ? `；相近的指标：${similar}` : ""}`;
      return `No outcome reported for this metric; target ${g}${similar ? `. Similar metrics: ${similar}` : ""}`;
    }
  }
}

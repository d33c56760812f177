// Every word the widget shows, in Chinese (default) and English. Plain strings only: the element
// puts them into the page with textContent, never as markup.

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

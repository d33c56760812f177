// Standards vocabulary as data: code prefixes and their levels, level words, drafting verbs.
// Pure (no Node or Workers APIs): shared by ingest (recognising references) and, later, questions.
import type { DraftingRole, StandardLevel } from "./types.js";

/** National standards: mandatory GB, recommended GB/T, guidance GB/Z; old construction GBJ; military GJB. */
export const NATIONAL_PREFIXES = ["GB", "GB/T", "GB/Z", "GBJ", "GJB", "JJF", "JJG"] as const;

/**
 * China's industry standard codes (行业标准代号), each written XX or XX/T (recommended) or XX/Z.
 * DB alone (地震) is an industry code; DB followed by a region code is a local standard.
 */
export const INDUSTRY_CODES: Record<string, string> = {
  AQ: "安全生产",
  BB: "包装",
  CB: "船舶",
  CH: "测绘",
  CJ: "城镇建设",
  CY: "新闻出版",
  DA: "档案",
  DB: "地震",
  DL: "电力",
  DZ: "地质矿产",
  EJ: "核工业",
  FZ: "纺织",
  GA: "公共安全",
  GC: "国储",
  GH: "供销合作",
  GM: "密码",
  GY: "广播电影电视",
  HB: "航空",
  HG: "化工",
  HJ: "环境保护",
  HS: "海关",
  HY: "海洋",
  JB: "机械",
  JC: "建材",
  JG: "建筑工业",
  JR: "金融",
  JT: "交通",
  JY: "教育",
  LB: "旅游",
  LD: "劳动和劳动安全",
  LS: "粮食",
  LY: "林业",
  MH: "民用航空",
  MT: "煤炭",
  MZ: "民政",
  NB: "能源",
  NY: "农业",
  QB: "轻工",
  QC: "汽车",
  QJ: "航天",
  QX: "气象",
  RB: "认证认可",
  SB: "国内贸易",
  SC: "水产",
  SF: "司法",
  SH: "石油化工",
  SJ: "电子",
  SL: "水利",
  SN: "出入境检验检疫",
  SW: "税务",
  SY: "石油天然气",
  TB: "铁路运输",
  TD: "土地管理",
  TY: "体育",
  WB: "物资管理",
  WH: "文化",
  WJ: "兵工民品",
  WM: "外经贸",
  WS: "卫生",
  WW: "文物保护",
  XB: "稀土",
  XF: "消防救援",
  YB: "黑色冶金",
  YC: "烟草",
  YD: "通信",
  YJ: "应急管理",
  YS: "有色金属",
  YY: "医药",
  YZ: "邮政",
  ZY: "中医药",
};

/** International standards bodies whose codes name international standards (ISO/IEC 27001, ITU-T Y.2060). */
export const INTERNATIONAL_PREFIXES = [
  "ISO/IEC",
  "ISO/TS",
  "ISO/TR",
  "ISO/PAS",
  "ISO",
  "IEC/TS",
  "IEC/TR",
  "IEC",
  "ITU-T",
  "ITU-R",
  "ITU",
] as const;

/** Two-digit administrative codes of provincial regions, the digits after DB in a local standard's code. */
export const PROVINCE_CODES: Record<string, string> = {
  "11": "北京市",
  "12": "天津市",
  "13": "河北省",
  "14": "山西省",
  "15": "内蒙古自治区",
  "21": "辽宁省",
  "22": "吉林省",
  "23": "黑龙江省",
  "31": "上海市",
  "32": "江苏省",
  "33": "浙江省",
  "34": "安徽省",
  "35": "福建省",
  "36": "江西省",
  "37": "山东省",
  "41": "河南省",
  "42": "湖北省",
  "43": "湖南省",
  "44": "广东省",
  "45": "广西壮族自治区",
  "46": "海南省",
  "50": "重庆市",
  "51": "四川省",
  "52": "贵州省",
  "53": "云南省",
  "54": "西藏自治区",
  "61": "陕西省",
  "62": "甘肃省",
  "63": "青海省",
  "64": "宁夏回族自治区",
  "65": "新疆维吾尔自治区",
};

/**
 * Standards quality texts cite by title alone (award rules, management systems): a title found here
 * gets its number and level when the text gives no code ("依照《卓越绩效评价准则》评审").
 */
export const KNOWN_STANDARDS: Array<{ number: string; title: string; level: StandardLevel }> = [
  { number: "GB/T 19580", title: "卓越绩效评价准则", level: "national" },
  { number: "GB/Z 19579", title: "卓越绩效评价准则实施指南", level: "national" },
  { number: "GB/T 19000", title: "质量管理体系 基础和术语", level: "national" },
  { number: "GB/T 19001", title: "质量管理体系 要求", level: "national" },
  { number: "GB/T 24001", title: "环境管理体系 要求及使用指南", level: "national" },
  { number: "GB/T 45001", title: "职业健康安全管理体系 要求及使用指南", level: "national" },
  { number: "GB/T 23001", title: "信息化和工业化融合管理体系 要求", level: "national" },
  { number: "GB/T 31950", title: "企业诚信管理体系", level: "national" },
  { number: "GB/T 36000", title: "社会责任指南", level: "national" },
];

/** The known standard a title names, compared without spaces ("质量管理体系要求" = "质量管理体系 要求"). */
export function knownStandard(title: string): { number: string; title: string; level: StandardLevel } | null {
  const bare = title.replace(/\s+/g, "");
  return KNOWN_STANDARDS.find((k) => k.title.replace(/\s+/g, "") === bare) ?? null;
}

/** Level words as texts write them, longest first so 国家级 wins over 国家. */
export const LEVEL_WORDS: Array<[string, StandardLevel]> = [
  ["国际标准", "international"],
  ["国家标准", "national"],
  ["行业标准", "industry"],
  ["地方标准", "local"],
  ["团体标准", "group"],
  ["企业标准", "enterprise"],
];

/**
 * The level part of a coordinated list sharing one 标准 ("国际、国家和行业标准", "国家级、省级服务业标准").
 * 省级/市级 standards are local standards.
 */
export const LEVEL_STEMS: Array<[string, StandardLevel]> = [
  ["国际", "international"],
  ["国家级", "national"],
  ["国家", "national"],
  ["行业", "industry"],
  ["地方", "local"],
  ["省级", "local"],
  ["市级", "local"],
  ["团体", "group"],
  ["企业", "enterprise"],
];

/** Title endings of documents that can be standards (《…评价准则》, 《…技术规范》, 《…服务指南》). */
export const STANDARD_TITLE_ENDINGS = ["标准", "准则", "规范", "指南", "规程", "导则", "通则", "技术要求", "术语"] as const;

/** Title endings that stand alone as a standard without a code or level beside them. */
export const SELF_EVIDENT_TITLE_ENDINGS = ["标准", "准则"] as const;

/**
 * Words in a title that make it an award's or a programme's rules, not a standard
 * (《…质量奖申报指南》, 《…评审标准》 of an award, 《…管理办法》).
 */
export const NOT_STANDARD_TITLE_WORDS = [
  "申报",
  "评审办法",
  "评选",
  "奖励",
  "质量奖",
  "管理办法",
  "实施意见",
  "通知",
  "方案",
  "规划",
  "条例",
  "决定",
] as const;

/**
 * Title endings of laws, policies and reports, never standards (《…法》, 《…纲要》, 《…实施方案》); a
 * standard's 《…试验方法》 is not a law. A closing "(2021—2025年)" is read past.
 */
export const NOT_STANDARD_TITLE_ENDINGS = [
  "办法",
  "条例",
  "意见",
  "纲要",
  "通知",
  "通报",
  "决定",
  "规划",
  "方案",
  "计划",
  "细则",
  "报告",
  "白皮书",
  "公报",
  "法",
] as const;

/** Whether a title ends like a law, a policy or a report rather than a standard. */
export function endsLikePolicy(title: string): boolean {
  const t = title.replace(/[(（][^()（）]*[)）]$/, "").trim();
  if (t.endsWith("方法")) return false;
  return NOT_STANDARD_TITLE_ENDINGS.some((e) => t.endsWith(e));
}

/** Drafting roles, longest first: "主导和参与" before "主导". */
export const ROLE_WORDS: Array<[string, DraftingRole]> = [
  ["主导和参与", "led_or_participated"],
  ["主导或参与", "led_or_participated"],
  ["主导及参与", "led_or_participated"],
  ["主导、参与", "led_or_participated"],
  ["牵头或参与", "led_or_participated"],
  ["牵头和参与", "led_or_participated"],
  ["主导", "led"],
  ["牵头", "led"],
  ["主持", "led"],
  ["主笔", "led"],
  ["参与", "participated"],
  ["参加", "participated"],
  ["参编", "participated"],
];

/** Verbs of making a standard (制定, 制修订, 制(修)订, 起草, 研制). */
export const DRAFTING_VERBS = ["制修订", "制(修)订", "制定", "制订", "修订", "起草", "研制", "编制"] as const;

/**
 * Verbs that say what happened to standards without naming a drafter (发布, 完成…的研制); they end the
 * reach of a role word said earlier in the sentence ("参与制修订国家标准40项，发布地方标准9项").
 */
export const NEUTRAL_VERBS = [
  "发布",
  "完成",
  "批准",
  "立项",
  "实施",
  "采用",
  "宣贯",
  "备案",
  "获得",
  "通过",
  "新增",
  "累计",
  "拥有",
] as const;

/** Words that cite a document as the basis of what follows ("依照…评审", "对照…自评"). */
export const BASIS_WORDS = ["按照", "依据", "根据", "对照", "参照", "依照", "遵照", "基于"] as const;

/** Words of evaluating applicants (an award's review against a standard). */
export const EVALUATION_WORDS = ["评审", "评价", "评选", "评定", "打分", "自评", "评比"] as const;

/** Level of a canonical code prefix ("GB/T", "DB32/T", "T/CAQ", "Q/ABC", "ISO/IEC"); null when unknown. */
export function levelOfPrefix(prefix: string): { level: StandardLevel; province?: string } | null {
  const p = prefix.toUpperCase();
  if ((NATIONAL_PREFIXES as readonly string[]).includes(p)) return { level: "national" };
  if ((INTERNATIONAL_PREFIXES as readonly string[]).includes(p)) return { level: "international" };
  const local = /^DB(\d{2})(\d{2})?(?:\/[TZ]?)?$/.exec(p);
  if (local) return PROVINCE_CODES[local[1]] ? { level: "local", province: PROVINCE_CODES[local[1]] } : null;
  if (/^T\//.test(p)) return { level: "group" };
  if (/^Q\//.test(p)) return { level: "enterprise" };
  const industry = /^([A-Z]{2})(?:\/[TZ])?$/.exec(p);
  if (industry && INDUSTRY_CODES[industry[1]]) return { level: "industry" };
  return null;
}

/** Level of a level word or stem (国家标准, 国家级, 省级); null when it is none. */
export function levelOfWord(word: string): StandardLevel | null {
  return LEVEL_WORDS.find(([w]) => w === word)?.[1] ?? LEVEL_STEMS.find(([w]) => w === word)?.[1] ?? null;
}

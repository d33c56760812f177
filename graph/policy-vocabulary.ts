// Vocabulary of policy texts as data: what names a policy document, what names a report, the
// words that set a document's or a section's mode (setting goals vs reporting outcomes), and the
// period words that date or undate a figure. Pure data and tiny predicates; no Node/Workers APIs.

/** The kind of document a policy document's name ends with (…办法, …实施意见, …行动计划). */
export const POLICY_DOCUMENT_SUFFIX =
  /(决定|办法|暂行办法|实施方案|行动方案|方案|规划|纲要|意见|实施意见|措施|条例|规定|细则|通知|法|行动计划|工作要点|要点)$/;

/**
 * Names in 《》 that are not policies: newspapers and periodicals (…日报, …报), reports and
 * yearbooks (…白皮书, …质量状况, …报告), ranking lists (…品牌榜), and standards (GB/T…, …准则).
 */
export const NOT_A_POLICY =
  /(?:日报|晚报|商报|时报|早报|报|杂志|期刊|白皮书|状况|报告|公报|年鉴|榜|名录|排行|准则|指南|标准|GB)$|^GB|^(?:白皮书|实施方案|方案|意见|纲要|办法|规划)$/;

/** Notices that announce results (a list of winners, a commendation) are not policies. */
export const ANNOUNCES_RESULTS = /名单|公示|公告|表彰|通报|获奖|授予|评审结果|评选结果/;

/** A line that is only an issuer ("中共某省委 某省人民政府", "某市人民政府办公厅"). */
export const ISSUER_LINE =
  /^(?:(?:中共[\u4e00-\u9fa5]{1,12}?委(?:员会)?|[\u4e00-\u9fa5]{2,14}?(?:人民政府|人民政府办公厅|人民政府办公室|政府办公厅|市场监督管理局|质量强[省市区县]工作领导小组(?:办公室)?|委员会))\s*){1,3}$/;

/** Document mode: a text that sets goals, or one that reports what happened. */
export type DocumentMode = "plan" | "report" | "news";

/** Titles of goal-setting documents: plans, opinions, outlines, action plans, a year's work plan. */
export const PLAN_TITLE = /(?:实施意见|指导意见|若干意见|意见|行动计划|行动方案|实施方案|工作方案|方案|规划|纲要|工作要点|要点|的决定)$/;

/** Titles of a document that is itself a policy: a plan, or rules (…管理办法, …条例, …细则). */
export const OWN_POLICY_TITLE = new RegExp(`(?:${PLAN_TITLE.source.slice(0, -1)}|管理办法|实施办法|暂行办法|条例|规定|细则)$`);

/** Titles of reports on what happened: white papers, quality reports, a 质量月's results, work summaries. */
export const REPORT_TITLE = /白皮书|质量状况|质量报告|工作总结|总结|公报|年报|成绩单|成果|质量月/;

/**
 * Openers that set a paragraph's period without a year the figures can take: "近年来，…",
 * "多年来", "6年来". "今年以来" is the speaking year and is not one of them; "2018年以来" is
 * undated only when the document speaks from a later year (SINCE_OPENER).
 */
export const UNDATED_PERIOD_OPENER =
  /^(?:近年来|近几年来?|多年来|历年来|长期以来|[一二两三四五六七八九十\d]+年(?:多)?来|去年以来|截至目前|截止目前|迄今|至今)/;

/** A paragraph opening with the start of a period ("自2018年以来，…", "2023年以来，…"): group 1 is its year. */
export const SINCE_OPENER = /^(?:自|从)?((?:19|20)\d\d)年(?:[^，,。；;]{0,8}?)以来/;

/** Words of a cumulative total without a date of its own (累计, 先后, 迄今…). */
export const CUMULATIVE = /累计|先后|迄今|至今|截至目前|截止目前|已评选|已经评选|已有/;

/**
 * Period words inside a paragraph that leave the figures after them without a year of their own
 * ("…指出，近年来，…。全省…达91%"; "6年来，共…"; "自2011年设立以来…共评选出…"), until a
 * year is written again. "今年以来" is the speaking year and is not one of them.
 */
export const UNDATED_PERIOD =
  /近年来|近几年来?|多年来|历年来|长期以来|[一二两三四五六七八九十\d]+年(?:多)?来|(?<!今)年(?:[^，,。；;]{0,8}?)以来|去年以来/g;
/** "截至目前", "迄今": a total as of now, dated only by a year the text pins. */
export const AS_OF_NOW = /(?:截至|截止|至)目前|迄今|至今/g;

// The words of a metric as the document writes them, cut from around a number: what is stripped
// (scope, time, copulas), and how an enumeration shares its verb or prefix with every item.
import type { RegionIndex } from "../../regions.js";
import { leadingRegion } from "./context.js";

/** Scope and time words that open a clause but are not part of what is counted. */
const LEADING = new RegExp(
  "^(?:" +
    [
      "[、，,；;：:。\\s]+",
      // Enumerating a plan's points ("一是…；二是…").
      "[一二三四五六七八九十]是|其[一二三四五六七八九十](?=是|[，,])|首先|其次|最后",
      "[(（]?其中",
      "此外|同时|另外|另有(?=[\\d一二两三四五六七八九百千])|并且?|而且|以及|还|先后|迄今",
      "截至目前|截止目前|至目前|截至|目前|当前|现阶段",
      "近年来|多年来|\\d+年来|[一二三四五六七八九十]+年来",
      "今年以来|今年|去年|当年|全年|年内|上半年|下半年|年末|年底|年初|期末",
      "(?:力争)?(?:到|至)?(?:19|20)\\d\\d年(?:底|末|前)?(?:的)?",
      "全市|全区|全县|全省|全镇|我市|我区|我县|我省|本市|本区|本县|市区内|区内|市内|县内|辖区内",
      // A development zone written as the subject ("园区累计…") scopes the figure like 全区.
      // Not when the zone names an award after its head ("高新区主任质量奖6家": the award's name).
      "(?:园区|开发区|高新区|经开区|经济开发区)(?!主任|管委会)",
      "[\\u4e00-\\u9fa5]{2,6}(?:高新区|开发区|经开区|工业园区|园区|新区)(?=新增|累计|共|有|拥有|已|现有)",
      "共计|共有|总共|共|合计|累计达|均|都|已经|已|就|也",
      // "共评选出5家获奖组织": the selection is how the count came about, not what was counted.
      "(?:最终|共|已|先后)?评选出",
      // Modal words of a goal: the goal is the metric, not the striving.
      "力争|争取|努力|确保|预计|计划",
      // "将力争新增…", "要新增…": the future of a goal is not part of what is counted.
      // "推动规上工业企业产品质量合格率稳定在95%": what is pushed is the metric.
      "(?:推动|促进|推进|带动)(?=[\\u4e00-\\u9fa5“”]{4,})",
      "(?:将要|将|要|需要|需)(?=力争|推动|争取|努力|确保|计划|新增|新培育|培育|争创|创建|建成|新建|完成|实现|达到|推动|打造|引进|认定|主导|参与|制修订|制定|累计)",
    ].join("|") +
    ")",
);

/** Copulas and comparison words between a metric and its number. */
const TRAILING =
  /(?:稳定在|保持在|保持|控制在|提高到|提升到|提高至|提升至|增加到|增长到|增至|下降到|下降至|降至|降到|达到了?|达|为|在|是|超过|高于|低于|不低于|不少于|不超过|少于|多于|突破|均为|均达到?|均保持|均|都|分别为|分别|共计|合计|共|约|近|逾|超|了|的)+$/;

/** Existential openers dropped before a counted noun: "拥有3个国检中心" counts 国检中心. */
const EXISTENTIAL = /^(?:已拥有|拥有|共有|已有|现有|有|成为|形成|涌现)/;

/** Verbs of action that an enumeration shares (争创 A1个、B3个; 新增 A2项、B80项). */
export const ACTION_PREFIX =
  /^(?:新增|累计|新培育|培育|争创|创建|新建|建成|建设|完成|主导|参与|和|或|及|制修订|修订|制订|制定|研制|起草|拥有|现有|获得|获评|获|通过|推荐|组织|申报|打造|实现|引进|新认定|认定|新获|研究制定|服务|新开工|新|共)+/;

/**
 * Verbs of having or making that an enumeration does not share: "打造A品牌30个，B品牌10个" counts
 * B品牌 (the gold writes later items bare), unlike an activity (累计主导制修订A 3项、B 5项) or 现有.
 */
export const UNSHARED_VERB = /^(?:共|已)?(?:拥有|打造)/;
/** "拥有A 3个、B 15个": possession opening a list only says the region holds the items; no item keeps it. */
export const POSSESSION = /^(?:共|已)?拥有/;

/** Group nouns a list's first item ends with, which later items counted the same way share. */
const GROUP_HEAD = /(企业|单位|组织|机构)$/;

/**
 * "培育某省奖企业1家、某市奖8家、某区奖6家": an item naming only an award, counted in the same
 * measure as the first item, counts the same group (某市奖企业).
 */
export function sharedHead(first: string, item: string, sameUnit: boolean): string {
  const head = GROUP_HEAD.exec(first)?.[1];
  return head && sameUnit && /奖$/.test(item) ? item + head : item;
}

export function stripLeading(s: string): string {
  let prev = "";
  let cur = s;
  while (cur !== prev) {
    prev = cur;
    cur = cur.replace(LEADING, "");
  }
  return cur;
}

export function stripTrailing(s: string): string {
  return s.replace(TRAILING, "");
}

/** Metric words written before the number ("工业产品抽检合格率95.12%"). */
export function metricBefore(s: string, index: RegionIndex): string {
  const m = stripTrailing(stripLeading(stripActor(stripSubject(stripLeading(s.trim().replace(/[。！？]+$/, "")), index))))
    .replace(/了/g, "")
    .trim();
  // "累计已有获此殊荣企业": the existential between 累计 and what the firms did adds nothing.
  // "培育出某奖企业": the resultative 出 is not part of what was done (培育某奖企业).
  return m
    .replace(/^(已?(?:培育|选树|打造))出(?=[\u4e00-\u9fa5“])/, "$1")
    .replace(/^(累计)?(?:已经|已)?(?:拥有|共有|已有|有)(?=获|通过|入选|被)/, "$1");
}

/**
 * "我市企业主导或参与制修订国际标准21项": the firms doing what is counted are the sentence's
 * subject, not part of the metric (主导或参与制修订国际标准). Only before an action verb, so a
 * counted population (企业技术中心, 规上企业) stays.
 */
const ACTOR =
  /^(?:规上|规模以上|重点|骨干|龙头|各类|广大)?(?:企事业单位|企业|单位|机构)(?:共|均|都|已经|已|累计)?(?=新增|主导|参与|牵头|制修订|修订|制订|制定|研制|起草|完成|新获|获得|获评|荣获|通过|培育|创建|建成)/;

export function stripActor(s: string): string {
  const rest = s.replace(ACTOR, "");
  // What is left must still name something besides the verb ("企业新增12家" keeps its noun).
  return rest !== s && rest.length > (ACTION_PREFIX.exec(rest)?.[0].length ?? 0) + 1 ? rest : s;
}

/** A region named as the subject ("株洲有96家…", "株洲已拥有…") is the fact's region, not its metric. */
export function stripSubject(s: string, index: RegionIndex): string {
  const r = leadingRegion(index, s);
  // 城区/郊区/矿区 are also district names, but in a metric they are the urban or rural part of the region.
  if (!r || /^(城区|郊区|矿区|市区)$/.test(r)) return s;
  const rest = s.slice(r.length);
  if (rest === "" || /^(有|已|就|共|还|均|都|拥有|现有|共有|已有|新增|新培育|累计)/.test(rest))
    return rest.replace(/^(已|就|共|还|均|都)+/, "");
  return s;
}

/** The verb or modifier kept before a number whose counted noun follows it ("为10家…", "累计10家…"). */
export function verbBefore(s: string, index: RegionIndex): string {
  const lastSep = Math.max(...["、", "，", ",", "；", "：", "(", "（"].map((c) => s.lastIndexOf(c)));
  let v = stripSubject(stripLeading(s.slice(lastSep + 1)), index).replace(/了/g, "");
  v = v.replace(/(近|约|超|逾|共计|共|合计|达到|达|不少于|不低于|至少|超过)$/, "");
  v = v.replace(EXISTENTIAL, "").replace(/^累计(?:已经|已)?(?:拥有|共有|已有|有)$/, "累计");
  // "企业共完成": an adverb between the subject and its verb is not part of the metric.
  v = v.replace(/^(企业|单位|机构|组织)(共|均|都|已经|已|累计)(?=[\u4e00-\u9fa5]{2})/, "$1");
  // "7家组织和1名个人": the words before the second count are the first item's, not a verb.
  if (/[和及与或]$/.test(v)) return "";
  // Anything long or ending in a particle is a clause of its own, not a verb of the count.
  if (v.length > 6 || /[等的之]$/.test(v) || /[“”]/.test(v)) return "";
  return v;
}

/** Nouns that head a counted group ("5家企业获…" counts 获…企业). */
const HEAD_NOUN = /^(企事业单位|企业|组织|单位|个人|机构|产品\(服务\)|产品|乡镇|街道|社区)/;
/** Verbs that make the words after a counted group its predicate. */
const PREDICATE = /^(获得?|获评|通过|申报|开展|被|入选|成为|参与|完成|主导|荣获|获批|导入|实施|推行|采用|建立|设立|提交)/;

/**
 * The counted noun written after a number ("7个省长质量奖", "100家重点企业"), cut at the clause
 * end. A group noun followed by what it did is reordered the way the texts name such counts:
 * "3家企业获省质量信用AAA级公示" counts 获省质量信用AAA级公示企业.
 */
export function nounAfter(s: string): string {
  // The noun ends at a clause or bracket; a trailing "、为" is the next item's verb.
  s = s.split(/[。！？；;，,]|[(（]其中|——/)[0];
  // "X、Y和Z正式成立": what follows the first 、 is a new statement, not part of the counted noun.
  const firstList = s.indexOf("、");
  if (firstList >= 0 && /(正式成立|成立|建成|挂牌|揭牌|获批|落户|投入使用)$/.test(s)) s = s.slice(0, firstList);
  const lastList = s.lastIndexOf("、");
  if (lastList >= 0 && s.length - lastList - 1 <= 4) s = s.slice(0, lastList);
  // A trailing 和/及/与 joins the next item, but not the 与 of 参与/给与 (…机构积极参与).
  let n = s
    .replace(/^(以上|以下|左右|之多)/, "")
    .replace(/(?:[、和及等]|(?<![参给])与)+$/, "")
    .replace(/之一$/, "")
    .replace(/等$/, "");
  n = n.replace(/(?:[、和及等的]|(?<![参给])与)+$/, "").replace(/(共计|合计|总计)$/, "");
  const split = splitHead(n);
  return split ? groupWithPredicate(split.head, split.predicate) : n;
}

/** A counted group and what it did: "企业获省质量信用AAA级公示" → (企业, 获省质量信用AAA级公示). */
export function splitHead(n: string): { head: string; predicate: string } | null {
  const head = HEAD_NOUN.exec(n);
  if (!head) return null;
  const rest = n.slice(head[0].length).replace(/^(都|均|分别|共|已)/, "");
  return rest && PREDICATE.test(rest) ? { head: head[0], predicate: rest } : null;
}

/**
 * A counted group named by what it did. 企业 and 产品 form compounds with the predicate (获评…企业,
 * 获得…认证产品); other groups (组织, 企事业单位, 个人) and any predicate that is a clause of its own
 * ("主导起草的地方标准获得立项") are joined with 的: 获得省长质量奖的组织.
 */
export function groupWithPredicate(head: string, predicate: string): string {
  // "5家企业被认定为省级企业技术中心": what they were named is the metric (as in the 分别 lists).
  const named = /^被?(?:认定|评|命名|确定|列)为(.+)$/.exec(predicate);
  if (named) return /(企业|单位|组织|机构|中心|基地|示范区|平台)$/.test(named[1]) ? named[1] : named[1] + head;
  // "申报…专项的全部项目": a quantifier over the object is not what the group did.
  predicate = predicate.replace(/的(全部|所有|各类)(项目)?$/, "");
  const de = predicate.includes("的") || !/^(企业|产品)/.test(head);
  return predicate + (de ? "的" : "") + head;
}

/** Is `n` only a group noun ("企业", "组织") waiting for the predicate a later item gives? */
export function isBareHead(n: string): boolean {
  const head = HEAD_NOUN.exec(n);
  return !!head && head[0] === n;
}

/** "另有组织": a group set apart from the ones before, still waiting for its predicate. */
export function isSetApartHead(n: string): boolean {
  return /^另有/.test(n) && isBareHead(n.slice(2));
}

/**
 * "获得2022年浙江省人民政府质量奖，累计8家企业获此荣誉": 此荣誉 refers to the award named last before
 * it, in this sentence or the ones before it ("…公布江苏省质量奖获奖名单…。园区累计已有获此殊荣
 * 企业9家"). The 奖 of 获奖/奖励/奖金 is not an award's name.
 */
export function resolveAnaphora(metric: string, before: string): string {
  // "6个组织获得省长质量奖，1个人获得荣誉": a bare 荣誉 is that award's honour.
  if (/^(获得|荣获|获)荣誉/.test(metric)) {
    const award = lastAwardName(before);
    return award ? metric.replace("荣誉", `${award}荣誉`) : metric;
  }
  // "获此殊荣", "获得这一奖项", "获该奖项": the award named last before.
  const pointer = /此(荣誉|奖项|称号|殊荣|奖)|这一(奖项|荣誉|称号|殊荣)|该(奖项|荣誉|称号)/;
  if (!pointer.test(metric)) return metric;
  const award = lastAwardName(before);
  return award ? metric.replace(pointer, award) : metric;
}

/** The last award name ("江苏省质量奖", "中国质量奖提名奖") written in `before`. */
export function lastAwardName(before: string): string | null {
  for (let end = before.lastIndexOf("奖"); end >= 0; end = before.lastIndexOf("奖", end - 1)) {
    const award = awardEndingAt(before, end);
    if (award) return award;
  }
  return null;
}

/** The first award name written in `after` ("株洲5次问鼎，共有6个组织获得省长质量奖"). */
export function firstAwardName(after: string): string | null {
  for (let end = after.indexOf("奖"); end >= 0; end = after.indexOf("奖", end + 1)) {
    const award = awardEndingAt(after, end);
    if (award) return award;
  }
  return null;
}

/** The award name whose 奖 is at `end`, cut after the verb, year or edition before it; not the 奖 of 获奖/奖励. */
function awardEndingAt(s: string, end: number): string | null {
  if (/[励金项牌状杯章品]/.test(s[end + 1] ?? "") || /[获颁领得嘉重大]$/.test(s.slice(0, end))) return null;
  let i = end;
  while (i > 0 && /[\u4e00-\u9fa5“”]/.test(s[i - 1]) && !/(年度|年|获得|荣获|获|摘得|斩获|公布|揭晓|发布|评选|届)$/.test(s.slice(0, i)))
    i--;
  // A quoted name ends the walk at its opening quote ("14家“某市政府质量奖”" → 某市政府质量奖).
  const award = s
    .slice(i, end + 1)
    .replace(/^.*“/, "")
    .replace(/”/g, "");
  return award.length >= 3 ? award : null;
}

/**
 * "第五届福建省政府质量奖名单公布，全省共有9家组织获福建省政府质量奖": a count of one round's winners
 * names the round (第七届湖南省省长质量奖获奖组织; 提名奖组织 for nominations). Cumulative counts
 * (累计获…) are not one round's.
 */
export function namedRound(metric: string, before: string): string {
  // "全省共有12家企业获奖": a bare 获奖 count is the winners of the round the sentence names.
  const bare = /^获奖(组织|企业|个人|单位)$/.exec(metric);
  if (bare) {
    const r = /(第[一二三四五六七八九十\d]+届|首届)([\u4e00-\u9fa5]{2,16}?奖)(?!.*(第[一二三四五六七八九十\d]+届|首届))/.exec(before);
    return r ? r[1] + r[2] + metric : metric;
  }
  const m = /^(?:获得|荣获|获评|获)(.{2,12}?奖)(提名奖)?的?(组织|企业|个人|单位)$/.exec(metric);
  if (!m) return metric;
  // The short form the count uses ("省政府质量奖") ends the round's full name ("浙江省人民政府质量奖").
  const fold = (x: string) => x.replace(/人民政府/g, "政府");
  const short = fold(m[1]);
  const names = (full: string) => fold(full).endsWith(short) || (/^[省市区县]/.test(short) && fold(full).endsWith(short.slice(1)));
  const rounds = [...before.matchAll(/(第[一二三四五六七八九十\d]+届|首届)([\u4e00-\u9fa5]{2,16}?奖)/g)].filter((r) => names(r[2]));
  const r = rounds[rounds.length - 1];
  return r ? r[1] + r[2] + (m[2] ? "提名奖" : "获奖") + m[3] : metric;
}

// Words that make a count of winners a running total: 先后, 已评选出, 至此…已有, 自某年设立以来.
const RUNNING_TOTAL = /先后|已(?:经)?评选|已评出|至此|以来|已有/;
const ROUND = /第[一二三四五六七八九十\d]+届|首届/;

/**
 * "自设立以来已评选出12家某奖获奖组织", "至此，我市已有8家企业获奖": a count of winners in a running
 * total is named 累计… (累计获某市市长质量奖企业); a bare 获奖 is the award named before it. Null when
 * the count is not such a total (one round's winners keep the round's name, see namedRound).
 */
export function runningTotal(metric: string, before: string, earlier: string): string | null {
  if (!RUNNING_TOTAL.test(before) || /^累计/.test(metric) || ROUND.test(metric)) return null;
  let m = metric.replace(/的(组织|企业|个人|单位)$/, "$1");
  const bare = /^获奖(组织|企业|个人|单位)$/.exec(m);
  if (bare) {
    const award = lastAwardName(earlier);
    if (!award) return null;
    m = `获${award}${bare[1]}`;
  }
  const winners = /^(?:获得|荣获|获)[^，,、]*奖/.test(m) || /奖[”"]?获奖(组织|企业|个人|单位)$/.test(m);
  return winners && /(组织|企业|个人|单位)$/.test(m) ? `累计${m}` : null;
}

/** The inspection a count names, as the subject of its rate: 完成产品质量监督抽查 → 产品质量监督抽查, 抽检食品 → 食品抽检. */
export function inspectionStem(metric: string): string | null {
  const m = /^(.*?)(监督抽查|监督抽检|抽样检验|抽检|抽查|检测|检验|监测)(.*)$/.exec(
    metric.replace(/^(完成|开展|实施|组织|共|累计|全年|新增)+/, ""),
  );
  if (!m || (m[1] && m[3]) || /[、和及]/.test(m[1] + m[3]) || m[3].length > 8) return null;
  const stem = m[1] ? m[1] + m[2] : m[3] + m[2];
  return stem.length >= 4 ? stem : null;
}

/**
 * "8家企业获评省质量信用AA级，3家企业获评AAA级": a grade written without the qualifier the
 * previous item gave it takes that qualifier (获评省质量信用AAA级企业); so does a grade written bare
 * ("质量信用AA级企业3家、AAA级企业1家" → 质量信用AAA级企业).
 */
export function borrowQualifier(prev: string, cur: string): string {
  const p = /^(.*?)([A-Z]{1,5}级.*)$/.exec(prev);
  const c = /^(.*?)([A-Z]{1,5}级.*)$/.exec(cur);
  // "质量信用AA级企业3家、AAA级企业1家": a grade with no words before it takes all of the previous qualifier.
  // (Only a grade and its group: "AA级及以上企业总数" is a quantity of its own.)
  if (!p || !c || !p[1] || p[1] === c[1] || !p[1].startsWith(c[1]) || (!c[1] && !/^[A-Z]{1,5}级(?:企业|单位)$/.test(cur))) return cur;
  return p[1] + c[2];
}

/** Longest common suffix length of two strings. */
export function commonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

/** Longest common substring (length and end index in `b`), for carrying a shared head. */
export function commonSubstring(a: string, b: string): { length: number; endInB: number; endInA: number } {
  let best = { length: 0, endInB: 0, endInA: 0 };
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best.length) best = { length: k, endInB: j + k, endInA: i + k };
    }
  }
  return best;
}

// Enumerations: how the items of a list share words. "争创中国质量奖2个、省政府质量奖5个" shares
// its verb; "AAA级企业20家、AA级企业45家" shares a qualifier; "A、B均为100%" shares a value;
// "A、B顾客满意度分别超过…" shares a head.
import type { PreparedDocument } from "../prepared-document.js";
import { leadingRegion, trailingRegion } from "./context.js";
import { ACTION_PREFIX, commonSubstring, commonSuffix } from "./metric-text.js";

/** Token boundaries (offsets relative to `from`) inside doc[from, to). */
export function boundaries(doc: PreparedDocument, from: number, to: number): number[] {
  const out: number[] = [];
  for (const t of doc.tokens) {
    if (t.end <= from) continue;
    if (t.start >= to) break;
    out.push(Math.max(0, t.start - from));
  }
  return out;
}

/**
 * The words an enumeration's first item shares with the next ("累计建成浙江省…AAA级企业20家、
 * AA级企业45家" share 累计建成浙江省…评价): cut the first item where the next one's own words
 * begin, found from their common ending, on a word boundary, moving back over a region name when
 * the next item also starts with one; at least the first item's leading action verbs.
 */
export function sharedPrefix(doc: PreparedDocument, first: string, firstAt: number, next: string): string {
  const verbs = ACTION_PREFIX.exec(first)?.[0] ?? "";
  if (!verbs) return "";
  // "获得某省政府质量奖企业23家，提名奖企业11家": a nomination count names the award of the first item.
  const award = /^(.*奖)(?!.*奖)/.exec(first);
  if (/^提名奖/.test(next) && award && !/提名奖$/.test(award[1]) && award[1].length > verbs.length) return award[1];
  const cs = commonSuffix(first, next);
  // "新增“品字标”企业46家、产品127个": a bare head noun replaces the first item's head.
  const ownHead = /(企业|产品|单位|项目|组织|个人|服务)$/.exec(first);
  if (cs === 0 && ownHead && /^(企业|产品|单位|项目|组织|个人|服务)$/.test(next) && first.length - ownHead[0].length > verbs.length)
    return first.slice(0, -ownHead[0].length);
  if (cs < 2 || cs >= first.length) return verbs;
  const p = first.length - cs;
  const b = firstAt >= 0 ? boundaries(doc, firstAt, firstAt + first.length) : [];
  // The next item's own words begin at the word boundary before the common ending.
  const head = [...b].reverse().find((x) => x < p) ?? p;
  let prefix = first.slice(0, head);
  // "新增省级专精特新企业20家、国家级…企业3家": an item naming its own level shares only what precedes the first's level.
  const level = /国家级|省级|市级|区级|县级/.exec(prefix);
  if (level && /^(国家级|省级|市级|区级|县级)/.test(next)) prefix = prefix.slice(0, level.index);
  const region = trailingRegion(doc.regions, prefix);
  if (region && leadingRegion(doc.regions, next) && prefix.length - region.length >= verbs.length)
    prefix = prefix.slice(0, prefix.length - region.length);
  // A next item that opens with its own region names itself in full ("中国质量奖提名奖企业3家、福建省政府质量奖企业17家").
  else if (!region && leadingRegion(doc.regions, next)) return verbs;
  // A shared qualifier is a phrase of its own (江苏省工业企业质量信用评价), not a stray character.
  return prefix.startsWith(verbs) && prefix.length - verbs.length >= 4 ? prefix : verbs;
}

/** The head a whole metric ends with: a rate, a degree, an index, a share. */
const METRIC_HEAD = /(率|度|指数|比重|占比|比例)$/;

/** Items of a distributive list "A、B、C均为100%" / "A、B分别超过85和80" / "A、B…分别下降了x、y". */
export function distribute(doc: PreparedDocument, listText: string, listAt: number, verb: string): string[] {
  let items = listText
    .split("、")
    .map((x) => x.trim())
    .filter(Boolean);
  // "A合格率和B合格率均达到97%": two whole metrics joined by 和 (each ends with its own head).
  if (items.length === 1) {
    const pair = listText.split(/和|及|与/).map((x) => x.trim());
    if (pair.length === 2 && pair.every((x) => x.length >= 4 && METRIC_HEAD.test(x))) items = pair;
  }
  if (items.length < 2) return [];
  const last = items[items.length - 1];
  const lastChar = last[last.length - 1];
  // The last item's head ("顾客满意度", "平均浓度较2013年") goes onto items that lack it.
  let head = "";
  if (items.slice(0, -1).some((x) => !x.endsWith(lastChar))) {
    const common = commonSubstring(items[0], last);
    if (common.length >= 2) head = last.slice(common.endInB);
    else {
      const at = listAt + listText.lastIndexOf(last);
      const b = boundaries(doc, at, at + last.length);
      head = b.length > 1 ? last.slice(b[1]) : "";
    }
  }
  const first = items[0];
  return items.map((item, i) => {
    let m = item;
    if (i < items.length - 1 && head && !item.endsWith(lastChar)) m = item + head;
    // A short item ("死亡率" after "万台特种设备事故率") takes the first item's prefix.
    if (i > 0 && item.length <= 3 && commonSuffix(first, item) >= 1) {
      const at = listAt + listText.indexOf(first);
      const b = boundaries(doc, at, at + first.length);
      const cut = [...b].reverse().find((x) => x > 0 && x <= first.length - commonSuffix(first, item)) ?? 0;
      m = first.slice(0, cut) + item;
    }
    return m + verb;
  });
}

// Honours whose recipient is usually a city or district: commendations (获国务院、省政府…表彰),
// designations (被…确定为…示范城市) and assessment grades (全省质量工作考核…A级). They carry no quotes
// and name no known programme, so they have their own patterns.
import type { Level, Tier } from "../../../graph/types.js";
import type { Span } from "../../text/sentences.js";
import { canonicalTitle, levelOfRegion } from "./award-names.js";
import { type AwardContext, inDocumentProvince } from "./context.js";

export interface Honour {
  award: string;
  level: Level;
  region: string;
  tier: Tier;
}

const ISSUER =
  "(?:国务院(?:办公厅)?|党中央|中共中央|省委省政府|省委|省政府|省人民政府|市委市政府|市委|市政府|市人民政府|[\\u4e00-\\u9fff]{2,8}?(?:省|市|区|县)(?:委|(?:人民)?政府))";
const COMMENDATION = new RegExp(`^(${ISSUER}(?:[、和及]${ISSUER})*)([\\u4e00-\\u9fff“”]{0,16}?)(?:通报)?表彰(?:奖励)?$`);

/** "国务院、省政府真抓实干激励表彰" → one honour per issuer; `topic` is the subject's matter (我区质量工作 → 质量工作). */
export function commendations(phrase: string, topic: string, ctx: AwardContext): Honour[] {
  const m = COMMENDATION.exec(phrase.trim());
  if (!m) return [];
  const what = topic + m[2].replace(/[“”]/g, "");
  const out: Honour[] = [];
  for (const issuer of m[1].split(/[、和及]/)) {
    const r = issuerRegion(issuer, ctx);
    if (!r) continue;
    out.push({ award: `${r.name}${what}表彰`, level: r.level, region: r.region, tier: "other" });
  }
  return out;
}

function issuerRegion(issuer: string, ctx: AwardContext): { name: string; level: Level; region: string } | null {
  if (/^(?:国务院|党中央|中共中央)/.test(issuer)) return { name: issuer, level: "national", region: "中国" };
  const marker = /^(省|市)(.*)$/.exec(issuer);
  if (marker) {
    const e = marker[1] === "省" ? ctx.regions.province : ctx.regions.city;
    return e ? { name: `${e.name}${marker[2]}`, level: levelOfRegion(e), region: e.name } : null;
  }
  const named = /^([\u4e00-\u9fff]{2,8}?(?:省|市|区|县))(.*)$/.exec(issuer);
  const e = named ? ctx.index.lookup(named[1])[0] : undefined;
  return e ? { name: issuer, level: levelOfRegion(e), region: e.name } : null;
}

/** "被国家市场监督管理总局确定为全国…示范城市": an unquoted title after a designation verb. */
const RANK_NOT_TITLE = /最高(?:级|等级|等次|档次?)|最低(?:级|等级)/;

export function designation(phrase: string, issuer: string | undefined, ctx: AwardContext): Honour | null {
  const title = phrase.trim().replace(/^[“"]|[”"]$/g, "");
  // The whole rest of the clause must be the title: it ends with what the recipient becomes.
  if (
    !/(?:示范|试点|先进|标杆|模范|城市|先行区|示范区|领跑者|品牌|精品|名牌|工厂|车间|基地|单位|企业|集体)$/.test(title) ||
    /的/.test(title) ||
    title.length > 30
  )
    return null;
  // "获评某省质量信用最高级企业": a rank (最高级) points at a grade the text names elsewhere; it is no title.
  if (RANK_NOT_TITLE.test(title)) return null;
  const t = canonicalTitle(issuer ? `${issuer}的` : "", title, ctx);
  if (!t) return null;
  if (issuer && /^(?:国家|国务院|全国|中国)|部$|总局$/.test(issuer) && t.level !== "national")
    return { ...t, level: "national", region: "中国", tier: "other" };
  return { ...t, tier: t.tier };
}

const ASSESSMENT =
  /(全国|全省|全市|省|市)([\u4e00-\u9fff]{2,10}?)考核(?:中)?[,，]?([\u4e00-\u9fff]{0,16}?)(?:荣获|获得|获评|被评为|评为|获|位列|位居)(?:了)?(?:最高等级|最高等次|最高)?[“"]?([A-E]|优秀|一等|第一等次)[”"]?(?:级|等次|等级)?(?:评定|等次|档次)?/;

/** "全省质量工作考核某市连续多次荣获最高等级A级评定" → 某省质量工作考核A级 to that region. */
export function assessmentGrade(s: Span, ctx: AwardContext): { recipient: string; honour: Honour; end: number } | null {
  const m = ASSESSMENT.exec(s.text);
  if (!m) return null;
  const scope = m[1].replace(/^全/, "");
  const e = scope === "国" ? null : scope === "省" ? ctx.regions.province : ctx.regions.city;
  const region = e?.name ?? (scope === "国" ? "中国" : null);
  if (!region) return null;
  const level: Level = e ? levelOfRegion(e) : "national";
  let recipient = ctx.regions.self?.name ?? null;
  for (let len = Math.min(8, m[3].length); len >= 2 && m[3]; len--) {
    const hit = ctx.index.lookup(m[3].slice(0, len));
    if (hit.length) {
      recipient = inDocumentProvince(hit, ctx).name;
      break;
    }
  }
  if (!recipient) return null;
  const grade = /^[A-E]$/.test(m[4]) ? `${m[4]}级` : m[4];
  return {
    recipient,
    honour: {
      award: `${scope === "国" ? "全国" : region}${m[2]}考核${grade}`,
      level,
      region: scope === "国" ? "中国" : region,
      tier: "other",
    },
    end: m.index! + m[0].length,
  };
}

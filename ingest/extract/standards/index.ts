// Standards (issue 17): the standards a document names (codes, titles cited as standards) and what
// it says about drafting them (who led or took part, counts by level). Pure over the prepared
// document. Its output is kept out of `facts`: standards are not gold-schema facts.
import { BASIS_WORDS, EVALUATION_WORDS } from "../../../graph/standard-vocabulary.js";
import type { Evidence, StandardDrafting, StandardRef, Warning } from "../../../graph/types.js";
import { spanAt } from "../../text/sentences.js";
import type { Extraction } from "../extractor.js";
import type { PreparedDocument } from "../prepared-document.js";
import { type CountItem, findStandardCounts } from "./counts.js";
import { type Drafter, drafterAfter, drafterBefore, roleBefore } from "./drafters.js";
import { type ReadingSentence, readingSentences } from "./reading-sentences.js";
import { type RecognisedStandard, recogniseStandards } from "./recognise.js";
import { statementYear } from "./years.js";

export interface StandardsOutput {
  refs: StandardRef[];
  drafting: StandardDrafting[];
}

/** An `Extraction` with no facts, plus the standards; assignable wherever an `Extractor` is expected. */
export interface StandardsExtraction extends Extraction {
  standards: StandardsOutput;
}

/** Evidence for [start, end) of the document: the original characters, trimmed of blanks. */
function evidence(doc: PreparedDocument, start: number, end: number): Evidence {
  const text = doc.record.text;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { doc: doc.record.id, start, end, text: text.slice(start, end) };
}

function warn(doc: PreparedDocument, code: string, message: string, ev: Evidence): Warning {
  return { doc: doc.record.id, code, message, evidence: ev };
}

/**
 * Whether the sentence cites the standard as what applicants are evaluated against: a basis word
 * before it and an evaluating word in the sentence ("对照《…准则》组织专家评审").
 */
function isEvaluationBasis(doc: PreparedDocument, r: RecognisedStandard): boolean {
  const sentence = spanAt(doc.sentences, r.start);
  if (!sentence) return false;
  const before = doc.norm.slice(sentence.start, r.start);
  return BASIS_WORDS.some((w) => before.includes(w)) && EVALUATION_WORDS.some((w) => sentence.text.includes(w));
}

function toRef(doc: PreparedDocument, r: RecognisedStandard): StandardRef {
  return {
    doc: doc.record.id,
    code: r.code,
    number: r.number,
    edition_year: r.editionYear,
    title: r.title,
    level: r.level,
    ...(r.province ? { province: r.province } : {}),
    ...(isEvaluationBasis(doc, r) ? { evaluation_basis: true } : {}),
    evidence: evidence(doc, r.start, r.end),
  };
}

/** The organisation named as drafter; a firm only referred back to (该公司) is left null with a warning. */
function organisation(doc: PreparedDocument, drafter: Drafter, ev: Evidence, warnings: Warning[]): string | null {
  if (!drafter) return null;
  if ("organization" in drafter) return drafter.organization;
  warnings.push(
    warn(
      doc,
      "standard-drafter-refers-back",
      `the drafter is written only as "${drafter.refersBack}"; the firm it refers to is not resolved`,
      ev,
    ),
  );
  return null;
}

/** Named standards the text says someone drafted ("某公司主导起草的《…规范》"). */
function namedDrafting(
  doc: PreparedDocument,
  refs: Array<{ r: RecognisedStandard; ref: StandardRef }>,
  warnings: Warning[],
): StandardDrafting[] {
  const out: StandardDrafting[] = [];
  for (const { r, ref } of refs) {
    const sentence = spanAt(doc.sentences, r.start);
    if (!sentence) continue;
    const head = doc.norm.slice(sentence.start, r.start);
    const base = {
      doc: doc.record.id,
      standard: { code: ref.code, title: ref.title },
      levels: ref.level ? [ref.level] : [],
      count: null,
      comparator: null,
      year: statementYear(doc, head, r.start),
    };
    const reading = roleBefore(head);
    // The drafting words govern a standard in their own clause ("参与起草《A》、《B》"), not one cited after a comma.
    if (reading?.drafting && !/[，,；;。：:]/.test(head.slice(reading.at))) {
      const drafter = organisation(doc, drafterBefore(head, reading.at), ref.evidence, warnings);
      out.push({ ...base, organization: drafter, role: reading.role, evidence: evidence(doc, sentence.start + reading.at, r.end) });
      continue;
    }
    const after = doc.norm.slice(r.end, sentence.end);
    const passive = drafterAfter(after);
    if (passive)
      out.push({ ...base, organization: passive.organization, role: passive.role, evidence: evidence(doc, r.start, r.end + passive.end) });
  }
  return out;
}

/** A region mention ending where the count's region span ends ("某市农业地方标准" → 某市). */
function countRegion(doc: PreparedDocument, s: ReadingSentence, item: CountItem): string | null {
  if (!item.regionSpan) return null;
  const start = s.pos(item.regionSpan.start);
  const end = s.pos(item.regionSpan.end - 1) + 1;
  const mention = doc.regionMentions.find((m) => m.end === end && m.start >= start);
  if (!mention) return null;
  return mention.candidates.length === 1 ? mention.candidates[0] : mention.surface;
}

/** Counts of standards by level ("主导制定国家标准3项", "新增国际、国家标准分别为2项、9项"). */
function countedDrafting(doc: PreparedDocument, warnings: Warning[]): StandardDrafting[] {
  const out: StandardDrafting[] = [];
  for (const s of readingSentences(doc)) {
    for (const item of findStandardCounts(s.text)) {
      const head = s.text.slice(0, item.levelStart);
      const reading = roleBefore(head);
      // The evidence shows the role it was read with: "主导制定国际标准2项、国家标准5项" for the second count.
      const from = reading?.drafting ? reading.at : item.start;
      const ev = evidence(doc, s.pos(from), s.pos(item.end - 1) + 1);
      const drafter = reading?.drafting ? organisation(doc, drafterBefore(head, reading.at), ev, warnings) : null;
      const region = countRegion(doc, s, item);
      out.push({
        doc: doc.record.id,
        organization: drafter,
        role: reading?.drafting ? reading.role : null,
        standard: null,
        levels: item.levels,
        count: item.count,
        comparator: item.comparator,
        ...(region ? { region } : {}),
        year: statementYear(doc, s.text.slice(0, item.start), s.pos(item.start)),
        evidence: ev,
      });
    }
  }
  return out;
}

export function extractStandards(doc: PreparedDocument): StandardsExtraction {
  const warnings: Warning[] = [];
  const found = recogniseStandards(doc.norm).map((r) => ({ r, ref: toRef(doc, r) }));
  for (const { r, ref } of found) {
    if (!r.level)
      warnings.push(
        warn(doc, "standard-level-unknown", `no code or level word gives the level of standard "${r.title ?? r.code}"`, ref.evidence),
      );
    if (r.conflictingLevel)
      warnings.push(
        warn(
          doc,
          "standard-level-conflict",
          `the code ${r.code} makes it ${r.level}, the text calls it ${r.conflictingLevel}; the code's level is kept`,
          ref.evidence,
        ),
      );
  }
  const drafting = [...namedDrafting(doc, found, warnings), ...countedDrafting(doc, warnings)];
  return { facts: [], warnings, aliases: [], standards: { refs: found.map((f) => f.ref), drafting } };
}

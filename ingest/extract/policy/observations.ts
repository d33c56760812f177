// Reported figures: a quantified item that is not a goal. Its year is the one written with it,
// else the year its paragraph opens with ("2022年，全市…"), else the year its section reviews ("2021年是…"), else the year the document speaks from.

import { metricKey } from "../../../graph/metrics.js";
import type { ObservationFact } from "../../../graph/types.js";
import type { PreparedDocument } from "../prepared-document.js";
import type { SectionYear } from "./context.js";
import type { QuantityItem } from "./items.js";

type NewObservation = Omit<ObservationFact, "id">;

export interface YearScope {
  section: SectionYear | null;
  /** The year the document reports on: a report's subject year, a reviewed year, else its speaking year. */
  reviewed: number | null;
  /** The year the paragraph opens with ("2022年，全市…"). */
  paragraphYear: number | null;
  /** The year the document's own words fix ("今年…申报2023年…", a reviewed year in the title). */
  pinned: number | null;
  /** The paragraph opens with a period that has no year of its own (近年来, 2018年以来 in a later year). */
  undated: boolean;
  /** The year the paragraph opens with, even when a period word follows it. */
  openingYear?: number | null;
  /** The last year named before the sentence (the event a "至此" total closes). */
  eventYear: number | null;
}

/**
 * The year of a reported figure: the one written with it; a "至此" total takes the year of the
 * event it closes; a figure in a paragraph opened by an undated period (近年来) has none; a
 * 截至目前 total or a running total (累计, 先后) only the year the text pins or its paragraph
 * gives (README: 截至目前/迄今/以来 → null unless dated); otherwise the paragraph's, the
 * section's, or the year the document reports on.
 */
export function observationYear(item: QuantityItem, scope: YearScope): number | null {
  const { section, reviewed, paragraphYear, pinned } = scope;
  if (item.year != null) return item.year;
  if (item.closing) return scope.eventYear ?? paragraphYear ?? reviewed;
  // "2022年，…。自2021年以来，累计…": a paragraph opened with a year reports in that year.
  if (scope.undated) return scope.openingYear ?? null;
  if (item.asOfNow || item.cumulative) return paragraphYear ?? (section && !section.plan ? section.year : null) ?? pinned;
  // "去年，全市…" is the year before the one the text speaks from.
  if (item.relativeYear != null && reviewed != null) return reviewed + item.relativeYear;
  if (paragraphYear != null) return paragraphYear;
  if (section && !section.plan) return section.year;
  return reviewed;
}

export function observationFact(doc: PreparedDocument, item: QuantityItem, year: number | null, region: string | null): NewObservation {
  return {
    doc: doc.record.id,
    kind: "observation",
    evidence: [{ doc: doc.record.id, start: item.start, end: item.end, text: doc.record.text.slice(item.start, item.end) }],
    region,
    metric: item.metric,
    metric_key: metricKey(item.metric),
    value: item.value,
    unit: item.unit,
    year,
  };
}

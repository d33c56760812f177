// Reported figures: a quantified item that is not a goal. Its year is the one written with it,
// else the year its paragraph opens with ("2022年，全市…"), else the year its section reviews ("2021年是…"), else the year the document speaks from.
import type { ObservationFact } from "../../../graph/types.js";
import { metricKey } from "../../../graph/metrics.js";
import type { PreparedDocument } from "../prepared-document.js";
import type { SectionYear } from "./context.js";
import type { QuantityItem } from "./items.js";

type NewObservation = Omit<ObservationFact, "id">;

/**
 * `speaking` is the year the document speaks from (its date line, else a year its text pins);
 * `pinned` is the year its own words fix ("今年…申报2023年…", a reviewed year in the title): a
 * 截至目前 total takes only that one (README: 截至目前 → null unless the text pins the year).
 */
export function observationYear(item: QuantityItem, section: SectionYear | null, speaking: number | null, paragraphYear: number | null = null, pinned: number | null = speaking): number | null {
  if (item.year != null) return item.year;
  if (item.asOfNow) return paragraphYear ?? (section && !section.plan ? section.year : null) ?? pinned;
  // "去年，全市…" is the year before the one the text speaks from.
  if (item.relativeYear != null && speaking != null) return speaking + item.relativeYear;
  if (paragraphYear != null) return paragraphYear;
  if (section && !section.plan) return section.year;
  return speaking;
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

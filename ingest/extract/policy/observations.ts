// Reported figures: a quantified item that is not a goal. Its year is the one written with it,
// else the year its paragraph opens with ("2022年，全市…"), else the year its section reviews ("2021年是…"), else the year the document speaks from.
import type { ObservationFact } from "../../../graph/types.js";
import { metricKey } from "../../../graph/metrics.js";
import type { PreparedDocument } from "../prepared-document.js";
import type { SectionYear } from "./context.js";
import type { QuantityItem } from "./items.js";

type NewObservation = Omit<ObservationFact, "id">;

export function observationYear(item: QuantityItem, section: SectionYear | null, speaking: number | null, paragraphYear: number | null = null): number | null {
  if (item.year != null) return item.year;
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

// Round trips to D1 and the time spent waiting on them, for the Server-Timing header: a route that
// makes three sequential queries shows `d1;dur=9.0;desc="3 round trips"`. Counted per isolate;
// a request's share is the difference over its lifetime, given only when no other request ran in
// the same isolate meanwhile (workerd interleaves requests at every await, so the counts would mix).

export interface D1Meter {
  trips: number;
  ms: number;
}

const meter: D1Meter = { trips: 0, ms: 0 };
let active = 0;
let overlaps = 0;

/** Runs one call to D1 (a query or a batch: one round trip), counting it and its time. */
export async function metered<T>(call: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await call();
  } finally {
    meter.trips++;
    meter.ms += performance.now() - t0;
  }
}

/**
 * Starts measuring one request; the function returned ends it and gives the request's round trips
 * and their time, or null when another request overlapped it.
 */
export function meterRequest(): () => D1Meter | null {
  const idle = active === 0;
  active++;
  if (!idle) overlaps++;
  const seen = overlaps;
  const start = { ...meter };
  return () => {
    const alone = idle && active === 1 && overlaps === seen;
    active--;
    return alone ? { trips: meter.trips - start.trips, ms: meter.ms - start.ms } : null;
  };
}

// Per-step wall times of one write, for the benchmarks: where a bulk write's seconds go (off unless asked for).
/** Milliseconds spent per named step; the same name twice adds up. */
export type StepTimes = Record<string, number>;

/** A lap timer adding each step's time to `times`; a no-op when `times` is undefined (every ordinary write). */
export function stepClock(times: StepTimes | undefined): (step: string) => void {
  if (!times) return () => {};
  let last = performance.now();
  return (step) => {
    const now = performance.now();
    times[step] = (times[step] ?? 0) + (now - last);
    last = now;
  };
}

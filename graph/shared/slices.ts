// Long computations written once as generators that pause between slices: run at once, or giving the event loop turns.

/** A computation that yields (nothing) wherever it may pause, and returns its result. */
export type Sliced<T> = Generator<void, T, void>;

/** Runs a sliced computation to its end without pausing (command-line tools, tests, small data). */
export function runNow<T>(steps: Sliced<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs a sliced computation, giving the event loop a turn whenever `sliceMs` have passed since the last one, so a
 * server loading a million relations in the background still answers in the meantime (a reload of the 1M-relation
 * benchmark dataset otherwise holds the event loop for seconds at a time).
 */
export async function runInSlices<T>(steps: Sliced<T>, sliceMs = 25): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}

/** Resolves after the event loop has had a turn (I/O and timers included): the pause between two steps of a long job. */
export function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

/** How many items a loop handles between two pause points: checking the clock per item would cost more than the items. */
export const SLICE_ITEMS = 4096;

/** True after every SLICE_ITEMS-th item of a loop counting from 0: where it may pause (`if (atSliceEnd(i)) yield;`). */
export function atSliceEnd(index: number): boolean {
  return index % SLICE_ITEMS === SLICE_ITEMS - 1;
}

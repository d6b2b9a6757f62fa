// A small serial queue: jobs run one after another, failures are reported (not thrown), and listeners hear when it turns busy or idle.

/** The queue's handle. */
export interface SerialQueue {
  /** Queues a job after every earlier one; resolves when it has run (or failed and been reported). */
  run(job: () => Promise<void> | void): Promise<void>;
  /** Makes every later job wait for `gate` too (large mode: the layout must stop before any merge). */
  after(gate: Promise<unknown>): void;
  /** Jobs queued or running. */
  pending(): number;
  /** Resolves once every job queued so far, and every job they queued, has run. */
  idle(): Promise<void>;
}

/** Creates a queue; `report` gets each failure except aborts, `busyChanged` fires when pending goes 0 → 1 and back to 0. */
export function createSerialQueue(report: (error: unknown) => void, busyChanged: () => void = () => {}): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  return {
    run(job) {
      if (pending++ === 0) busyChanged();
      const next = tail
        .then(job)
        .catch((error: unknown) => {
          if ((error as { name?: string })?.name !== 'AbortError') report(error);
        })
        .finally(() => {
          if (--pending === 0) busyChanged();
        });
      tail = next;
      return next;
    },
    after(gate) {
      tail = tail.then(() => gate);
    },
    pending: () => pending,
    async idle() {
      let seen: Promise<unknown>;
      do {
        seen = tail;
        await seen;
      } while (seen !== tail);
    },
  };
}

// Worker thread of one layout: takes the arrays it is sent, runs ForceAtlas2 within the budget, posts the positions back (transferred).
import { parentPort } from 'node:worker_threads';
import { computeLayout, type LayoutBudget, type LayoutInput } from './compute-layout.js';

/** The one message a layout worker receives. */
export interface LayoutRequest {
  input: LayoutInput;
  budget: LayoutBudget;
}

parentPort!.once('message', ({ input, budget }: LayoutRequest) => {
  const result = computeLayout(input, budget);
  parentPort!.postMessage(result, [result.positions.buffer as ArrayBuffer]);
});

// Tests for client/large/serial-queue.ts: one job at a time in order, failures reported, busy/idle notices, gates, idle.
import t from 'tap';
import { createSerialQueue } from '../../../client/large/serial-queue.js';

const tick = (ms = 1) => new Promise((resolve) => setTimeout(resolve, ms));

t.test('a failing job is reported, not thrown, and the queue goes on; aborts are not reported', async (t) => {
  const reported: unknown[] = [];
  const queue = createSerialQueue((error) => reported.push(error));
  await queue.run(() => {
    throw new Error('boom');
  });
  await queue.run(() => {
    throw Object.assign(new Error('stop'), { name: 'AbortError' });
  });
  let ran = false;
  await queue.run(() => void (ran = true));
  t.same(
    reported.map((e) => (e as Error).message),
    ['boom'],
  );
  t.ok(ran, 'the next job still runs');
});

t.test('jobs run one at a time, in order, and busy/idle is announced once each way', async (t) => {
  const log: string[] = [];
  let notices = 0;
  const queue = createSerialQueue(
    () => {},
    () => notices++,
  );
  let running = 0;
  const job = (name: string, ms: number) => async () => {
    running++;
    t.equal(running, 1, `${name} runs alone`);
    await tick(ms);
    log.push(name);
    running--;
  };
  void queue.run(job('slow', 20));
  void queue.run(job('fast', 1));
  t.equal(queue.pending(), 2);
  t.equal(notices, 1, 'busy');
  await queue.idle();
  t.same(log, ['slow', 'fast'], 'in the order queued, though the second is quicker');
  t.equal(queue.pending(), 0);
  t.equal(notices, 2, 'idle again');
});

t.test('a gate holds later jobs; idle waits for jobs queued by jobs', async (t) => {
  const queue = createSerialQueue(() => {});
  let open!: () => void;
  queue.after(new Promise<void>((resolve) => (open = resolve)));
  const log: string[] = [];
  void queue.run(() => {
    log.push('first');
    void queue.run(() => void log.push('queued by first'));
  });
  await tick(10);
  t.same(log, [], 'nothing runs before the gate opens (the layout has not stopped)');
  open();
  await queue.idle();
  t.same(log, ['first', 'queued by first']);
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { startScheduler, type Task } from './scheduler.js';

// The scheduler's timing with fake timers: the first ticks run one after another a second after
// start, then each task on its own interval; stop ends it all.

afterEach(() => vi.useRealTimers());

/** A task that takes `ms` and records when it started and ended (fake time). */
function task(name: string, ms: number, log: string[], everyMs = 60_000): Task {
  return {
    name,
    everyMs,
    run: async () => {
      log.push(`${name}+${Date.now()}`);
      await new Promise((r) => setTimeout(r, ms));
      log.push(`${name}-${Date.now()}`);
    },
  };
}

describe('scheduler', () => {
  it('runs the first ticks one after another, then each task on its interval', async () => {
    vi.useFakeTimers({ now: 0 });
    const log: string[] = [];
    const s = startScheduler([task('a', 500, log), task('b', 200, log, 10_000)], () => undefined);
    await vi.advanceTimersByTimeAsync(999);
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    // b starts only when a has finished: never two first ticks at once.
    expect(log).toEqual(['a+1000', 'a-1500', 'b+1500', 'b-1700']);
    await vi.advanceTimersByTimeAsync(8_500);
    expect(log.slice(4)).toEqual(['b+10000', 'b-10200']);
    await s.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(log).toHaveLength(6);
  });

  it('stopped before the first tick, runs nothing', async () => {
    vi.useFakeTimers({ now: 0 });
    const log: string[] = [];
    const s = startScheduler([task('a', 10, log)], () => undefined);
    await s.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(log).toEqual([]);
  });

  it('reports a failing task and goes on with the next', async () => {
    vi.useFakeTimers({ now: 0 });
    const log: string[] = [];
    const errors: string[] = [];
    const failing: Task = { name: 'x', everyMs: 60_000, run: () => Promise.reject(new Error('boom')) };
    const s = startScheduler([failing, task('b', 10, log)], (name) => errors.push(name));
    await vi.advanceTimersByTimeAsync(1_100);
    expect(errors).toEqual(['x']);
    expect(log).toEqual(['b+1000', 'b-1010']);
    await s.stop();
  });
});

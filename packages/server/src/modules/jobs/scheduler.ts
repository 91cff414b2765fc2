// A small in-process scheduler: every task ticks on its interval; a tick never overlaps the
// previous one. Tasks decide themselves what runs once across nodes (job-runs.ts) and what is
// safe to run on every node (the outbox sender locks rows with SKIP LOCKED).

export type Task = {
  name: string;
  everyMs: number;
  run: (now: Date) => Promise<void>;
};

export type Scheduler = {
  stop: () => Promise<void>;
  /** Ticks every task now and waits for them (tests that move the clock). */
  runNow: () => Promise<void>;
};

export function startScheduler(
  tasks: Task[],
  onError: (task: string, err: unknown) => void,
  now: () => Date = () => new Date(),
): Scheduler {
  const running = new Map<string, Promise<void>>();
  const tick = (task: Task) => {
    if (running.has(task.name)) return;
    const p = task
      .run(now())
      .catch((err: unknown) => onError(task.name, err))
      .finally(() => running.delete(task.name));
    running.set(task.name, p);
  };
  const timers = tasks.map((task) => {
    const first = setTimeout(() => tick(task), 1_000);
    const every = setInterval(() => tick(task), task.everyMs);
    first.unref();
    every.unref();
    return [first, every] as const;
  });
  return {
    runNow: async () => {
      await Promise.all(running.values());
      for (const task of tasks) tick(task);
      await Promise.all(running.values());
    },
    stop: async () => {
      for (const [first, every] of timers) {
        clearTimeout(first);
        clearInterval(every);
      }
      await Promise.all(running.values());
    },
  };
}

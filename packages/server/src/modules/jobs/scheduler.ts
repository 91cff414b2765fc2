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
  // The first ticks, a second after start, run one after another: started together they would
  // each hold a database connection (an idle PostgreSQL backend apiece until the pool lets go).
  let stopped = false;
  const firstTicks = async () => {
    for (const task of tasks) {
      if (stopped) return;
      tick(task);
      await running.get(task.name);
    }
  };
  const first = setTimeout(() => void firstTicks(), 1_000);
  first.unref();
  const timers = tasks.map((task) => {
    const every = setInterval(() => tick(task), task.everyMs);
    every.unref();
    return every;
  });
  return {
    runNow: async () => {
      await Promise.all(running.values());
      for (const task of tasks) tick(task);
      await Promise.all(running.values());
    },
    stop: async () => {
      stopped = true;
      clearTimeout(first);
      for (const every of timers) clearInterval(every);
      await Promise.all(running.values());
    },
  };
}

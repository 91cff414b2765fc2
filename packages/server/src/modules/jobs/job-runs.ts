import os from 'node:os';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { jobRuns } from '../../db/schema.js';

// Each occurrence of a scheduled job (a name and a run key such as the day '2026-11-26') runs
// once however many app nodes share the database: the node whose INSERT wins runs it.

export const NODE_NAME = `${os.hostname()}:${process.pid}`;

/** True when this node claimed the run; false when another node already has it. */
export async function claimRun(db: Db, name: string, runKey: string): Promise<boolean> {
  const rows = await db
    .insert(jobRuns)
    .values({ name, runKey, node: NODE_NAME })
    .onConflictDoNothing()
    .returning({ name: jobRuns.name });
  return rows.length === 1;
}

export async function finishRun(db: Db, name: string, runKey: string, result: unknown): Promise<void> {
  await db
    .update(jobRuns)
    .set({ finishedAt: sql`now()`, result })
    .where(and(eq(jobRuns.name, name), eq(jobRuns.runKey, runKey)));
}

/** Gives a failed run back so that the next tick (on any node) tries again. */
export async function releaseRun(db: Db, name: string, runKey: string): Promise<void> {
  await db.delete(jobRuns).where(and(eq(jobRuns.name, name), eq(jobRuns.runKey, runKey)));
}

/** Claims, runs and records one occurrence; returns whether this node ran it. */
export async function runOnce(db: Db, name: string, runKey: string, work: () => Promise<unknown>): Promise<boolean> {
  if (!(await claimRun(db, name, runKey))) return false;
  try {
    await finishRun(db, name, runKey, (await work()) ?? null);
  } catch (err) {
    await releaseRun(db, name, runKey);
    throw err;
  }
  return true;
}

/** True when every named job has finished its occurrence `runKey` (on any node). */
export async function allFinished(db: Db, names: readonly string[], runKey: string): Promise<boolean> {
  const rows = await db
    .select({ name: jobRuns.name })
    .from(jobRuns)
    .where(and(inArray(jobRuns.name, [...names]), eq(jobRuns.runKey, runKey), isNotNull(jobRuns.finishedAt)));
  return rows.length === names.length;
}

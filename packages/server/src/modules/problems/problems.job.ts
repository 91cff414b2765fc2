import { localDate } from '@tuijin/shared';
import type { Db } from '../../db/database.js';
import { runOnce } from '../jobs/job-runs.js';
import type { Task } from '../jobs/scheduler.js';
import { escalateOverdue } from './problem-escalation.js';
import type { ProblemSettings } from './problems.service.js';

// Once a district-local day (on one node), overdue problems go up a level and are told.

export function escalationOnce(db: Db, s: ProblemSettings): Promise<boolean> {
  return runOnce(db, 'problem-escalation', localDate(s.clock.now(), s.timeZone), () => escalateOverdue(db, s));
}

export function problemTasks(db: Db, s: ProblemSettings): Task[] {
  return [{ name: 'problem-escalation', everyMs: 10 * 60_000, run: async () => void (await escalationOnce(db, s)) }];
}

import { escalationLevel, escalationStep, problemDaysOverdue, type ProblemStatus } from '@tuijin/shared';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { problems } from '../../db/schema.js';
import { tellAboutProblem } from './problem-notices.js';
import * as repo from './problems.repo.js';
import { today, type ProblemSettings } from './problems.service.js';

/**
 * The escalation job for a district-local day: every problem whose lead unit owes work past the
 * due date goes up a level (the lead leader, then the escalation list), told once per level.
 */
export async function escalateOverdue(db: Db, s: ProblemSettings): Promise<{ escalated: number }> {
  const t = today(s);
  const due = await db.execute<{ id: string; status: ProblemStatus; due_date: string; escalation_level: number }>(sql`
    SELECT id, status, due_date::text, escalation_level FROM problems
    WHERE status IN ('assigned', 'in_progress', 'reopened') AND due_date < ${t}::date`);
  let escalated = 0;
  for (const p of due.rows) {
    const step = escalationStep(p.escalation_level, escalationLevel({ status: p.status, dueDate: p.due_date }, t));
    if (step.level === p.escalation_level) continue;
    await db.transaction(async (tx) => {
      const row = await repo.findProblem(tx, p.id, true);
      if (!row || row.escalationLevel !== p.escalation_level) return;
      await tx.update(problems).set({ escalationLevel: step.level }).where(eq(problems.id, p.id));
      for (const level of step.notify) {
        await repo.insertEvent(tx, {
          problemId: p.id,
          kind: 'escalate',
          byUserId: null,
          byUnitId: null,
          at: s.clock.now(),
          data: { level, daysOverdue: problemDaysOverdue({ status: p.status, dueDate: p.due_date }, t) },
        });
        await tellAboutProblem(
          tx,
          level === 1 ? 'escalate_leader' : 'escalate_list',
          row,
          { districtId: row.districtId, leadLeaderId: row.lead_leader_id, ownerUnitId: row.owner_unit_id },
          null,
          problemDaysOverdue({ status: p.status, dueDate: p.due_date }, t),
        );
      }
      escalated++;
    });
  }
  return { escalated };
}

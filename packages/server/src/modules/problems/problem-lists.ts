import { PROBLEM_STATUSES, type ProblemQuery, type ProblemStatus } from '@tuijin/shared';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { districtsFor, type Actor } from '../../lib/actor.js';
import { containsPattern } from '../../lib/sql-like.js';
import * as repo from './problems.repo.js';
import { present, problemVisibility, today, type ProblemSettings } from './problems.service.js';

// The problem lists: the board, the table, "my desk" and the counts per status.

/** The filters of a query; "mine" is what waits on the caller (contracts/problems.ts). */
function filterOf(actor: Actor, q: ProblemQuery, todayKey: string): repo.ProblemFilter | null {
  const f: repo.ProblemFilter = {
    status: q.status,
    category: q.category,
    urgency: q.urgency,
    unitId: q.unitId,
    leaderId: q.leaderId,
    projectId: q.projectId,
    districtId: q.districtId,
    overdueOn: q.overdue ? todayKey : undefined,
    escalated: q.escalated,
    forMeeting: q.forMeeting,
    q: q.q ? containsPattern(q.q) : undefined,
  };
  if (!q.mine) return f;
  const office = districtsFor(actor, 'admin', 'office');
  const parts: SQL[] = [];
  if (actor.unitId)
    parts.push(sql`(p.status IN ('assigned', 'in_progress', 'reopened')
      AND (p.lead_unit_id = ${actor.unitId} OR ${actor.unitId}::uuid = ANY(p.helper_unit_ids)))`);
  parts.push(sql`(p.status = 'solved' AND p.raised_by = ${actor.userId})`);
  if (office.length)
    parts.push(
      sql`(p.status IN ('open', 'solved') AND p.district_id IN (${sql.join(
        office.map((d) => sql`${d}::uuid`),
        sql`, `,
      )}))`,
    );
  return { ...f, extra: sql`(${sql.join(parts, sql` OR `)})` };
}

export async function listProblems(db: Db, actor: Actor, s: ProblemSettings, q: ProblemQuery) {
  const t = today(s);
  const rows = await repo.listProblems(
    db,
    problemVisibility(actor),
    filterOf(actor, q, t)!,
    q.sort,
    q.page,
    q.pageSize,
    s.timeZone,
  );
  return { items: rows.map((r) => present(r, t)), total: rows[0]?.total ?? 0, page: q.page, pageSize: q.pageSize };
}

export async function problemCounts(db: Db, actor: Actor, s: ProblemSettings, q: ProblemQuery) {
  const counts = await repo.countByStatus(db, problemVisibility(actor), filterOf(actor, q, today(s))!);
  return Object.fromEntries(PROBLEM_STATUSES.map((st) => [st, counts[st] ?? 0])) as Record<ProblemStatus, number>;
}

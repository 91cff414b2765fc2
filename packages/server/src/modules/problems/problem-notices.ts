import { PROBLEM_NOTICE_EVENTS, type ProblemNoticeEvent } from '@tuijin/shared';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { notify } from '../notifications/notifications.service.js';
import type { ProblemRow } from './problems.repo.js';

// Who hears of a step on a problem, and the message: the office of a new problem; the lead and
// helping units of an assignment; the raiser and the office of progress and of a solution to
// verify; the lead unit of a reopening; the lead leader, then the escalation list, of an overdue one.

type ProjectFacts = { districtId: string; leadLeaderId: string | null; ownerUnitId: string };

async function ids(tx: Tx, query: ReturnType<typeof sql>): Promise<string[]> {
  return (await tx.execute<{ id: string }>(query)).rows.map((r) => r.id);
}

const unitUsers = (tx: Tx, unitIds: string[]) =>
  unitIds.length
    ? ids(
        tx,
        sql`SELECT id FROM users WHERE status = 'active' AND unit_id IN (${sql.join(
          unitIds.map((u) => sql`${u}::uuid`),
          sql`, `,
        )})`,
      )
    : Promise.resolve([]);

const officeUsers = (tx: Tx, districtId: string) =>
  ids(
    tx,
    sql`SELECT DISTINCT u.id FROM users u JOIN role_grants g ON g.user_id = u.id
        WHERE u.status = 'active' AND g.role = 'office' AND g.scope_region_id = ${districtId}`,
  );

async function escalationList(tx: Tx, districtId: string): Promise<string[]> {
  const list = await ids(tx, sql`SELECT user_id AS id FROM escalation_contacts WHERE district_id = ${districtId}`);
  return list.length ? list : officeUsers(tx, districtId);
}

export async function recipients(
  tx: Tx,
  event: ProblemNoticeEvent,
  p: ProblemRow,
  project: ProjectFacts,
): Promise<string[]> {
  switch (event) {
    case 'raise':
      return officeUsers(tx, project.districtId);
    case 'assign':
      return unitUsers(tx, [...(p.leadUnitId ? [p.leadUnitId] : []), ...p.helperUnitIds]);
    case 'progress':
    case 'solve':
      return [p.raisedBy, ...(await officeUsers(tx, project.districtId))];
    case 'close':
    case 'reopen':
      return [p.raisedBy, ...(await unitUsers(tx, p.leadUnitId ? [p.leadUnitId] : []))];
    case 'escalate_leader':
      return project.leadLeaderId ? [project.leadLeaderId] : escalationList(tx, project.districtId);
    case 'escalate_list':
      return escalationList(tx, project.districtId);
  }
}

const NOTICE_EVENTS = new Set<string>(PROBLEM_NOTICE_EVENTS);

/** Tells the people concerned of a step (other actions — comments, edits, flags — tell no one). */
export async function tellAboutProblem(
  tx: Tx,
  event: string,
  p: ProblemRow,
  project: ProjectFacts,
  note?: string | null,
  daysOverdue = 0,
): Promise<void> {
  if (!NOTICE_EVENTS.has(event)) return;
  const e = event as ProblemNoticeEvent;
  const names = await tx.execute<{ project_name: string; unit_name: string | null }>(sql`
    SELECT pr.name AS project_name, u.name AS unit_name
    FROM projects pr LEFT JOIN units u ON u.id = ${p.leadUnitId}::uuid WHERE pr.id = ${p.projectId}`);
  const n = names.rows[0];
  await notify(tx, {
    districtId: project.districtId,
    userIds: await recipients(tx, e, p, project),
    kind: 'problem',
    payload: {
      event: e,
      problemId: p.id,
      projectId: p.projectId,
      projectName: n?.project_name ?? '',
      title: p.title,
      leadUnitName: n?.unit_name ?? null,
      dueDate: p.dueDate,
      daysOverdue,
      note: note?.trim() ? note.trim() : null,
    },
    // Escalations are told once per level and due date; other steps each time they happen.
    dedupeKey: e.startsWith('escalate') ? `problem:${p.id}:${e}:${p.dueDate}` : null,
  });
}

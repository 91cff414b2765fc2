import { eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { problemEvents, problems, projects } from '../../db/schema.js';
import { inList } from '../../lib/sql-in.js';

// Queries of the problem list (问题清单) and its timeline.

export type ProblemRow = typeof problems.$inferSelect;

/** A problem with the names a list or the detail page shows. */
export type ProblemListRow = {
  id: string;
  district_id: string;
  project_id: string;
  project_name: string;
  category: string;
  title: string;
  urgency: string;
  status: string;
  lead_unit_id: string | null;
  lead_unit_name: string | null;
  helper_units: { id: string; name: string }[];
  lead_leader_id: string | null;
  leader_name: string | null;
  raised_by: string;
  raiser_name: string;
  due_date: string | null;
  raised_on: string;
  escalation_level: number;
  for_meeting: boolean;
  updated_at: string;
  version: number;
  total: number;
};

export async function findProblem(tx: Tx, id: string, forUpdate = false) {
  const q = tx
    .select({ p: problems, ownerUnitId: projects.ownerUnitId, leadLeaderId: projects.leadLeaderId })
    .from(problems)
    .innerJoin(projects, eq(projects.id, problems.projectId))
    .where(eq(problems.id, id));
  const [row] = forUpdate ? await q.for('update', { of: problems }) : await q;
  return row ? { ...row.p, owner_unit_id: row.ownerUnitId, lead_leader_id: row.leadLeaderId } : null;
}

export type ProblemFilter = {
  status?: string[];
  category?: string[];
  urgency?: string[];
  unitId?: string;
  leaderId?: string;
  projectId?: string;
  districtId?: string;
  /** The district-local today: problems whose lead unit owes work past the due date. */
  overdueOn?: string;
  escalated?: boolean;
  forMeeting?: boolean;
  /** A LIKE pattern on the title and the project's name. */
  q?: string;
  /** Extra condition (the "my desk" variants). */
  extra?: SQL;
};

const SORTS: Record<string, SQL> = {
  dueDate: sql`p.due_date`,
  createdAt: sql`p.created_at`,
  updatedAt: sql`p.updated_at`,
  urgency: sql`CASE p.urgency WHEN 'critical' THEN 3 WHEN 'urgent' THEN 2 ELSE 1 END`,
};

function whereOf(visible: SQL, f: ProblemFilter): SQL {
  const where: SQL[] = [visible];
  if (f.status?.length) where.push(inList(sql`p.status`, f.status));
  if (f.category?.length) where.push(inList(sql`p.category`, f.category));
  if (f.urgency?.length) where.push(inList(sql`p.urgency`, f.urgency));
  if (f.unitId) where.push(sql`(p.lead_unit_id = ${f.unitId} OR ${f.unitId}::uuid = ANY(p.helper_unit_ids))`);
  if (f.leaderId) where.push(sql`projects.lead_leader_id = ${f.leaderId}`);
  if (f.projectId) where.push(sql`p.project_id = ${f.projectId}`);
  if (f.districtId) where.push(sql`p.district_id = ${f.districtId}`);
  if (f.overdueOn)
    where.push(sql`p.status IN ('assigned', 'in_progress', 'reopened') AND p.due_date < ${f.overdueOn}::date`);
  if (f.escalated !== undefined) where.push(f.escalated ? sql`p.escalation_level > 0` : sql`p.escalation_level = 0`);
  if (f.forMeeting !== undefined) where.push(sql`p.for_meeting = ${f.forMeeting}`);
  if (f.q) where.push(sql`(p.title ILIKE ${f.q} OR projects.name ILIKE ${f.q})`);
  if (f.extra) where.push(f.extra);
  return sql.join(where, sql` AND `);
}

/**
 * One page of problems the caller may see (`visible` over problems p and projects), with the
 * total. Problems of other projects reach a unit through its lead or helping role.
 */
export async function listProblems(
  tx: Tx,
  visible: SQL,
  f: ProblemFilter,
  sort: string,
  page: number,
  pageSize: number,
  timeZone: string,
): Promise<ProblemListRow[]> {
  const desc = sort.startsWith('-');
  const key = SORTS[sort.replace(/^-/, '')] ?? SORTS.dueDate!;
  const r = await tx.execute<ProblemListRow>(sql`
    SELECT p.id, p.district_id, p.project_id, projects.name AS project_name, p.category, p.title, p.urgency, p.status,
      p.lead_unit_id, u.name AS lead_unit_name,
      coalesce((SELECT json_agg(json_build_object('id', h.id, 'name', h.name) ORDER BY h.name)
                FROM units h WHERE h.id = ANY(p.helper_unit_ids)), '[]'::json) AS helper_units,
      projects.lead_leader_id, l.display_name AS leader_name,
      p.raised_by, r.display_name AS raiser_name, p.due_date::text,
      to_char(p.created_at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS raised_on,
      p.escalation_level, p.for_meeting, p.updated_at::text, p.version, (count(*) OVER ())::int AS total
    FROM problems p
    JOIN projects ON projects.id = p.project_id
    LEFT JOIN units u ON u.id = p.lead_unit_id
    LEFT JOIN users l ON l.id = projects.lead_leader_id
    JOIN users r ON r.id = p.raised_by
    WHERE ${whereOf(visible, f)}
    ORDER BY ${key} ${desc ? sql`DESC` : sql`ASC`} NULLS LAST, p.created_at DESC, p.id
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`);
  return r.rows;
}

/** How many problems in each status, for the same filters as the list (the board's columns). */
export async function countByStatus(tx: Tx, visible: SQL, f: ProblemFilter): Promise<Record<string, number>> {
  const r = await tx.execute<{ status: string; n: number }>(sql`
    SELECT p.status, count(*)::int AS n FROM problems p JOIN projects ON projects.id = p.project_id
    WHERE ${whereOf(visible, { ...f, status: undefined })} GROUP BY p.status`);
  return Object.fromEntries(r.rows.map((x) => [x.status, x.n]));
}

export async function insertEvent(
  tx: Tx,
  e: {
    problemId: string;
    kind: string;
    byUserId: string | null;
    byUnitId: string | null;
    note?: string;
    data?: object;
    /** The app's time (a test clock may have moved it); the database's now() when absent. */
    at?: Date;
  },
) {
  await tx.insert(problemEvents).values({
    problemId: e.problemId,
    kind: e.kind,
    byUserId: e.byUserId,
    byUnitId: e.byUnitId,
    note: e.note ?? '',
    data: e.data ?? {},
    ...(e.at ? { at: e.at } : {}),
  });
}

export async function timeline(tx: Tx, problemId: string) {
  const r = await tx.execute<{
    id: number;
    kind: string;
    by_user_id: string | null;
    by_name: string | null;
    by_unit_id: string | null;
    by_unit_name: string | null;
    note: string;
    data: Record<string, unknown>;
    at: string;
  }>(sql`
    SELECT e.id, e.kind, e.by_user_id, us.display_name AS by_name, e.by_unit_id, un.name AS by_unit_name, e.note, e.data, e.at::text
    FROM problem_events e
    LEFT JOIN users us ON us.id = e.by_user_id
    LEFT JOIN units un ON un.id = e.by_unit_id
    WHERE e.problem_id = ${problemId}
    ORDER BY e.at, e.id`);
  return r.rows;
}

/** Facts for closure statistics: every problem of the districts that was ever assigned. */
export async function closureFacts(
  tx: Tx,
  districtIds: string[],
  timeZone: string,
  f: { from?: string; to?: string; category?: string[] } = {},
) {
  if (!districtIds.length) return [];
  const r = await tx.execute<{
    lead_unit_id: string;
    unit_name: string;
    status: string;
    due_date: string | null;
    assigned_on: string;
    closed_on: string | null;
  }>(sql`
    SELECT p.lead_unit_id, u.name AS unit_name, p.status, p.due_date::text,
      to_char(p.assigned_at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS assigned_on,
      to_char(p.closed_at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS closed_on
    FROM problems p JOIN units u ON u.id = p.lead_unit_id
    WHERE p.district_id IN (${sql.join(
      districtIds.map((d) => sql`${d}::uuid`),
      sql`, `,
    )}) AND p.lead_unit_id IS NOT NULL
      ${f.from ? sql`AND (p.assigned_at AT TIME ZONE ${timeZone})::date >= ${f.from}::date` : sql``}
      ${f.to ? sql`AND (p.assigned_at AT TIME ZONE ${timeZone})::date <= ${f.to}::date` : sql``}
      ${f.category?.length ? sql`AND ${inList(sql`p.category`, f.category)}` : sql``}`);
  return r.rows;
}

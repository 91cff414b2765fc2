import { DEFAULT_NOTICE_RULES, type FeedbackVerdict } from '@tuijin/shared';
import { eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { supervisionFeedback, supervisionItems } from '../../db/schema.js';
import { inList } from '../../lib/sql-in.js';

// Queries of the supervision items (督查督办) and their feedback rounds. Lists read items `s`
// with their project (LEFT JOIN, named `projects` for the project scope) and assignee unit `u`.

export type ItemRow = typeof supervisionItems.$inferSelect;

export type ItemListRow = {
  id: string;
  district_id: string;
  source: string;
  source_id: string | null;
  project_id: string | null;
  project_name: string | null;
  title: string;
  assignee_unit_id: string;
  assignee_name: string;
  due_date: string;
  status: string;
  rounds: number;
  blue_within_days: number;
  closed_at: string | null;
  updated_at: string;
  version: number;
  total: number;
};

export async function findItem(tx: Tx, id: string, forUpdate = false): Promise<ItemRow | null> {
  const q = tx.select().from(supervisionItems).where(eq(supervisionItems.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

/** The blue threshold of the item's district: its stored rule, else the default. */
export const blueWithinDaysSql = sql`coalesce((SELECT (r.rules->>'blueWithinDays')::int
    FROM supervision_notice_rules r WHERE r.district_id = s.district_id), ${DEFAULT_NOTICE_RULES.blueWithinDays}::int)`;

/**
 * The notice level of an item on the district-local `today` (domain/supervision.ts in SQL): red
 * when overdue, yellow when returned, blue when due within its district's threshold, else null;
 * only for items waiting on their unit.
 */
export function noticeLevelSql(today: string): SQL {
  return sql`(CASE WHEN s.status IN ('open', 'returned') THEN CASE
    WHEN s.due_date < ${today}::date THEN 'red'
    WHEN s.status = 'returned' THEN 'yellow'
    WHEN s.due_date - ${today}::date <= ${blueWithinDaysSql} THEN 'blue' END END)`;
}

export type ItemFilter = {
  status?: string[];
  source?: string[];
  assigneeUnitId?: string;
  projectId?: string;
  districtId?: string;
  /** Notice levels, with the day and the rule they are judged by. */
  notice?: { levels: string[]; today: string };
  /** A LIKE pattern on the title and the project's name. */
  q?: string;
  /** Extra condition ("mine"). */
  extra?: SQL;
};

const SORTS: Record<string, SQL> = {
  dueDate: sql`s.due_date`,
  createdAt: sql`s.created_at`,
  updatedAt: sql`s.updated_at`,
};

function whereOf(visible: SQL, f: ItemFilter): SQL {
  const where: SQL[] = [visible];
  if (f.status?.length) where.push(inList(sql`s.status`, f.status));
  if (f.source?.length) where.push(inList(sql`s.source`, f.source));
  if (f.assigneeUnitId) where.push(sql`s.assignee_unit_id = ${f.assigneeUnitId}`);
  if (f.projectId) where.push(sql`s.project_id = ${f.projectId}`);
  if (f.districtId) where.push(sql`s.district_id = ${f.districtId}`);
  if (f.notice?.levels.length) where.push(inList(noticeLevelSql(f.notice.today), f.notice.levels));
  if (f.q) where.push(sql`(s.title ILIKE ${f.q} OR projects.name ILIKE ${f.q})`);
  if (f.extra) where.push(f.extra);
  return sql.join(where, sql` AND `);
}

const FROM = sql`supervision_items s
    JOIN units u ON u.id = s.assignee_unit_id
    LEFT JOIN projects ON projects.id = s.project_id`;

/** One page of the items the caller may see (`visible` over s and projects), with the total. */
export async function listItems(
  tx: Tx,
  visible: SQL,
  f: ItemFilter,
  sort: string,
  page: number,
  pageSize: number,
): Promise<ItemListRow[]> {
  const desc = sort.startsWith('-');
  const key = SORTS[sort.replace(/^-/, '')] ?? SORTS.dueDate!;
  // Items still to do come first, in the order asked; closed ones after them.
  const r = await tx.execute<ItemListRow>(sql`
    SELECT s.id, s.district_id, s.source, s.source_id, s.project_id, projects.name AS project_name, s.title,
      s.assignee_unit_id, u.name AS assignee_name, s.due_date::text, s.status,
      (SELECT count(*)::int FROM supervision_feedback f WHERE f.item_id = s.id) AS rounds,
      ${blueWithinDaysSql} AS blue_within_days,
      to_json(s.closed_at) #>> '{}' AS closed_at, to_json(s.updated_at) #>> '{}' AS updated_at, s.version, (count(*) OVER ())::int AS total
    FROM ${FROM}
    WHERE ${whereOf(visible, f)}
    ORDER BY s.status = 'closed', ${key} ${desc ? sql`DESC` : sql`ASC`}, s.created_at DESC, s.id
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`);
  return r.rows;
}

/** Items of the filters (but status and notice) by status and by notice level. */
export async function countItems(
  tx: Tx,
  visible: SQL,
  f: ItemFilter,
  today: string,
): Promise<{ status: Record<string, number>; notice: Record<string, number> }> {
  const r = await tx.execute<{ status: string; level: string | null; n: number }>(sql`
    SELECT s.status, ${noticeLevelSql(today)} AS level, count(*)::int AS n
    FROM ${FROM}
    WHERE ${whereOf(visible, { ...f, status: undefined, notice: undefined })}
    GROUP BY 1, 2`);
  const status: Record<string, number> = {};
  const notice: Record<string, number> = {};
  for (const x of r.rows) {
    status[x.status] = (status[x.status] ?? 0) + x.n;
    if (x.level) notice[x.level] = (notice[x.level] ?? 0) + x.n;
  }
  return { status, notice };
}

export type FeedbackRow = {
  id: string;
  round: number;
  text: string;
  by_user_id: string;
  by_name: string;
  at: string;
  reported_on: string;
  verdict: string;
  verdict_note: string | null;
  verdict_by: string | null;
  verdict_name: string | null;
  verdict_at: string | null;
  attachment_count: number;
};

/** The feedback rounds of an item, oldest first; reportedOn is the district-local report day. */
export async function feedbackOf(tx: Tx, itemId: string, timeZone: string): Promise<FeedbackRow[]> {
  const r = await tx.execute<FeedbackRow>(sql`
    SELECT f.id, f.round, f.text, f.by_user_id, b.display_name AS by_name, to_json(f.at) #>> '{}' AS at,
      to_char(f.at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS reported_on,
      f.verdict, f.verdict_note, f.verdict_by, v.display_name AS verdict_name,
      to_json(f.verdict_at) #>> '{}' AS verdict_at,
      (SELECT count(*)::int FROM attachments a
        WHERE a.owner_kind = 'supervision_feedback' AND a.owner_id = f.id AND a.deleted_at IS NULL) AS attachment_count
    FROM supervision_feedback f
    JOIN users b ON b.id = f.by_user_id
    LEFT JOIN users v ON v.id = f.verdict_by
    WHERE f.item_id = ${itemId}
    ORDER BY f.round`);
  return r.rows;
}

export async function insertRound(tx: Tx, itemId: string, round: number, text: string, byUserId: string, at: Date) {
  await tx.insert(supervisionFeedback).values({ itemId, round, text, byUserId, at });
}

/** Gives the pending round its verdict: its number, or null when none was pending. */
export async function judgePendingRound(
  tx: Tx,
  itemId: string,
  v: { verdict: FeedbackVerdict; note: string | null; by: string; at: Date },
): Promise<number | null> {
  const r = await tx.execute<{ round: number }>(sql`
    UPDATE supervision_feedback SET verdict = ${v.verdict}, verdict_note = ${v.note}, verdict_by = ${v.by},
      verdict_at = ${v.at.toISOString()}::timestamptz
    WHERE item_id = ${itemId} AND verdict = 'pending' RETURNING round`);
  return r.rows[0]?.round ?? null;
}

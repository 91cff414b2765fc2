import {
  NOTICE_LEVELS,
  SUPERVISION_STATUSES,
  type NoticeLevel,
  type SupervisionCounts,
  type SupervisionQuery,
  type SupervisionStatus,
} from '@tuijin/shared';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { Actor } from '../../lib/actor.js';
import { containsPattern } from '../../lib/sql-like.js';
import * as repo from './supervision.repo.js';
import {
  itemVisibility,
  present,
  supervisorDistricts,
  today,
  type SupervisionSettings,
} from './supervision.service.js';

// The supervision lists: the table with its filters, "mine", and the counts by status and notice.

/** The filters of a query; "mine" is what waits on the caller (contracts/supervision.ts). */
function filterOf(actor: Actor, q: SupervisionQuery, todayKey: string): repo.ItemFilter {
  const f: repo.ItemFilter = {
    status: q.status,
    source: q.source,
    assigneeUnitId: q.assigneeUnitId,
    projectId: q.projectId,
    districtId: q.districtId,
    notice: q.notice?.length ? { levels: q.notice, today: todayKey } : undefined,
    q: q.q ? containsPattern(q.q) : undefined,
  };
  if (!q.mine) return f;
  const parts: SQL[] = [];
  if (actor.unitId) parts.push(sql`(s.status IN ('open', 'returned') AND s.assignee_unit_id = ${actor.unitId})`);
  const office = supervisorDistricts(actor);
  if (office.length)
    parts.push(
      sql`(s.status = 'reported' AND s.district_id IN (${sql.join(
        office.map((d) => sql`${d}::uuid`),
        sql`, `,
      )}))`,
    );
  return { ...f, extra: parts.length ? sql`(${sql.join(parts, sql` OR `)})` : sql`false` };
}

export async function listItems(db: Db, actor: Actor, s: SupervisionSettings, q: SupervisionQuery) {
  const t = today(s);
  const rows = await repo.listItems(db, itemVisibility(actor), filterOf(actor, q, t), q.sort, q.page, q.pageSize);
  return { items: rows.map((r) => present(r, t)), total: rows[0]?.total ?? 0, page: q.page, pageSize: q.pageSize };
}

export async function itemCounts(
  db: Db,
  actor: Actor,
  s: SupervisionSettings,
  q: SupervisionQuery,
): Promise<SupervisionCounts> {
  const t = today(s);
  const c = await repo.countItems(db, itemVisibility(actor), filterOf(actor, q, t), t);
  return {
    status: Object.fromEntries(SUPERVISION_STATUSES.map((st) => [st, c.status[st] ?? 0])) as Record<
      SupervisionStatus,
      number
    >,
    notice: Object.fromEntries(NOTICE_LEVELS.map((l) => [l, c.notice[l] ?? 0])) as Record<NoticeLevel, number>,
  };
}

import {
  approverQueue,
  type ApproverQueueItem,
  type ApproverQueueQuery,
  type FormalityStepStatus,
} from '@tuijin/shared';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { units } from '../../db/schema.js';
import { allDistricts, districtsFor, type Actor } from '../../lib/actor.js';
import { forbidden, notFound } from '../../lib/app-error.js';
import * as repo from './formalities.repo.js';
import { officeDistricts } from './formality-templates.service.js';
import { calendarOf, presentStep, today, type FormalitySettings } from './formalities.service.js';

// ---- The approving unit's queue ("service" view) ------------------------------------------------

/**
 * The steps submitted to or accepted by a unit, with their days left: by default the caller's
 * unit; the office may look at any unit of its districts.
 */
export async function queue(db: Db, actor: Actor, s: FormalitySettings, q: ApproverQueueQuery) {
  const office = officeDistricts(actor);
  const unitId = q.unitId ?? actor.unitId;
  if (!unitId) throw forbidden('only a unit or the office has a queue');
  return db.transaction(async (tx) => {
    const [unit] = await tx
      .select({ id: units.id, districtId: units.districtId })
      .from(units)
      .where(eq(units.id, unitId));
    if (!unit) throw notFound('unit');
    const own = unitId === actor.unitId && districtsFor(actor, 'unit').includes(unit.districtId);
    if (!own && !office.includes(unit.districtId)) {
      if (allDistricts(actor).includes(unit.districtId)) throw forbidden('a unit sees its own queue');
      throw notFound('unit');
    }
    if (q.districtId && q.districtId !== unit.districtId)
      return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
    const statuses = q.status?.length ? q.status : ['submitted', 'accepted'];
    const rows = await repo.listSteps(
      tx,
      sql`f.approver_unit_id = ${unitId} AND f.status IN (${sql.join(
        statuses.map((x) => sql`${x}`),
        sql`, `,
      )}) AND projects.archived_at IS NULL`,
    );
    const t = today(s);
    const cal = await calendarOf(tx, unit.districtId);
    let ordered = approverQueue(
      rows.map((r) => ({ ...r, status: r.status as FormalityStepStatus })),
      t,
      cal,
    );
    if (q.overdue !== undefined) ordered = ordered.filter((x) => x.timing.overdue === q.overdue);
    const key = q.sort.replace(/^-/, '');
    if (key !== 'urgency') {
      const field = key === 'submittedOn' ? 'submittedOn' : 'acceptedOn';
      ordered = [...ordered].sort((a, b) => (a.step[field] ?? '9999').localeCompare(b.step[field] ?? '9999'));
    }
    if (q.sort.startsWith('-')) ordered = [...ordered].reverse();
    const total = ordered.length;
    const page = ordered.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
    const items: ApproverQueueItem[] = page.map(({ step }) => ({
      ...presentStep(actor, step, t, cal),
      project: { id: step.projectId, name: step.projectName },
    }));
    return { items, total, page: q.page, pageSize: q.pageSize };
  });
}

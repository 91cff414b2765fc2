import { HOLIDAYS_2026, type CalendarEntry } from '@tuijin/shared';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { formalitySteps, formalityTemplates, formalityTemplateSteps, holidayCalendar } from '../../db/schema.js';
import { DEFAULT_FORMALITY_TEMPLATES } from './formality-defaults.js';

// Queries of formality templates, project steps and the holiday calendar.

export type StepRow = typeof formalitySteps.$inferSelect;
export type TemplateRow = typeof formalityTemplates.$inferSelect;

/**
 * A district with no calendar rows at all gets the national arrangement of 2026 (HOLIDAYS_2026),
 * on the first read that needs the calendar. Once it has any row the administrator keeps it: a
 * year left empty stays empty (unless every row of every year is removed, when 2026 comes back).
 * Idempotent under concurrency (the primary key is district and date).
 */
export async function ensureCalendarSeeded(tx: Tx, districtId: string): Promise<void> {
  const any = await tx.execute(sql`SELECT 1 FROM holiday_calendar WHERE district_id = ${districtId} LIMIT 1`);
  if (any.rows.length) return;
  await tx
    .insert(holidayCalendar)
    .values(HOLIDAYS_2026.map((h) => ({ districtId, date: h.date, kind: h.kind, name: h.name })))
    .onConflictDoNothing();
}

/** Every row of the district's calendar (a few dozen a year): working days need all of them. */
export async function calendarRows(tx: Tx, districtId: string, year?: number) {
  await ensureCalendarSeeded(tx, districtId);
  const rows = await tx
    .select({ date: holidayCalendar.date, kind: holidayCalendar.kind, name: holidayCalendar.name })
    .from(holidayCalendar)
    .where(
      year === undefined
        ? eq(holidayCalendar.districtId, districtId)
        : and(
            eq(holidayCalendar.districtId, districtId),
            sql`${holidayCalendar.date} BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date`,
          ),
    )
    .orderBy(asc(holidayCalendar.date));
  return rows as (CalendarEntry & { name: string })[];
}

export async function replaceCalendarYear(
  tx: Tx,
  districtId: string,
  year: number,
  entries: { date: string; kind: 'holiday' | 'make_up_workday'; name: string }[],
) {
  await tx
    .delete(holidayCalendar)
    .where(
      and(
        eq(holidayCalendar.districtId, districtId),
        sql`${holidayCalendar.date} BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date`,
      ),
    );
  if (entries.length) await tx.insert(holidayCalendar).values(entries.map((e) => ({ ...e, districtId })));
}

/** Gives a district the default templates when it has none; one at a time per district. */
export async function ensureDefaultTemplates(tx: Tx, districtId: string): Promise<void> {
  const any = await tx.execute(sql`SELECT 1 FROM formality_templates WHERE district_id = ${districtId} LIMIT 1`);
  if (any.rows.length) return;
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`formality-templates:${districtId}`}))`);
  const again = await tx.execute(sql`SELECT 1 FROM formality_templates WHERE district_id = ${districtId} LIMIT 1`);
  if (again.rows.length) return;
  for (const t of DEFAULT_FORMALITY_TEMPLATES) {
    const [row] = await tx
      .insert(formalityTemplates)
      .values({ districtId, name: t.name, appliesTo: t.appliesTo, targetWorkingDays: t.targetWorkingDays })
      .returning();
    await tx
      .insert(formalityTemplateSteps)
      .values(t.steps.map((s, position) => ({ ...s, templateId: row!.id, position, approverUnitId: null })));
  }
}

export type TemplateStepRow = typeof formalityTemplateSteps.$inferSelect & { approverUnitName: string | null };

export async function templateSteps(tx: Tx, templateIds: string[]): Promise<TemplateStepRow[]> {
  if (!templateIds.length) return [];
  const r = await tx.execute<{
    id: string;
    template_id: string;
    position: number;
    code: string;
    name: string;
    approver_unit_id: string | null;
    approver_unit_name: string | null;
    limit_working_days: number;
    is_construction_permit: boolean;
  }>(sql`
    SELECT s.id, s.template_id, s.position, s.code, s.name, s.approver_unit_id, u.name AS approver_unit_name,
      s.limit_working_days, s.is_construction_permit
    FROM formality_template_steps s LEFT JOIN units u ON u.id = s.approver_unit_id
    WHERE s.template_id IN (${sql.join(
      templateIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})
    ORDER BY s.template_id, s.position`);
  return r.rows.map((s) => ({
    id: s.id,
    templateId: s.template_id,
    position: s.position,
    code: s.code,
    name: s.name,
    approverUnitId: s.approver_unit_id,
    approverUnitName: s.approver_unit_name,
    limitWorkingDays: s.limit_working_days,
    isConstructionPermit: s.is_construction_permit,
  }));
}

export async function templatesOf(tx: Tx, districtIds: string[]): Promise<TemplateRow[]> {
  if (!districtIds.length) return [];
  return tx
    .select()
    .from(formalityTemplates)
    .where(inArray(formalityTemplates.districtId, districtIds))
    .orderBy(asc(formalityTemplates.appliesTo), asc(formalityTemplates.name));
}

export async function findTemplate(tx: Tx, id: string, forUpdate = false): Promise<TemplateRow | null> {
  const q = tx.select().from(formalityTemplates).where(eq(formalityTemplates.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

/** A step with the names shown and the project facts the capacities need. */
export type StepListRow = StepRow & {
  approverUnitName: string | null;
  projectName: string;
  ownerUnitId: string;
  attachmentCount: number;
};

export async function listSteps(tx: Tx, where: ReturnType<typeof sql>): Promise<StepListRow[]> {
  const r = await tx.execute<Record<string, unknown>>(sql`
    SELECT f.id, f.district_id, f.project_id, f.position, f.code, f.name, f.approver_unit_id,
      u.name AS approver_unit_name, f.limit_working_days, f.is_construction_permit, f.status,
      f.submitted_on::text, f.accepted_on::text, f.decided_on::text, f.document_no, f.note,
      f.created_at, f.updated_at, f.version, projects.name AS project_name, projects.owner_unit_id,
      (SELECT count(*)::int FROM attachments a
        WHERE a.owner_kind = 'formality_step' AND a.owner_id = f.id AND a.deleted_at IS NULL) AS attachment_count
    FROM formality_steps f
    JOIN projects ON projects.id = f.project_id
    LEFT JOIN units u ON u.id = f.approver_unit_id
    WHERE ${where}
    ORDER BY projects.name, f.project_id, f.position, f.code`);
  return r.rows.map((x) => ({
    id: x.id as string,
    districtId: x.district_id as string,
    projectId: x.project_id as string,
    position: x.position as number,
    code: x.code as string,
    name: x.name as string,
    approverUnitId: x.approver_unit_id as string | null,
    approverUnitName: x.approver_unit_name as string | null,
    limitWorkingDays: x.limit_working_days as number,
    isConstructionPermit: x.is_construction_permit as boolean,
    status: x.status as string,
    submittedOn: x.submitted_on as string | null,
    acceptedOn: x.accepted_on as string | null,
    decidedOn: x.decided_on as string | null,
    documentNo: x.document_no as string | null,
    note: x.note as string,
    createdAt: new Date(x.created_at as string),
    updatedAt: new Date(x.updated_at as string),
    version: x.version as number,
    projectName: x.project_name as string,
    ownerUnitId: x.owner_unit_id as string,
    attachmentCount: x.attachment_count as number,
  }));
}

export async function findStep(tx: Tx, id: string, forUpdate = false): Promise<StepRow | null> {
  const q = tx.select().from(formalitySteps).where(eq(formalitySteps.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

/** The template last applied to the project (the journal records it: the steps do not). */
export async function appliedTemplateId(tx: Tx, projectId: string): Promise<string | null> {
  const r = await tx.execute<{ template_id: string | null }>(sql`
    SELECT after->>'templateId' AS template_id FROM journal_entries
    WHERE entity = 'project_formalities' AND entity_id = ${projectId} AND action = 'apply_template'
    ORDER BY seq DESC LIMIT 1`);
  return r.rows[0]?.template_id ?? null;
}

/** Whether works have started: the stage says so, or an accepted monthly report does. */
export async function projectStarted(tx: Tx, projectId: string): Promise<boolean> {
  const r = await tx.execute<{ started: boolean }>(sql`
    SELECT (p.stage IN ('continuing', 'completed', 'operating')
      OR EXISTS (SELECT 1 FROM monthly_reports r WHERE r.project_id = p.id AND r.status = 'accepted' AND r.started))
      AS started
    FROM projects p WHERE p.id = ${projectId}`);
  return Boolean(r.rows[0]?.started);
}

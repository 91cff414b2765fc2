import {
  addDays,
  addWorkingDays,
  HOLIDAYS_2026,
  localDate,
  workCalendar,
  type FormalityChain,
  type FormalityStepStatus,
} from '@tuijin/shared';
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/database.js';
import { formalitySteps, formalityTemplates, formalityTemplateSteps } from '../db/schema.js';
import { DEFAULT_FORMALITY_TEMPLATES } from '../modules/formalities/formality-defaults.js';
import { ensureCalendarSeeded } from '../modules/formalities/formalities.repo.js';
import { appendEntries } from '../modules/journal/journal.service.js';
import type { DemoProject } from './demo-data.js';
import { APPROVER, documentNumbers, NO_WORKS, REJECTIONS, WAIVABLE } from './demo-formalities.js';
import { createRng, type Rng } from './demo-random.js';

// The demo district's pre-construction formalities (前期手续): the 2026 holiday calendar, the three
// approval chains with the district's approving units, applied to every project past the reserve
// (and a few in reserve): projects under way have their chains approved; projects in preparation
// stand somewhere along theirs (submitted, accepted — some past the statutory limit in working
// days — or rejected); a few steps were waived; two projects reported as started still lack an
// approved construction permit, so their compliance light is red.

/** The current step of a chain in progress, in turn. */
const CURRENT: ('submitted' | 'accepted' | 'overdue' | 'rejected')[] = [
  'submitted',
  'accepted',
  'overdue',
  'rejected',
  'accepted',
  'submitted',
  'overdue',
];

const chainOf = (p: DemoProject, rng: Rng): FormalityChain =>
  p.investorType === 'government'
    ? 'government_approval'
    : p.investorType === 'joint' || rng.chance(0.3)
      ? 'enterprise_approval'
      : 'enterprise_filing';

type StepPlan = {
  status: FormalityStepStatus;
  submittedOn: string | null;
  acceptedOn: string | null;
  decidedOn: string | null;
  note: string;
};

export async function seedDemoFormalities(
  tx: Tx,
  demo: readonly DemoProject[],
  ids: { districtId: string; projectIds: string[]; officeUserId: string; unitIds: Map<string, string> },
  settings: { timeZone: string; now: Date },
): Promise<number> {
  const rng = createRng(6606);
  const today = localDate(settings.now, settings.timeZone);
  const cal = workCalendar(HOLIDAYS_2026);
  await ensureCalendarSeeded(tx, ids.districtId);

  const templateRows = await tx
    .insert(formalityTemplates)
    .values(
      DEFAULT_FORMALITY_TEMPLATES.map((t) => ({
        districtId: ids.districtId,
        name: t.name,
        appliesTo: t.appliesTo,
        targetWorkingDays: t.targetWorkingDays,
      })),
    )
    .returning();
  await tx.insert(formalityTemplateSteps).values(
    DEFAULT_FORMALITY_TEMPLATES.flatMap((t, i) =>
      t.steps.map((s, position) => ({
        ...s,
        templateId: templateRows[i]!.id,
        position,
        approverUnitId: ids.unitIds.get(APPROVER[s.code]!)!,
      })),
    ),
  );
  const journal: Parameters<typeof appendEntries>[2] = DEFAULT_FORMALITY_TEMPLATES.map((t, i) => ({
    actorUserId: ids.officeUserId,
    entity: 'formality_template',
    entityId: templateRows[i]!.id,
    action: 'create',
    before: null,
    after: {
      name: t.name,
      appliesTo: t.appliesTo,
      targetWorkingDays: t.targetWorkingDays,
      steps: t.steps.map((s) => ({ ...s, approverUnitId: ids.unitIds.get(APPROVER[s.code]!)! })),
    },
    reason: 'demo data',
  }));

  // Started: the stage says so, or an accepted monthly report does (as the lights read it).
  const reported = await tx.execute<{ project_id: string }>(sql`
    SELECT DISTINCT project_id FROM monthly_reports
    WHERE district_id = ${ids.districtId} AND status = 'accepted' AND started`);
  const reportedStarted = new Set(reported.rows.map((r) => r.project_id));
  const isStarted = (i: number) =>
    ['continuing', 'completed', 'operating'].includes(demo[i]!.stage) || reportedStarted.has(ids.projectIds[i]!);
  // Two continuing projects started without their permit: the compliance light turns red.
  const violators = demo
    .flatMap((p, i) => (p.stage === 'continuing' && (p.field === 'urban' || p.field === 'industrial') ? [i] : []))
    .filter((_, k) => k === 3 || k === 12);
  const reserveWithChecklist = demo.flatMap((p, i) => (p.stage === 'reserve' ? [i] : [])).slice(0, 3);

  const documentNo = documentNumbers();

  const rows: (typeof formalitySteps.$inferInsert)[] = [];
  let current = 0;
  let waived = 0;
  const projectsWithChecklist = demo.flatMap((p, i) => (p.stage !== 'reserve' ? [i] : [])).concat(reserveWithChecklist);
  for (const i of projectsWithChecklist) {
    const p = demo[i]!;
    const chain = chainOf(p, rng);
    const t = DEFAULT_FORMALITY_TEMPLATES.find((x) => x.appliesTo === chain)!;
    const templateId = templateRows[DEFAULT_FORMALITY_TEMPLATES.indexOf(t)]!.id;
    const steps = t.steps;
    const plans: StepPlan[] = steps.map(() => ({
      status: 'not_started',
      submittedOn: null,
      acceptedOn: null,
      decidedOn: null,
      note: '',
    }));
    const started = isStarted(i);
    // Information systems build nothing: no land, planning or construction permits.
    const noWorks = /平台|系统/.test(p.name);
    const violator = violators.indexOf(i);
    // Index of the step in hand (the rest after it not started); steps.length when all are done.
    let k: number;
    if (p.stage === 'reserve') k = -1;
    else if (violator >= 0) k = steps.length - 1;
    else if (started) k = steps.length;
    else if (p.stage === 'new_start') k = steps.length - 1 - rng.int(0, 1);
    else k = rng.int(0, steps.length - 1);

    let cursor: string; // the latest day the steps before k may end
    if (k >= 0 && k < steps.length) {
      const kind = violator >= 0 ? (['overdue', 'submitted'] as const)[violator]! : CURRENT[current % CURRENT.length]!;
      current++;
      const limit = steps[k]!.limitWorkingDays;
      const plan = plans[k]!;
      if (kind === 'submitted') {
        plan.status = 'submitted';
        plan.submittedOn = addWorkingDays(today, -rng.int(1, 4), cal);
      } else if (kind === 'rejected') {
        plan.status = 'rejected';
        plan.decidedOn = addWorkingDays(today, -rng.int(2, 10), cal);
        plan.acceptedOn = addWorkingDays(plan.decidedOn, -rng.int(2, limit), cal);
        plan.submittedOn = addDays(plan.acceptedOn, -rng.int(0, 2));
        plan.note = REJECTIONS[steps[k]!.code] ?? '材料不全，请补正后重新申请';
      } else {
        plan.status = 'accepted';
        const used = kind === 'overdue' ? limit + rng.int(2, 12) : rng.int(1, Math.max(1, limit - 2));
        plan.acceptedOn = addWorkingDays(today, -used, cal);
        plan.submittedOn = addDays(plan.acceptedOn, -rng.int(0, 2));
      }
      cursor = addDays(plan.submittedOn, -rng.int(2, 12));
    } else {
      // A finished chain ends with the permit shortly before works start (or before today).
      const start = p.plannedStart ?? addDays(today, -60);
      cursor = addDays(start < today ? start : today, -rng.int(5, 25));
    }
    // The steps before k, latest first: approved within (sometimes past) their limits, or waived.
    for (let s = Math.min(k, steps.length) - 1; s >= 0; s--) {
      const step = steps[s]!;
      const plan = plans[s]!;
      const waiver = noWorks && /land|planning|construction/.test(step.code) ? NO_WORKS : WAIVABLE[step.code];
      if (waiver && (waiver === NO_WORKS || rng.chance(0.12))) {
        plan.status = 'not_needed';
        plan.note = waiver;
        waived++;
        continue;
      }
      plan.status = 'approved';
      plan.decidedOn = cursor;
      const used = rng.chance(0.08) ? step.limitWorkingDays + rng.int(1, 8) : rng.int(0, step.limitWorkingDays);
      plan.acceptedOn = addWorkingDays(cursor, -used, cal);
      plan.submittedOn = addDays(plan.acceptedOn, -rng.int(0, 3));
      cursor = addDays(plan.submittedOn, -rng.int(3, 30));
    }
    // At least one waived step whatever the draw: the first government chain waives its proposal.
    if (waived === 0 && t.appliesTo === 'government_approval' && k > 0 && plans[0]!.status === 'approved') {
      plans[0] = {
        status: 'not_needed',
        submittedOn: null,
        acceptedOn: null,
        decidedOn: null,
        note: WAIVABLE.project_proposal!,
      };
      waived++;
    }
    steps.forEach((step, position) => {
      const plan = plans[position]!;
      rows.push({
        districtId: ids.districtId,
        projectId: ids.projectIds[i]!,
        position,
        code: step.code,
        name: step.name,
        approverUnitId: ids.unitIds.get(APPROVER[step.code]!)!,
        limitWorkingDays: step.limitWorkingDays,
        isConstructionPermit: step.isConstructionPermit,
        ...plan,
        documentNo: plan.status === 'approved' ? documentNo(step.code, plan.decidedOn!, p) : null,
      });
    });
    journal.push({
      actorUserId: ids.officeUserId,
      entity: 'project_formalities',
      entityId: ids.projectIds[i]!,
      action: 'apply_template',
      before: { steps: [] },
      after: { templateId, templateName: t.name, added: steps.map((s) => s.code) },
      reason: 'demo data',
    });
  }
  await tx.insert(formalitySteps).values(rows);
  await appendEntries(tx, ids.districtId, journal);
  return rows.length;
}

import { periodOf, reportDueAt } from '@tuijin/shared';
import type { Tx } from '../db/database.js';
import { milestones, monthlyReports, plans } from '../db/schema.js';
import { appendEntries } from '../modules/journal/journal.service.js';
import type { DemoProject } from './demo-data.js';
import { buildDemoProgress } from './demo-progress.js';

const wan = (n: number) => `${n}0000.00`;
const REASON = 'demo data';

/** Plans (with baselines and some re-plans) and two years of monthly reports, journaled. */
export async function seedDemoProgress(
  tx: Tx,
  demo: DemoProject[],
  ids: { districtId: string; projectIds: string[]; officeUserId: string; reviewerByProject: (string | null)[] },
  settings: { timeZone: string; dueDay: number; now: Date },
): Promise<void> {
  const asOf = periodOf(settings.now, settings.timeZone);
  const { plans: demoPlans, reports } = buildDemoProgress(demo, asOf);
  const journal: Parameters<typeof appendEntries>[2] = [];
  const approvedAt = new Date(Date.UTC(asOf.year - 1, 1, 20));
  for (const dp of demoPlans) {
    const projectId = ids.projectIds[dp.projectIndex]!;
    const versions = [{ plannedWan: dp.plannedWan, targets: dp.monthlyTargetsWan, reason: null as string | null }];
    if (dp.replan)
      versions.push({
        plannedWan: dp.replan.plannedWan,
        targets: dp.replan.monthlyTargetsWan,
        reason: dp.replan.reason,
      });
    for (const [i, v] of versions.entries()) {
      const [row] = await tx
        .insert(plans)
        .values({
          districtId: ids.districtId,
          projectId,
          year: dp.year,
          versionNo: i + 1,
          status: i === versions.length - 1 ? 'approved' : 'superseded',
          isBaseline: i === 0,
          reason: v.reason,
          plannedInvestment: wan(v.plannedWan),
          monthlyTargets: v.targets.map(wan),
          fundingBySource: Object.fromEntries(Object.entries(dp.fundingWan).map(([k, n]) => [k, wan(n)])),
          createdBy: ids.officeUserId,
          approvedBy: ids.officeUserId,
          approvedAt,
        })
        .returning({ id: plans.id });
      await tx
        .insert(milestones)
        .values(dp.milestones.map((m, position) => ({ ...m, planId: row!.id, projectId, position })));
      journal.push({
        actorUserId: null,
        entity: 'plan',
        entityId: row!.id,
        action: 'create',
        before: null,
        after: { year: dp.year, versionNo: i + 1, plannedInvestment: wan(v.plannedWan) },
        reason: v.reason ?? REASON,
      });
    }
  }
  const rows = reports.map((r) => {
    const due = reportDueAt({ year: r.year, month: r.month }, settings.dueDay, settings.timeZone);
    const submittedAt =
      r.submittedDaysAfterDue === null
        ? null
        : new Date(due.getTime() + r.submittedDaysAfterDue * 86_400_000 - 3_600_000 * 6);
    return {
      districtId: ids.districtId,
      projectId: ids.projectIds[r.projectIndex]!,
      period: `${r.year}-${String(r.month).padStart(2, '0')}-01`,
      status: r.status,
      completedThisMonth: wan(r.completedWan),
      progressPercent: r.progressPercent.toFixed(2),
      progressText: r.progressText,
      started: r.started,
      dueAt: due,
      submittedAt: submittedAt && submittedAt > settings.now ? settings.now : submittedAt,
      late: Boolean(submittedAt && submittedAt > due),
      reviewedBy:
        r.status === 'accepted' || r.status === 'returned'
          ? (ids.reviewerByProject[r.projectIndex] ?? ids.officeUserId)
          : null,
      reviewedAt: r.status === 'accepted' || r.status === 'returned' ? submittedAt : null,
      returnReason: r.returnReason,
    };
  });
  for (let i = 0; i < rows.length; i += 1000) {
    const inserted = await tx
      .insert(monthlyReports)
      .values(rows.slice(i, i + 1000))
      .returning({
        id: monthlyReports.id,
        period: monthlyReports.period,
        status: monthlyReports.status,
        completed: monthlyReports.completedThisMonth,
      });
    for (const r of inserted)
      journal.push({
        actorUserId: null,
        entity: 'monthly_report',
        entityId: r.id,
        action: 'create',
        before: null,
        after: { period: r.period.slice(0, 7), status: r.status, completedThisMonth: r.completed },
        reason: REASON,
      });
  }
  await appendEntries(tx, ids.districtId, journal);
}

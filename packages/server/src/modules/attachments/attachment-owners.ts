import type { AttachmentOwnerKind, ProblemCapacity } from '@tuijin/shared';
import type { Tx } from '../../db/database.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, forbidden, notFound } from '../../lib/app-error.js';
import { canSee } from '../projects/projects.policy.js';
import { loadVisible } from '../projects/projects.service.js';
import { findStep } from '../formalities/formalities.repo.js';
import { capacitiesFor } from '../formalities/formalities.service.js';
import { findProject } from '../projects/projects.repo.js';
import { loadProblem } from '../problems/problems.service.js';
import { assertMayChange } from '../reports/reports.service.js';
import { loadItem } from '../supervision/supervision.service.js';
import * as repo from './attachments.repo.js';

// Whose files these are, and what the actor may do with them: each owner's own loader decides
// whether the actor sees it (404 otherwise) and its own rules whether the actor may add or delete.
//
//   monthly_report        whoever may change the report (owner or office, while editable)
//   problem               raiser, office, lead and helping units, the project's owner, until closed
//   formality_step        the project's owner, the step's approving unit, the office
//   supervision_feedback  the assignee unit while the round waits for its verdict; the office
//
// The office (for a report: whoever may change it) deletes any file; others only their own.

export const REPORT_PHOTOS = 'monthly_report';
export type OwnerKind = AttachmentOwnerKind | typeof REPORT_PHOTOS;

export type OwnerAccess = {
  districtId: string;
  projectId: string | null;
  /** Why the actor may not add or delete files now; null when it may. */
  refusal: AppError | null;
  /** Deletes files others uploaded too. */
  deletesAny: boolean;
};

const refusalOf = (check: () => void): AppError | null => {
  try {
    check();
    return null;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
};

/** The report and its project as the actor may see them (404 otherwise); locked when asked. */
async function reportOwner(tx: Tx, actor: Actor, reportId: string, forUpdate: boolean): Promise<OwnerAccess> {
  const first = await repo.findReport(tx, reportId);
  if (!first) throw notFound('report');
  // Project before report, the order the report workflow locks them in.
  const { p } = await loadVisible(tx, actor, first.projectId, forUpdate);
  const report = forUpdate ? await repo.findReport(tx, reportId, true) : first;
  if (!report) throw notFound('report');
  const refusal = refusalOf(() => assertMayChange(actor, p, report.status));
  return { districtId: p.districtId, projectId: p.id, refusal, deletesAny: true };
}

const PROBLEM_UPLOADERS: readonly ProblemCapacity[] = ['raiser', 'office', 'lead_unit', 'helper_unit', 'owner'];

async function problemOwner(tx: Tx, actor: Actor, id: string, forUpdate: boolean): Promise<OwnerAccess> {
  const { row, caps } = await loadProblem(tx, actor, id, forUpdate);
  const refusal = !caps.some((c) => PROBLEM_UPLOADERS.includes(c))
    ? forbidden('only the people working on the problem attach files to it')
    : row.status === 'closed'
      ? new AppError('conflict', 'the problem is closed')
      : null;
  return { districtId: row.districtId, projectId: row.projectId, refusal, deletesAny: caps.includes('office') };
}

async function stepOwner(tx: Tx, actor: Actor, id: string, forUpdate: boolean): Promise<OwnerAccess> {
  const row = await findStep(tx, id, forUpdate);
  if (!row) throw notFound('formality step');
  const p = (await findProject(tx, row.projectId))?.p;
  if (!p) throw notFound('formality step');
  const caps = capacitiesFor(actor, row, p);
  if (!caps.length && !canSee(actor, p)) throw notFound('formality step');
  const refusal = !caps.length
    ? forbidden("only the project's owner, the approving unit and the office attach files to a step")
    : p.archivedAt
      ? new AppError('conflict', 'the project is archived')
      : null;
  return { districtId: row.districtId, projectId: row.projectId, refusal, deletesAny: caps.includes('office') };
}

async function feedbackOwner(tx: Tx, actor: Actor, id: string, forUpdate: boolean): Promise<OwnerAccess> {
  const first = await repo.findFeedbackRound(tx, id);
  if (!first) throw notFound('feedback round');
  // The item before its round, the order the supervision steps lock them in.
  const { row: item, caps } = await loadItem(tx, actor, first.itemId, forUpdate);
  const round = forUpdate ? await repo.findFeedbackRound(tx, id, true) : first;
  if (!round) throw notFound('feedback round');
  const office = caps.includes('supervisor');
  const refusal = office
    ? null
    : !caps.includes('assignee')
      ? forbidden('only the assignee unit and the supervision office attach evidence to a round')
      : round.verdict !== 'pending'
        ? new AppError('conflict', 'the round has its verdict')
        : null;
  return { districtId: item.districtId, projectId: item.projectId, refusal, deletesAny: office };
}

const LOADERS: Record<OwnerKind, (tx: Tx, actor: Actor, id: string, forUpdate: boolean) => Promise<OwnerAccess>> = {
  [REPORT_PHOTOS]: reportOwner,
  problem: problemOwner,
  formality_step: stepOwner,
  supervision_feedback: feedbackOwner,
};

/** The owner as the actor may see it (404 otherwise), locked when asked, with what the actor may do. */
export async function ownerAccess(
  tx: Tx,
  actor: Actor,
  kind: string,
  id: string,
  forUpdate: boolean,
): Promise<OwnerAccess> {
  const load = LOADERS[kind as OwnerKind] as (typeof LOADERS)[OwnerKind] | undefined;
  if (!load) throw notFound('attachment');
  return load(tx, actor, id, forUpdate);
}

/** Why the actor may not delete the file now, or null. */
export function deleteRefusal(actor: Actor, owner: OwnerAccess, uploadedBy: string | null): AppError | null {
  if (owner.refusal) return owner.refusal;
  if (!owner.deletesAny && uploadedBy !== actor.userId) return forbidden('only the office deletes files of others');
  return null;
}

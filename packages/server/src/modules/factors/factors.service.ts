import {
  FACTOR_MEASURES,
  factorLedger,
  factorStatusAfterSupply,
  isFactorAmount,
  isFactorDetail,
  unmetOf,
  type FactorKind,
  type FactorLedger,
  type FactorRequest,
  type FactorRequestQuery,
  type FactorRequestStatus,
  type factorLedgerQuery,
  type factorRequestCreate,
  type factorRequestUpdate,
} from '@tuijin/shared';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/database.js';
import { factorRequests, units } from '../../db/schema.js';
import { districtsFor, type Actor } from '../../lib/actor.js';
import { AppError, forbidden, notFound, validation } from '../../lib/app-error.js';
import { appendEntry } from '../journal/journal.service.js';
import { canManage, isProjectOwner, projectScope } from '../projects/projects.policy.js';
import { loadVisible } from '../projects/projects.service.js';
import * as repo from './factors.repo.js';

// Factor guarantees (要素保障): the project (its owner, or the office) asks for land, funds,
// talent, energy or environmental capacity; the supplying unit (or the office) records what was
// supplied; the district ledger adds up requested, met and unmet demand per factor (exact).

type CreateIn = z.output<typeof factorRequestCreate>;
type UpdateIn = z.output<typeof factorRequestUpdate>;

/** Requests of projects in scope, and those a unit supplies. */
export function factorVisibility(actor: Actor): SQL {
  const unit = actor.unitId && districtsFor(actor, 'unit').length ? actor.unitId : null;
  return unit ? sql`(${projectScope(actor)} OR f.supplier_unit_id = ${unit})` : sql`(${projectScope(actor)})`;
}

const owns = (actor: Actor, r: repo.FactorRow) =>
  isProjectOwner(actor, {
    districtId: r.district_id,
    ownerUnitId: r.owner_unit_id,
    leadLeaderId: null,
    responsibleUnitId: null,
  }) || canManage(actor, r.district_id);
const supplies = (actor: Actor, r: repo.FactorRow) =>
  canManage(actor, r.district_id) ||
  Boolean(actor.unitId && r.supplier_unit_id === actor.unitId && districtsFor(actor, 'unit').includes(r.district_id));

function present(actor: Actor, r: repo.FactorRow): FactorRequest {
  return {
    id: r.id,
    districtId: r.district_id,
    project: { id: r.project_id, name: r.project_name },
    factor: r.factor as FactorKind,
    detail: r.detail,
    amount: r.amount,
    unitOfMeasure: r.unit_of_measure as FactorRequest['unitOfMeasure'],
    supplier: r.supplier_unit_id ? { id: r.supplier_unit_id, name: r.supplier_name ?? '' } : null,
    status: r.status as FactorRequestStatus,
    suppliedAmount: r.supplied_amount,
    unmet: unmetOf({
      amount: r.amount,
      suppliedAmount: r.supplied_amount,
      status: r.status as FactorRequestStatus,
    }).toFixed(FACTOR_MEASURES[r.factor as FactorKind].decimals),
    note: r.note,
    createdBy: r.created_by ? { id: r.created_by, name: r.creator_name ?? '' } : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
    permissions: { edit: owns(actor, r), supply: supplies(actor, r) },
  };
}

async function checkSupplier(tx: Tx, districtId: string, unitId: string | null | undefined) {
  if (!unitId) return;
  const [u] = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.id, unitId), eq(units.districtId, districtId)));
  if (!u) throw validation(['supplierUnitId'], 'unit_not_found');
}

const snapshot = (r: repo.FactorRow) => ({
  factor: r.factor,
  detail: r.detail,
  amount: r.amount,
  supplierUnitId: r.supplier_unit_id,
  status: r.status,
  suppliedAmount: r.supplied_amount,
  note: r.note,
});

export async function createFactorRequest(db: Db, actor: Actor, input: CreateIn): Promise<FactorRequest> {
  return db.transaction(async (tx) => {
    const { p } = await loadVisible(tx, actor, input.projectId, true);
    if (!isProjectOwner(actor, p) && !canManage(actor, p.districtId))
      throw forbidden('only the project or the project office asks for factors');
    if (p.archivedAt) throw new AppError('conflict', 'the project is archived');
    await checkSupplier(tx, p.districtId, input.supplierUnitId);
    const [row] = await tx
      .insert(factorRequests)
      .values({
        districtId: p.districtId,
        projectId: input.projectId,
        factor: input.factor,
        detail: input.detail,
        amount: input.amount,
        unitOfMeasure: FACTOR_MEASURES[input.factor].unit,
        supplierUnitId: input.supplierUnitId,
        note: input.note,
        createdBy: actor.userId,
      })
      .returning({ id: factorRequests.id });
    const created = (await repo.findFactor(tx, row!.id))!;
    await appendEntry(tx, {
      districtId: p.districtId,
      actorUserId: actor.userId,
      entity: 'factor_request',
      entityId: created.id,
      action: 'create',
      before: null,
      after: snapshot(created),
      reason: null,
    });
    return present(actor, created);
  });
}

/** The project (or office) changes what it asks for; the supplier (or office) records supply. */
export async function updateFactorRequest(db: Db, actor: Actor, id: string, input: UpdateIn): Promise<FactorRequest> {
  return db.transaction(async (tx) => {
    const row = await repo.findFactor(tx, id, true);
    const visible =
      row && (await repo.listFactors(tx, sql`f.id = ${id} AND ${factorVisibility(actor)}`, {}, 'createdAt', 1, 1));
    if (!row || !visible?.length) throw notFound('factor request');
    const { version, reason, suppliedAmount, status, ...ask } = input;
    const asking = Object.values(ask).some((v) => v !== undefined);
    if (asking && !owns(actor, row)) throw forbidden('only the project or the project office changes the request');
    if ((suppliedAmount !== undefined || status !== undefined) && !supplies(actor, row))
      throw forbidden('only the supplying unit or the project office records supply');
    if (row.version !== version) throw new AppError('version_conflict', 'the request was changed by someone else');
    const factor = row.factor as FactorKind;
    const amount = ask.amount ?? row.amount;
    if (!isFactorAmount(factor, amount)) throw validation(['amount'], 'amount_invalid');
    if (suppliedAmount !== undefined && !isFactorAmount(factor, suppliedAmount))
      throw validation(['suppliedAmount'], 'amount_invalid');
    if (ask.detail !== undefined && !isFactorDetail(factor, ask.detail))
      throw validation(['detail'], 'factor_detail_invalid');
    if (ask.supplierUnitId) await checkSupplier(tx, row.district_id, ask.supplierUnitId);
    const supplied = suppliedAmount ?? row.supplied_amount;
    const nextStatus =
      status ??
      (suppliedAmount !== undefined || ask.amount !== undefined
        ? factorStatusAfterSupply(row.status as FactorRequestStatus, amount, supplied)
        : (row.status as FactorRequestStatus));
    const updated = await tx
      .update(factorRequests)
      .set({
        ...Object.fromEntries(Object.entries(ask).filter(([, v]) => v !== undefined)),
        suppliedAmount: supplied,
        status: nextStatus,
        version: sql`${factorRequests.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(factorRequests.id, id), eq(factorRequests.version, version)))
      .returning({ id: factorRequests.id });
    if (!updated.length) throw new AppError('version_conflict', 'the request was changed by someone else');
    const after = (await repo.findFactor(tx, id))!;
    await appendEntry(tx, {
      districtId: row.district_id,
      actorUserId: actor.userId,
      entity: 'factor_request',
      entityId: id,
      action: 'update',
      before: snapshot(row),
      after: snapshot(after),
      reason: reason ?? null,
    });
    return present(actor, after);
  });
}

export async function listFactorRequests(db: Db, actor: Actor, q: FactorRequestQuery) {
  const rows = await repo.listFactors(db, factorVisibility(actor), q, q.sort, q.page, q.pageSize);
  return { items: rows.map((r) => present(actor, r)), total: rows[0]?.total ?? 0, page: q.page, pageSize: q.pageSize };
}

/** The ledger of the requests the caller may see: per factor and detail, exact. */
export async function ledger(db: Db, actor: Actor, q: z.output<typeof factorLedgerQuery>): Promise<FactorLedger> {
  const rows = await repo.ledgerFigures(db, factorVisibility(actor), q);
  return {
    rows: factorLedger(
      rows.map((r) => ({
        factor: r.factor as FactorKind,
        detail: r.detail,
        amount: r.amount,
        suppliedAmount: r.supplied,
        status: r.status as FactorRequestStatus,
      })),
    ),
  };
}

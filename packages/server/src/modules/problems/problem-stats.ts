import {
  addClosureSums,
  closureFigures,
  problemStatsByUnit,
  ZERO_CLOSURE_SUMS,
  type ClosureSums,
  type ProblemStatsQuery,
  type ProblemStatus,
} from '@tuijin/shared';
import type { Db } from '../../db/database.js';
import { districtsFor, type Actor } from '../../lib/actor.js';
import { notFound } from '../../lib/app-error.js';
import * as repo from './problems.repo.js';
import { today, type ProblemSettings } from './problems.service.js';

/** Closure rate and average days to close per lead unit, over the districts the caller sees. */
export async function unitStatistics(db: Db, actor: Actor, s: ProblemSettings, q: ProblemStatsQuery) {
  const seen = districtsFor(actor, 'admin', 'office', 'supervisor', 'leader');
  const districts = q.districtId ? seen.filter((d) => d === q.districtId) : seen;
  if (q.districtId && !districts.length) throw notFound('district');
  const facts = await repo.closureFacts(db, districts, s.timeZone, q);
  const names = new Map(facts.map((f) => [f.lead_unit_id, f.unit_name]));
  const units = problemStatsByUnit(
    facts.map((f) => ({
      leadUnitId: f.lead_unit_id,
      status: f.status as ProblemStatus,
      dueDate: f.due_date,
      assignedOn: f.assigned_on,
      closedOn: f.closed_on,
    })),
    today(s),
  );
  const total = units.reduce<ClosureSums>((t, u) => addClosureSums(t, u), ZERO_CLOSURE_SUMS);
  return {
    units: units.map(({ unitId, ...u }) => ({ ...u, unit: { id: unitId, name: names.get(unitId) ?? '' } })),
    total: { ...total, ...closureFigures(total) },
  };
}

import { describe, expect, it } from 'vitest';
import type { Plan } from '@tuijin/shared';
import { draftChanges, toPlanPayload, valuesFromPlan } from './plan-form-model';

const plan: Plan = {
  id: '00000000-0000-4000-8000-000000000001',
  projectId: '00000000-0000-4000-8000-000000000002',
  year: 2026,
  versionNo: 2,
  status: 'draft',
  isBaseline: false,
  reason: '征迁提前完成',
  plannedInvestment: '1200.00',
  monthlyTargets: null,
  fundingBySource: { special_bonds: '1200.00' },
  milestones: [],
  approvedBy: null,
  approvedAt: null,
  createdAt: '2026-03-01T00:00:00Z',
  version: 4,
};

describe('plan form model', () => {
  it('requires the monthly targets to add up to the plan exactly', () => {
    const values = { ...valuesFromPlan(null), plannedWan: '1', useMonthly: true };
    values.monthlyWan = Array.from({ length: 12 }, () => '0.08');
    expect(toPlanPayload(values).issues).toEqual([{ path: ['monthlyTargets'], message: 'targets_do_not_sum_to_plan' }]);
    values.monthlyWan[11] = '0.12';
    const { payload, issues } = toPlanPayload(values);
    expect(issues).toEqual([]);
    expect(payload.monthlyTargets?.[11]).toBe('1200.00');
  });

  it('sends only what changed in a draft, with its version', () => {
    const same = toPlanPayload({ ...valuesFromPlan(plan), reason: plan.reason ?? '' }).payload;
    expect(draftChanges(plan, same)).toEqual({ version: 4 });
    const changed = toPlanPayload({ ...valuesFromPlan(plan), plannedWan: '0.2', reason: '' }).payload;
    expect(draftChanges(plan, changed)).toEqual({ version: 4, plannedInvestment: '2000.00' });
  });
});

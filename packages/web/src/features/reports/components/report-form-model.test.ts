import { describe, expect, it } from 'vitest';
import { parsePercent, toDraft, valuesFromReport } from './report-form-model';

describe('report form model', () => {
  it('checks the percent', () => {
    expect(parsePercent('45.5')).toEqual({ value: 45.5, issue: null });
    expect(parsePercent('100%')).toEqual({ value: 100, issue: null });
    expect(parsePercent('120').issue).toBe('percent_out_of_range');
    expect(parsePercent('-3').issue).toBe('percent_out_of_range');
    expect(parsePercent('4.567').issue).toBe('percent_invalid');
    expect(parsePercent('')).toEqual({ value: null, issue: null });
  });

  it('turns 万元 into 元 and leaves out empty sources', () => {
    const milestones = [
      {
        id: '00000000-0000-4000-8000-000000000001',
        name: '开工',
        kind: 'start_of_works' as const,
        plannedDate: '2026-03-01',
        actualDate: null,
      },
    ];
    const values = { ...valuesFromReport(null, milestones), completedWan: '1250.5', progressPercent: '40' };
    values.funds.special_bonds = '100';
    const { payload, issues } = toDraft(values, milestones, 3);
    expect(issues).toEqual([]);
    expect(payload).toMatchObject({
      completedThisMonth: '12505000.00',
      fundsReceived: { special_bonds: '1000000.00' },
      progressPercent: 40,
      progressText: null,
      started: false,
      milestoneActuals: [{ milestoneId: milestones[0]!.id, actualDate: null }],
      version: 3,
    });
  });

  it('reports negative and missing amounts on their fields', () => {
    const values = { ...valuesFromReport(null, []), completedWan: '-1' };
    values.funds.bank_loans = 'x';
    const { issues } = toDraft(values, [], undefined);
    expect(issues).toEqual([
      { path: ['completedThisMonth'], message: 'negative_amount' },
      { path: ['fundsReceived', 'bank_loans'], message: 'amount_invalid' },
    ]);
  });
});

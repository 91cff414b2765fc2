import { describe, expect, it } from 'vitest';
import { factorRequestCreate, factorRequestUpdate } from './factors.js';
import {
  calendarUpdate,
  formalityStepActionBody,
  formalityStepUpdate,
  formalityTemplateCreate,
} from './formalities.js';
import { escalationRulesSchema, problemAssign, problemCreate, problemQuery, problemReopen } from './problems.js';
import { rankingQuery, rankingWeightsSchema } from './rankings.js';
import { noticeRulesSchema, supervisionItemCreate, supervisionItemUpdate, supervisionQuery } from './supervision.js';

const id = (n: number) => `0b6c7c1e-8f7a-4a3e-9d1f-2b3c4d5e6f7${n}`;
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => [i.path.join('.'), i.message]);

describe('problem contracts', () => {
  it('fills defaults when a problem is raised', () => {
    const p = problemCreate.parse({
      projectId: id(0),
      category: 'land',
      title: '用地指标不足',
      description: '二期用地 35 亩指标尚未落实',
    });
    expect(p).toMatchObject({ helpNeeded: '', urgency: 'normal', reportId: null, forMeeting: false });
    expect(problemCreate.safeParse({ ...p, category: 'weather' }).success).toBe(false);
  });

  it('refuses a helping unit that is the lead unit, or listed twice', () => {
    const base = { version: 1, leadUnitId: id(1), dueDate: '2026-10-09' };
    expect(problemAssign.parse(base)).toMatchObject({ helperUnitIds: [], note: '' });
    expect(messages(problemAssign.safeParse({ ...base, helperUnitIds: [id(1)] }))).toEqual([
      ['helperUnitIds', 'helper_is_lead_unit'],
    ]);
    expect(messages(problemAssign.safeParse({ ...base, helperUnitIds: [id(2), id(2)] }))).toEqual([
      ['helperUnitIds', 'helper_listed_twice'],
    ]);
    expect(problemAssign.safeParse({ ...base, dueDate: '2026-02-30' }).success).toBe(false);
  });

  it('needs a reason to reopen', () => {
    expect(problemReopen.safeParse({ version: 3, reason: '' }).success).toBe(false);
    expect(problemReopen.safeParse({ version: 3, reason: '土地仍未交付' }).success).toBe(true);
  });

  it('reads list filters from the query string', () => {
    const q = problemQuery.parse({
      status: 'assigned,in_progress',
      overdue: 'true',
      mine: 'false',
      sort: '-daysOverdue',
    });
    expect(q).toMatchObject({
      status: ['assigned', 'in_progress'],
      overdue: true,
      mine: false,
      sort: '-daysOverdue',
      page: 1,
      pageSize: 20,
    });
    expect(problemQuery.parse({}).sort).toBe('dueDate');
    expect(problemQuery.safeParse({ status: 'assigned,lost' }).success).toBe(false);
    expect(problemQuery.safeParse({ sort: 'title' }).success).toBe(false);
    expect(problemQuery.safeParse({ overdue: 'yes' }).success).toBe(false);
  });

  it('checks escalation settings with the domain rule', () => {
    expect(escalationRulesSchema.safeParse({ leaderAboveDays: 0, listAboveDays: 15 }).success).toBe(true);
    expect(messages(escalationRulesSchema.safeParse({ leaderAboveDays: 10, listAboveDays: 5 }))).toEqual([
      ['listAboveDays', 'rule_list_above_leader'],
    ]);
  });
});

describe('factor contracts', () => {
  const base = { projectId: id(0) };

  it('checks the amount and detail of each factor', () => {
    expect(
      factorRequestCreate.safeParse({ ...base, factor: 'land', detail: 'industrial', amount: '35.1234' }).success,
    ).toBe(true);
    expect(
      messages(factorRequestCreate.safeParse({ ...base, factor: 'funds', detail: 'special_bonds', amount: '100.123' })),
    ).toEqual([['amount', 'amount_invalid']]);
    expect(messages(factorRequestCreate.safeParse({ ...base, factor: 'talent', detail: '', amount: '2.5' }))).toEqual([
      ['amount', 'amount_invalid'],
      ['detail', 'factor_detail_invalid'],
    ]);
    // A request for nothing is refused.
    expect(messages(factorRequestCreate.safeParse({ ...base, factor: 'energy', amount: '0.0000' }))).toEqual([
      ['amount', 'amount_invalid'],
    ]);
    expect(factorRequestCreate.parse({ ...base, factor: 'environment', amount: '12.5' })).toMatchObject({
      detail: '',
      supplierUnitId: null,
      note: '',
    });
    expect(factorRequestUpdate.safeParse({ version: 2, suppliedAmount: '1e3' }).success).toBe(false);
    expect(factorRequestUpdate.safeParse({ version: 2, suppliedAmount: '0' }).success).toBe(true);
  });
});

describe('formality contracts', () => {
  it('refuses a template with a step code twice', () => {
    const step = { code: 'feasibility_study', name: '可研批复', limitWorkingDays: 20 };
    const t = { name: '政府投资项目', appliesTo: 'government_approval', steps: [step] };
    expect(formalityTemplateCreate.parse(t)).toMatchObject({
      targetWorkingDays: 120,
      steps: [{ approverUnitId: null, isConstructionPermit: false }],
    });
    expect(messages(formalityTemplateCreate.safeParse({ ...t, steps: [step, step] }))).toEqual([
      ['steps.1.code', 'step_code_duplicate'],
    ]);
    expect(formalityTemplateCreate.safeParse({ ...t, steps: [{ ...step, code: 'Feasibility Study' }] }).success).toBe(
      false,
    );
  });

  it('needs a reason to reject or waive, and a document number only on approval', () => {
    expect(messages(formalityStepActionBody.safeParse({ version: 1, action: 'reject' }))).toEqual([
      ['reason', 'reason_required'],
    ]);
    expect(formalityStepActionBody.safeParse({ version: 1, action: 'waive', reason: '未达到限额' }).success).toBe(true);
    expect(
      formalityStepActionBody.safeParse({ version: 1, action: 'approve', on: '2026-10-22', documentNo: '〔2026〕5号' })
        .success,
    ).toBe(true);
    expect(messages(formalityStepActionBody.safeParse({ version: 1, action: 'accept', documentNo: 'x' }))).toEqual([
      ['documentNo', 'document_no_only_on_approval'],
    ]);
  });

  it('checks the order of corrected dates', () => {
    expect(
      messages(
        formalityStepUpdate.safeParse({
          version: 1,
          reason: '录入有误',
          submittedOn: '2026-09-18',
          acceptedOn: '2026-09-16',
        }),
      ),
    ).toEqual([['acceptedOn', 'date_order']]);
  });

  it('checks a year of calendar rows', () => {
    const ok = calendarUpdate.parse({
      year: 2026,
      entries: [
        { date: '2026-10-01', kind: 'holiday', name: '国庆节' },
        { date: '2026-10-10', kind: 'make_up_workday' },
      ],
    });
    expect(ok.entries[1]).toEqual({ date: '2026-10-10', kind: 'make_up_workday', name: '' });
    expect(
      messages(
        calendarUpdate.safeParse({
          year: 2026,
          entries: [
            { date: '2027-01-01', kind: 'holiday' },
            { date: '2026-10-09', kind: 'make_up_workday' }, // a Friday
            { date: '2026-10-01', kind: 'holiday' },
            { date: '2026-10-01', kind: 'holiday' },
          ],
        }),
      ),
    ).toEqual([
      ['entries.0.date', 'date_outside_year'],
      ['entries.1.date', 'make_up_on_weekday'],
      ['entries.3.date', 'date_listed_twice'],
    ]);
  });
});

describe('supervision and ranking contracts', () => {
  it('needs the decision of a meeting item, and a reason to move a due date', () => {
    const item = { title: '推进二期用地报批', assigneeUnitId: id(1), dueDate: '2026-10-09' };
    expect(messages(supervisionItemCreate.safeParse({ ...item, source: 'meeting_decision' }))).toEqual([
      ['sourceId', 'source_id_required'],
    ]);
    expect(supervisionItemCreate.parse({ ...item, source: 'leader' })).toMatchObject({
      requirement: '',
      sourceId: null,
      projectId: null,
    });
    expect(messages(supervisionItemUpdate.safeParse({ version: 2, dueDate: '2026-10-30' }))).toEqual([
      ['reason', 'reason_required'],
    ]);
    expect(supervisionQuery.parse({ notice: 'red,yellow' }).notice).toEqual(['red', 'yellow']);
    expect(noticeRulesSchema.safeParse({ blueWithinDays: -1 }).success).toBe(false);
  });

  it('reads ranking queries and checks weights', () => {
    expect(rankingQuery.parse({ year: '2026', quarter: '3' })).toEqual({
      subject: 'unit',
      order: 'score',
      year: 2026,
      quarter: 3,
    });
    expect(rankingQuery.safeParse({ quarter: '5' }).success).toBe(false);
    expect(rankingWeightsSchema.safeParse({ onTime: 0.6, lights: 0.4, yellowValue: 0.5 }).success).toBe(true);
    expect(messages(rankingWeightsSchema.safeParse({ onTime: -1, lights: 0.4, yellowValue: 0.5 }))).toEqual([
      ['onTime', 'rule_number_min_0'],
    ]);
  });
});

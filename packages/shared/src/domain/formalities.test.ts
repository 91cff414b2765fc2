import { describe, expect, it } from 'vitest';
import { allowedFormalityStepActions, formalityStepTransition, stepDateIssues, stepDatesAfter } from './formalities.js';

describe('formality step state machine', () => {
  it('follows an application from submission to approval', () => {
    expect(formalityStepTransition('not_started', 'submit', ['owner'])).toMatchObject({
      ok: true,
      status: 'submitted',
    });
    expect(formalityStepTransition('submitted', 'accept', ['approver'])).toMatchObject({
      ok: true,
      status: 'accepted',
    });
    expect(formalityStepTransition('accepted', 'approve', ['approver'])).toMatchObject({
      ok: true,
      status: 'approved',
    });
    // Same-day filing: approved straight from submitted.
    expect(formalityStepTransition('submitted', 'approve', ['approver'])).toMatchObject({
      ok: true,
      status: 'approved',
    });
    // Rejected, then filed again.
    expect(formalityStepTransition('accepted', 'reject', ['approver'])).toEqual({
      ok: false,
      refusal: 'reason_required',
    });
    expect(formalityStepTransition('accepted', 'reject', ['approver'], '材料不全')).toMatchObject({
      status: 'rejected',
    });
    expect(formalityStepTransition('rejected', 'submit', ['owner'])).toMatchObject({ status: 'submitted' });
  });

  it('keeps the owner from deciding and the approver from filing', () => {
    expect(formalityStepTransition('submitted', 'accept', ['owner'])).toEqual({ ok: false, refusal: 'not_allowed' });
    expect(formalityStepTransition('accepted', 'approve', ['owner'])).toEqual({ ok: false, refusal: 'not_allowed' });
    expect(formalityStepTransition('not_started', 'submit', ['approver'])).toEqual({
      ok: false,
      refusal: 'not_allowed',
    });
    expect(formalityStepTransition('approved', 'approve', ['approver'])).toEqual({
      ok: false,
      refusal: 'wrong_status',
    });
    expect(formalityStepTransition('not_started', 'waive', ['owner'], 'x')).toEqual({
      ok: false,
      refusal: 'not_allowed',
    });
    expect(formalityStepTransition('not_started', 'waive', ['office'], '未达到施工许可限额')).toMatchObject({
      status: 'not_needed',
    });
    expect(allowedFormalityStepActions('submitted', ['approver'])).toEqual(['accept', 'approve', 'reject']);
    expect(allowedFormalityStepActions('submitted', ['owner'])).toEqual(['withdraw']);
    expect(allowedFormalityStepActions('not_needed', ['office'])).toEqual(['restore']);
  });

  it('sets the dates of each action', () => {
    const none = { submittedOn: null, acceptedOn: null, decidedOn: null };
    const filed = stepDatesAfter('submit', none, '2026-09-16');
    expect(filed).toEqual({ submittedOn: '2026-09-16', acceptedOn: null, decidedOn: null });
    const accepted = stepDatesAfter('accept', filed, '2026-09-18');
    expect(accepted).toEqual({ submittedOn: '2026-09-16', acceptedOn: '2026-09-18', decidedOn: null });
    expect(stepDatesAfter('approve', accepted, '2026-10-22')).toEqual({ ...accepted, decidedOn: '2026-10-22' });
    expect(stepDatesAfter('approve', filed, '2026-09-16')).toEqual({
      submittedOn: '2026-09-16',
      acceptedOn: '2026-09-16',
      decidedOn: '2026-09-16',
    });
    // Refiled after a rejection: a new application, a new clock.
    const rejected = stepDatesAfter('reject', accepted, '2026-09-30');
    expect(stepDatesAfter('submit', rejected, '2026-10-12')).toEqual({
      submittedOn: '2026-10-12',
      acceptedOn: null,
      decidedOn: null,
    });
    expect(stepDatesAfter('withdraw', filed, '2026-09-17')).toEqual(none);
  });

  it('checks dates against the status and each other', () => {
    const today = '2026-10-09';
    expect(
      stepDateIssues(
        'approved',
        { submittedOn: '2026-09-16', acceptedOn: '2026-09-18', decidedOn: '2026-10-08' },
        today,
      ),
    ).toEqual([]);
    expect(stepDateIssues('approved', { submittedOn: '2026-09-16', acceptedOn: null, decidedOn: null }, today)).toEqual(
      [
        { field: 'acceptedOn', message: 'date_required' },
        { field: 'decidedOn', message: 'date_required' },
      ],
    );
    expect(
      stepDateIssues('accepted', { submittedOn: '2026-09-18', acceptedOn: '2026-09-16', decidedOn: null }, today),
    ).toEqual([{ field: 'acceptedOn', message: 'date_order' }]);
    expect(
      stepDateIssues('submitted', { submittedOn: '2026-10-10', acceptedOn: null, decidedOn: null }, today),
    ).toEqual([{ field: 'submittedOn', message: 'date_in_future' }]);
    // Rejected at intake: no acceptance needed.
    expect(
      stepDateIssues('rejected', { submittedOn: '2026-09-16', acceptedOn: null, decidedOn: '2026-09-17' }, today),
    ).toEqual([]);
  });
});

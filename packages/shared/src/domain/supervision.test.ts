import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NOTICE_RULES,
  allowedSupervisionActions,
  feedbackVerdict,
  nextFeedbackRound,
  noticeText,
  supervisionCapacities,
  supervisionDoneOn,
  supervisionNotice,
  supervisionNoticeAt,
  supervisionTransition,
  validateNoticeRules,
} from './supervision.js';

const SH = 'Asia/Shanghai';

describe('supervision item state machine', () => {
  it('goes round: report, return with a reason, report again, accept', () => {
    expect(supervisionTransition('open', 'report', ['assignee'])).toEqual({
      ok: true,
      status: 'reported',
      changed: true,
    });
    expect(supervisionTransition('reported', 'return', ['supervisor'])).toEqual({
      ok: false,
      refusal: 'reason_required',
    });
    expect(supervisionTransition('reported', 'return', ['supervisor'], '未附佐证材料')).toMatchObject({
      ok: true,
      status: 'returned',
    });
    expect(supervisionTransition('returned', 'report', ['assignee'])).toMatchObject({ ok: true, status: 'reported' });
    expect(supervisionTransition('reported', 'accept', ['supervisor'])).toMatchObject({ ok: true, status: 'closed' });
    expect(supervisionTransition('closed', 'reopen', ['supervisor'], '群众再次反映')).toMatchObject({
      ok: true,
      status: 'open',
    });
  });

  it('keeps each side to its part', () => {
    expect(supervisionTransition('reported', 'accept', ['assignee'])).toEqual({ ok: false, refusal: 'not_allowed' });
    expect(supervisionTransition('open', 'report', ['supervisor'])).toEqual({ ok: false, refusal: 'not_allowed' });
    expect(supervisionTransition('reported', 'report', ['assignee'])).toEqual({ ok: false, refusal: 'wrong_status' });
    expect(supervisionTransition('open', 'accept', ['supervisor'])).toEqual({ ok: false, refusal: 'wrong_status' });
    expect(supervisionTransition('closed', 'edit', ['supervisor'])).toEqual({ ok: false, refusal: 'wrong_status' });
    expect(allowedSupervisionActions('reported', ['supervisor'])).toEqual(['edit', 'accept', 'return']);
    expect(allowedSupervisionActions('returned', ['assignee'])).toEqual(['report']);
    expect(allowedSupervisionActions('reported', ['assignee'])).toEqual([]);
  });

  it('finds capacities', () => {
    expect(supervisionCapacities({ unitId: 'u1', supervisor: false }, { assigneeUnitId: 'u1' })).toEqual(['assignee']);
    expect(supervisionCapacities({ unitId: null, supervisor: true }, { assigneeUnitId: 'u1' })).toEqual(['supervisor']);
    expect(supervisionCapacities({ unitId: 'u2', supervisor: false }, { assigneeUnitId: 'u1' })).toEqual([]);
  });

  it('numbers rounds and records verdicts', () => {
    expect(nextFeedbackRound([])).toBe(1);
    expect(nextFeedbackRound([{ round: 1 }, { round: 2 }])).toBe(3);
    expect(feedbackVerdict('accept')).toBe('accepted');
    expect(feedbackVerdict('return')).toBe('returned');
  });

  it('dates the unit’s completion by the accepted report, not the verdict', () => {
    const rounds = [
      { round: 1, verdict: 'returned' as const, reportedOn: '2026-10-05' },
      { round: 2, verdict: 'accepted' as const, reportedOn: '2026-10-09' },
    ];
    expect(supervisionDoneOn('closed', rounds)).toBe('2026-10-09');
    expect(supervisionDoneOn('reported', rounds)).toBeNull();
    // Reopened and accepted again: the latest accepted round counts.
    expect(supervisionDoneOn('closed', [...rounds, { round: 3, verdict: 'accepted', reportedOn: '2026-11-20' }])).toBe(
      '2026-11-20',
    );
  });
});

describe('supervision notices', () => {
  const item = { status: 'open' as const, dueDate: '2026-10-09' };

  it('is blue within 3 days, red after the due date, nothing before', () => {
    expect(DEFAULT_NOTICE_RULES).toEqual({ blueWithinDays: 3 });
    // 9 Oct − 5 Oct = 4 days left: no notice yet.
    expect(supervisionNotice(item, '2026-10-05')).toEqual({ level: null, daysLeft: 4, daysOverdue: 0 });
    expect(supervisionNotice(item, '2026-10-06')).toEqual({ level: 'blue', daysLeft: 3, daysOverdue: 0 });
    expect(supervisionNotice(item, '2026-10-09')).toEqual({ level: 'blue', daysLeft: 0, daysOverdue: 0 });
    expect(supervisionNotice(item, '2026-10-10')).toEqual({ level: 'red', daysLeft: -1, daysOverdue: 1 });
    // 9 Oct → 2 Nov: 22 days to 31 Oct + 2 = 24 days overdue.
    expect(supervisionNotice(item, '2026-11-02')).toEqual({ level: 'red', daysLeft: -24, daysOverdue: 24 });
  });

  it('is yellow when the last report was returned, red once overdue', () => {
    const returned = { ...item, status: 'returned' as const };
    expect(supervisionNotice(returned, '2026-09-20').level).toBe('yellow'); // 19 days left, but behind
    expect(supervisionNotice(returned, '2026-10-08').level).toBe('yellow'); // behind outranks due soon
    expect(supervisionNotice(returned, '2026-10-10').level).toBe('red');
  });

  it('gives no notice while the office holds the report, or once closed', () => {
    expect(supervisionNotice({ ...item, status: 'reported' }, '2026-10-20')).toEqual({
      level: null,
      daysLeft: -11,
      daysOverdue: 11,
    });
    expect(supervisionNotice({ ...item, status: 'closed' }, '2026-10-20').level).toBeNull();
  });

  it('turns at midnight in the district time zone', () => {
    // 15:59:59.999Z on 5 Oct = 23:59:59.999 on 5 Oct in Shanghai: 4 days left.
    expect(supervisionNoticeAt(item, new Date('2026-10-05T15:59:59.999Z'), SH).level).toBeNull();
    // 16:00Z on 5 Oct = 00:00 on 6 Oct in Shanghai: 3 days left, blue.
    expect(supervisionNoticeAt(item, new Date('2026-10-05T16:00:00Z'), SH).level).toBe('blue');
    // 16:00Z on 9 Oct = 00:00 on 10 Oct in Shanghai: overdue. In UTC it is still the due date.
    expect(supervisionNoticeAt(item, new Date('2026-10-09T15:59:59.999Z'), SH).level).toBe('blue');
    expect(supervisionNoticeAt(item, new Date('2026-10-09T16:00:00Z'), SH).level).toBe('red');
    expect(supervisionNoticeAt(item, new Date('2026-10-09T16:00:00Z'), 'UTC').level).toBe('blue');
    expect(supervisionNoticeAt(item, new Date('2026-10-09T16:00:00Z')).level).toBe('red'); // default zone: Shanghai
  });

  it('follows a changed setting', () => {
    expect(supervisionNotice(item, '2026-10-02', { blueWithinDays: 7 }).level).toBe('blue'); // 7 days left
    expect(supervisionNotice(item, '2026-10-09', { blueWithinDays: 0 }).level).toBe('blue');
    expect(supervisionNotice(item, '2026-10-08', { blueWithinDays: 0 }).level).toBeNull();
    expect(validateNoticeRules({ blueWithinDays: 3 })).toEqual([]);
    expect(validateNoticeRules({ blueWithinDays: -1 })).toEqual([
      { field: 'blueWithinDays', message: 'rule_whole_min_0' },
    ]);
  });

  it('writes the notice', () => {
    expect(noticeText(supervisionNotice(item, '2026-10-07'))).toEqual({
      'zh-CN': '距办理期限还有2天',
      'en-US': 'Due in 2 days',
    });
    expect(noticeText(supervisionNotice(item, '2026-10-09'))).toEqual({ 'zh-CN': '今天到期', 'en-US': 'Due today' });
    expect(noticeText(supervisionNotice(item, '2026-10-10'))).toEqual({
      'zh-CN': '已超期1天未办结',
      'en-US': 'Overdue by 1 day, not closed',
    });
    expect(noticeText(supervisionNotice({ ...item, status: 'returned' }, '2026-10-01'))?.['zh-CN']).toBe(
      '反馈被退回，办理滞后',
    );
    expect(noticeText(supervisionNotice(item, '2026-10-01'))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { channelCreate, channelTargetIssue, emailTargets, notificationSchema } from '../contracts/notifications.js';
import { channelTestText, dayLabel, notificationText } from './notification-text.js';

const id = '6f1c2b8e-6c39-4c1a-9a55-3f4f2b3c9d10';
const due = (daysLeft: number) =>
  notificationText(
    'report_due',
    { projectId: id, projectName: '老旧小区改造', period: '2026-10', dueDate: '2026-11-05', daysLeft },
    'zh-CN',
  );

describe('notification text', () => {
  it('report due: days left, due today, overdue — in Chinese', () => {
    expect(due(2)).toEqual({
      title: '「老旧小区改造」2026年10月月度填报即将截止',
      body: '「老旧小区改造」2026年10月月度填报尚未提交，截止日期为2026年11月5日，距截止还有2天，请按时填报。',
    });
    expect(due(0).title).toBe('「老旧小区改造」2026年10月月度填报今天截止');
    expect(due(0).body).toContain('今天（2026年11月5日）截止');
    expect(due(-3)).toEqual({
      title: '「老旧小区改造」2026年10月月度填报已逾期',
      body: '「老旧小区改造」2026年10月月度填报已逾期3天（截止日期为2026年11月5日），请尽快填报。',
    });
  });

  it('report due in English, with one day and several', () => {
    const p = { projectId: id, projectName: 'Old estates', period: '2026-10', dueDate: '2026-11-05' };
    expect(notificationText('report_due', { ...p, daysLeft: 1 }, 'en-US')).toEqual({
      title: 'Monthly report of “Old estates” for Oct 2026 due in 1 day',
      body: 'The monthly report of “Old estates” for Oct 2026 has not been submitted yet. It is due on Nov 5, 2026, in 1 day.',
    });
    expect(notificationText('report_due', { ...p, daysLeft: -2 }, 'en-US').body).toBe(
      'The monthly report of “Old estates” for Oct 2026 is 2 days overdue (it was due on Nov 5, 2026). Please submit it as soon as possible.',
    );
  });

  it('report returned: reviewer and reason, without doubled punctuation', () => {
    const p = {
      projectId: id,
      projectName: '滨江公园',
      period: '2026-10',
      reason: '本月完成投资与形象进度不符。',
      reviewerName: '甲区住建局',
    };
    expect(notificationText('report_returned', p, 'zh-CN')).toEqual({
      title: '「滨江公园」2026年10月月度填报已退回',
      body: '「滨江公园」2026年10月月度填报已被甲区住建局退回，原因：本月完成投资与形象进度不符。请修改后重新提交。',
    });
    expect(notificationText('report_returned', { ...p, reason: null, reviewerName: null }, 'zh-CN').body).toBe(
      '「滨江公园」2026年10月月度填报已退回。请修改后重新提交。',
    );
    expect(notificationText('report_returned', { ...p, reason: 'Figures do not match.' }, 'en-US').body).toBe(
      'The monthly report of “滨江公园” for Oct 2026 was returned by 甲区住建局. Reason: Figures do not match. Please correct it and submit it again.',
    );
  });

  it('light turned red: the reasons joined, in each language', () => {
    const p = {
      projectId: id,
      projectName: '文旅综合体',
      period: '2026-09',
      reasons: [
        {
          'zh-CN': '1–9月完成投资率 41.2%，落后时序进度 33.8 个百分点',
          'en-US': 'Jan–Sep completion 41.2%, behind pace by 33.8 points',
        },
        { 'zh-CN': '2026年8月、9月月报逾期未报。', 'en-US': 'Reports for Aug 2026, Sep 2026 overdue.' },
      ],
    };
    expect(notificationText('light_red', p, 'zh-CN')).toEqual({
      title: '「文旅综合体」亮红灯',
      body: '「文旅综合体」2026年9月亮红灯：1–9月完成投资率 41.2%，落后时序进度 33.8 个百分点；2026年8月、9月月报逾期未报。',
    });
    expect(notificationText('light_red', p, 'en-US').body).toBe(
      '“文旅综合体” turned red for Sep 2026: Jan–Sep completion 41.2%, behind pace by 33.8 points; Reports for Aug 2026, Sep 2026 overdue.',
    );
    expect(notificationText('light_red', { ...p, reasons: [] }, 'zh-CN').body).toBe('「文旅综合体」2026年9月亮红灯。');
  });

  it('labels days and the test message', () => {
    expect(dayLabel('2028-02-29', 'zh-CN')).toBe('2028年2月29日');
    expect(dayLabel('2028-02-29', 'en-US')).toBe('Feb 29, 2028');
    expect(channelTestText('区项目办钉钉群', 'zh-CN').body).toContain('「区项目办钉钉群」');
  });

  it('refuses an unknown kind', () => {
    expect(() => notificationText('problem_overdue' as 'light_red', { reasons: [] } as never, 'zh-CN')).toThrow(
      RangeError,
    );
  });
});

describe('channel contracts', () => {
  it('checks URLs and addresses by kind', () => {
    expect(channelTargetIssue('dingtalk', 'https://oapi.dingtalk.com/robot/send?access_token=abc')).toBeNull();
    expect(channelTargetIssue('webhook', 'http://127.0.0.1:8080/hook')).toBeNull();
    expect(channelTargetIssue('webhook', 'ftp://example.org/x')).toBe('channel_url_invalid');
    expect(channelTargetIssue('wecom', 'javascript:alert(1)')).toBe('channel_url_invalid');
    expect(channelTargetIssue('wecom', 'not a url')).toBe('channel_url_invalid');
    expect(channelTargetIssue('email', 'a@example.org, b@example.org；c@example.org')).toBeNull();
    expect(emailTargets('a@example.org, b@example.org；c@example.org')).toEqual([
      'a@example.org',
      'b@example.org',
      'c@example.org',
    ]);
    expect(channelTargetIssue('email', 'a@example.org, not-an-address')).toBe('channel_email_invalid');
    expect(channelTargetIssue('email', ' , ')).toBe('channel_emails_count');
  });

  it('takes a secret only where messages are signed', () => {
    const base = { name: '项目办', target: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k' };
    expect(channelCreate.safeParse({ ...base, kind: 'wecom' }).success).toBe(true);
    const wecom = channelCreate.safeParse({ ...base, kind: 'wecom', secret: 's' });
    expect(wecom.success).toBe(false);
    expect(wecom.error?.issues[0]).toMatchObject({ path: ['secret'], message: 'secret_not_applicable' });
    expect(channelCreate.safeParse({ ...base, kind: 'dingtalk', secret: 'SECabc' }).success).toBe(true);
    const kinds = channelCreate.safeParse({ ...base, kind: 'wecom', kinds: ['light_red', 'light_red'] });
    expect(kinds.success).toBe(false);
  });

  it('reads a notification by its kind', () => {
    const ok = notificationSchema.safeParse({
      id,
      kind: 'light_red',
      payload: { projectId: id, projectName: 'x', period: '2026-09', reasons: [] },
      createdAt: '2026-10-01T00:00:00.000Z',
      readAt: null,
    });
    expect(ok.success).toBe(true);
    const wrong = notificationSchema.safeParse({
      id,
      kind: 'light_red',
      payload: { projectId: id, projectName: 'x', period: '2026-09', reason: 'x', reviewerName: null },
      createdAt: '2026-10-01T00:00:00.000Z',
      readAt: null,
    });
    expect(wrong.success).toBe(false);
  });

  it('problem steps name the project, the lead unit, the due date and the days overdue', () => {
    const p = {
      event: 'escalate_leader' as const,
      problemId: id,
      projectId: id,
      projectName: '老旧小区改造',
      title: '用地指标不足。',
      leadUnitName: '区自然资源局',
      dueDate: '2026-11-20',
      daysOverdue: 3,
      note: null,
    };
    expect(notificationText('problem', p, 'zh-CN')).toEqual({
      title: '问题逾期未办结，已提请包联领导协调：用地指标不足',
      body: '「老旧小区改造」：用地指标不足；牵头单位：区自然资源局；办结时限：2026年11月20日；已逾期3天。',
    });
    expect(notificationText('problem', { ...p, event: 'solve', daysOverdue: 0, note: '已落实指标' }, 'en-US')).toEqual({
      title: 'Problem solved: please verify and close it: 用地指标不足',
      body: '“老旧小区改造”: 用地指标不足; lead unit: 区自然资源局; due Nov 20, 2026; note: 已落实指标.',
    });
  });

  it('supervision steps name the item, the unit, the due date, the round and the notice', () => {
    const p = {
      event: 'red' as const,
      itemId: id,
      title: '加快二期用地报批。',
      assigneeUnitName: '区住建局',
      dueDate: '2026-12-07',
      daysLeft: -1,
      round: null,
      note: null,
    };
    expect(notificationText('supervision', p, 'zh-CN')).toEqual({
      title: '督办事项已超期：加快二期用地报批',
      body: '加快二期用地报批；承办单位：区住建局；办理期限：2026年12月7日；已超期1天。',
    });
    expect(notificationText('supervision', { ...p, event: 'blue', daysLeft: 3 }, 'en-US')).toEqual({
      title: 'Supervision item due soon: 加快二期用地报批',
      body: '加快二期用地报批; assignee: 区住建局; due Dec 7, 2026; due in 3 days.',
    });
    expect(
      notificationText('supervision', { ...p, event: 'return', daysLeft: 2, round: 1, note: '缺少红线图。' }, 'zh-CN'),
    ).toEqual({
      title: '督办事项反馈被退回：加快二期用地报批',
      body: '加快二期用地报批；承办单位：区住建局；办理期限：2026年12月7日；第1轮反馈；距办理期限还有2天；说明：缺少红线图。',
    });
    expect(
      notificationSchema.safeParse({ id, createdAt: 'x', readAt: null, kind: 'supervision', payload: p }).success,
    ).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { Notification } from '@tuijin/shared';
import { notificationLink } from './notification-link';

const id = '6f1c2b8e-6c39-4c1a-9a55-3f4f2b3c9d10';
const base = { id, createdAt: '2026-11-03T02:00:00.000Z', readAt: null };

describe('notification links', () => {
  it('report reminders and returns open the report of their month', () => {
    const due = {
      ...base,
      kind: 'report_due',
      payload: { projectId: id, projectName: 'x', period: '2026-10', dueDate: '2026-11-05', daysLeft: 2 },
    } as Notification;
    expect(notificationLink(due)).toEqual({ to: `/projects/${id}/reports/2026-10`, target: 'report' });
  });

  it('a red light opens the project; without a project there is no link', () => {
    const red = {
      ...base,
      kind: 'light_red',
      payload: { projectId: id, projectName: 'x', period: '2026-09', reasons: [] },
    } as Notification;
    expect(notificationLink(red)).toEqual({ to: `/projects/${id}`, target: 'project' });
    expect(notificationLink({ ...red, payload: {} } as unknown as Notification)).toBeNull();
  });

  it('a problem opens the problem, a supervision item opens the item', () => {
    const problem = { ...base, kind: 'problem', payload: { problemId: id, projectId: id } } as unknown as Notification;
    expect(notificationLink(problem)).toEqual({ to: `/problems/${id}`, target: 'problem' });
    const item = { ...base, kind: 'supervision', payload: { itemId: id, projectId: null } } as unknown as Notification;
    expect(notificationLink(item)).toEqual({ to: `/supervision/${id}`, target: 'supervision' });
  });
});

import type { Notification } from '@tuijin/shared';

function payloadField(n: Notification, key: 'projectId' | 'period'): string | null {
  const value = (n.payload as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Where a notification leads: a report's month for report reminders and returns, else the project. */
export function notificationLink(n: Notification): { to: string; target: 'report' | 'project' } | null {
  const projectId = payloadField(n, 'projectId');
  const period = payloadField(n, 'period');
  if (!projectId) return null;
  const project = `/projects/${encodeURIComponent(projectId)}`;
  if ((n.kind === 'report_due' || n.kind === 'report_returned') && period)
    return { to: `${project}/reports/${encodeURIComponent(period)}`, target: 'report' };
  return { to: project, target: 'project' };
}

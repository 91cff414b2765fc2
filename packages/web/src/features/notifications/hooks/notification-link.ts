import type { Notification } from '@tuijin/shared';

type Field = 'projectId' | 'period' | 'problemId' | 'itemId';
export type LinkTarget = 'report' | 'project' | 'problem' | 'supervision';

function payloadField(n: Notification, key: Field): string | null {
  const value = (n.payload as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * Where a notification leads: a report's month for report reminders and returns, the problem or
 * the supervision item it is about, else the project.
 */
export function notificationLink(n: Notification): { to: string; target: LinkTarget } | null {
  const problemId = payloadField(n, 'problemId');
  if (n.kind === 'problem' && problemId) return { to: `/problems/${encodeURIComponent(problemId)}`, target: 'problem' };
  const itemId = payloadField(n, 'itemId');
  if (n.kind === 'supervision' && itemId)
    return { to: `/supervision/${encodeURIComponent(itemId)}`, target: 'supervision' };
  const projectId = payloadField(n, 'projectId');
  const period = payloadField(n, 'period');
  if (!projectId) return null;
  const project = `/projects/${encodeURIComponent(projectId)}`;
  if ((n.kind === 'report_due' || n.kind === 'report_returned') && period)
    return { to: `${project}/reports/${encodeURIComponent(period)}`, target: 'report' };
  return { to: project, target: 'project' };
}

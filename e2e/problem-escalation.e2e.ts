import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dayFromToday, launch, newContext, signIn, snap } from './browser.js';

// An overdue problem goes up to the project's lead leader: the office assigns a land problem with
// a due date two days ahead → the app's clock is moved to the morning after the due date (the
// journeys' test clock, which runs the scheduled jobs at once) → the lead leader is told (the bell)
// and the problem page shows the escalation. The clock is put back afterwards.

let browser: Browser;
let office: Page;
let leader: Page;
let problemId = '';
const title = `用地指标逾期 ${Date.now() % 100000}`;

/** A call to the API from the page, with the session's CSRF token on writes. */
function call<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
      const res = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return res.json();
    },
    { method, path, body },
  ) as Promise<T>;
}

const moveClock = (page: Page, at: string | null) => call(page, 'PUT', '/api/test/clock', { at });

beforeAll(async () => {
  browser = await launch();
  const base = inject('baseUrl');
  office = await (await newContext(browser, base)).newPage();
  leader = await (await newContext(browser, base)).newPage();
  await signIn(office, 'office');
  await signIn(leader, 'leader');
});

afterAll(async () => {
  if (office) await moveClock(office, null).catch(() => undefined);
  await browser?.close();
});

describe('an overdue problem escalates to the lead leader (test clock)', () => {
  it('the office raises and assigns a problem on a project the leader leads, due in two days', async () => {
    const me = await call<{ user: { id: string } }>(leader, 'GET', '/api/v1/auth/me');
    const list = await call<{ items: { id: string; leader: { id: string } | null; archivedAt: string | null }[] }>(
      office,
      'GET',
      `/api/v1/projects?pageSize=100&leaderId=${me.user.id}`,
    );
    const project = list.items.find((p) => !p.archivedAt && p.leader?.id === me.user.id);
    if (!project) throw new Error('the demo leader leads no project');
    const units = await call<{ items: { id: string; name: string }[] }>(office, 'GET', '/api/v1/units?q=自然资源');
    const raised = await call<{ id: string; version: number }>(office, 'POST', '/api/v1/problems', {
      projectId: project.id,
      category: 'land',
      title,
      description: '二期 35 亩用地指标尚未下达。',
    });
    problemId = raised.id;
    const assigned = await call<{ status: string; dueDate: string }>(
      office,
      'POST',
      `/api/v1/problems/${problemId}/assign`,
      { version: raised.version, leadUnitId: units.items[0]!.id, dueDate: dayFromToday(2) },
    );
    expect(assigned.status).toBe('assigned');
  });

  it('the morning after the due date, the leader is told and sees the escalation', async () => {
    const unreadBefore = await call<{ unread: number }>(leader, 'GET', '/api/v1/notifications?unreadOnly=true');
    await moveClock(office, `${dayFromToday(3)}T08:30:00+08:00`);
    const unread = await call<{
      unread: number;
      items: { kind: string; payload: { title?: string; event?: string } }[];
    }>(leader, 'GET', '/api/v1/notifications?unreadOnly=true&pageSize=50');
    expect(unread.unread).toBeGreaterThan(unreadBefore.unread);
    expect(
      unread.items.some(
        (n) => n.kind === 'problem' && n.payload.title === title && n.payload.event === 'escalate_leader',
      ),
    ).toBe(true);
    await leader.goto(`/problems/${problemId}`);
    await expect.poll(() => leader.getByTestId('problem-title').innerText()).toBe(title);
    await expect.poll(() => leader.locator('[data-testid="timeline-event"][data-kind="escalate"]').count()).toBe(1);
    await snap(leader, '28-problem-escalated');
    await moveClock(office, null);
  });
});

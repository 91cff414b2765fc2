import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dayFromToday, launch, newContext, pick, signIn, snap } from './browser.js';

// A problem from the site to its closure (销号): the owner raises a land problem on one of its
// projects from a phone → the project office assigns it (交办) to a unit with a due date → that
// unit finds it on its desk, posts progress and marks it solved → the owner verifies and closes it.

let browser: Browser;
const contexts: BrowserContext[] = [];
let owner: Page;
let office: Page;
let unit: Page;
let projectId = '';
let unitName = '';
let problemId = '';
const title = `二期用地指标未落实 ${Date.now() % 100000}`;

type ApiProject = { id: string; name: string; archivedAt: string | null };

const api = <T>(page: Page, path: string) => page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;

const status = (page: Page) => page.getByTestId('problem-status').innerText();

beforeAll(async () => {
  browser = await launch();
  const base = inject('baseUrl');
  const phone = await newContext(browser, base, { phone: true });
  const desk1 = await newContext(browser, base);
  const desk2 = await newContext(browser, base);
  contexts.push(phone, desk1, desk2);
  owner = await phone.newPage();
  office = await desk1.newPage();
  unit = await desk2.newPage();
  await signIn(owner, 'owner');
  await signIn(office, 'office');
  await signIn(unit, 'unit');
  const mine = await api<{ items: ApiProject[] }>(owner, '/api/v1/projects?pageSize=100');
  const project = mine.items.find((p) => !p.archivedAt);
  if (!project) throw new Error('the demo owner has no project');
  projectId = project.id;
  const me = await api<{ user: { unit: { name: string } | null } }>(unit, '/api/v1/auth/me');
  if (!me.user.unit) throw new Error('the demo unit account has no unit');
  unitName = me.user.unit.name;
});

afterAll(async () => {
  await browser?.close();
});

describe('problem journey (owner on a phone, office and unit at desks)', () => {
  it('the owner raises a land problem from the project page', async () => {
    await owner.goto(`/projects/${projectId}?tab=problems`);
    await owner.getByTestId('project-raise-problem').click();
    await pick(owner, '问题类别', '用地');
    await owner.getByTestId('problem-title-input').fill(title);
    await owner.getByTestId('problem-description-input').fill('二期 120 亩用地指标尚未下达，影响 12 月开工。');
    await owner.getByTestId('problem-help-input').fill('请自然资源部门协调年度用地指标。');
    await owner.getByText('紧急', { exact: true }).click();
    await owner.getByTestId('problem-raise-submit').click();
    await owner.waitForURL(/\/problems\/[0-9a-f-]{36}$/);
    problemId = new URL(owner.url()).pathname.split('/').pop() ?? '';
    await expect.poll(() => status(owner)).toContain('待交办');
    expect(await owner.getByTestId('problem-title').innerText()).toBe(title);
    // The owner may not assign: the server offers no such button.
    expect(await owner.getByTestId('problem-action-assign').count()).toBe(0);
    await snap(owner, '20-problem-raised-phone');
  });

  it('the office assigns it to the unit with a due date', async () => {
    await office.goto('/problems');
    const card = office.getByTestId('problem-column-open').getByTestId('problem-card').filter({ hasText: title });
    await expect.poll(() => card.count()).toBe(1);
    await card.getByRole('link', { name: title }).click();
    await office.waitForURL(`**/problems/${problemId}`);
    await office.getByTestId('problem-action-assign').click();
    await pick(office, '牵头单位', unitName, unitName.slice(0, 2));
    const due = office.getByLabel('办理期限', { exact: true });
    await due.click();
    await due.fill(dayFromToday(14));
    await due.press('Enter');
    await office.getByTestId('problem-note-input').fill('请于两周内协调落实。');
    await office.getByTestId('problem-action-submit').click();
    await expect.poll(() => status(office)).toContain('已交办');
    await expect.poll(() => office.getByTestId('problem-lead-unit').innerText()).toBe(unitName);
    await snap(office, '21-problem-assigned');
  });

  it('the unit finds it on its desk, posts progress and marks it solved', async () => {
    await unit.goto('/problems?tab=desk');
    const row = unit.getByTestId('problem-desk').getByTestId('problem-row').filter({ hasText: title });
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => unit.getByTestId('problem-desk').locator('.ant-spin-spinning').count()).toBe(0);
    await snap(unit, '22-problem-desk');
    await row.getByRole('link', { name: title }).click();
    await unit.waitForURL(`**/problems/${problemId}`);
    await unit.getByTestId('problem-action-progress').click();
    await unit.getByTestId('problem-note-input').fill('已上报市局，年度指标调剂中。');
    await unit.getByTestId('problem-action-submit').click();
    await expect.poll(() => status(unit)).toContain('办理中');
    await unit.getByTestId('problem-action-solve').click();
    await unit.getByTestId('problem-note-input').fill('用地指标已下达，批文已送业主。');
    await unit.getByTestId('problem-action-submit').click();
    await expect.poll(() => status(unit)).toContain('已解决待销号');
    // A lead unit marks it solved; verifying and closing is for the raiser or the office.
    expect(await unit.getByTestId('problem-action-close').count()).toBe(0);
  });

  it('the owner verifies and closes it on the phone', async () => {
    await owner.goto(`/problems/${problemId}`);
    await expect.poll(() => status(owner)).toContain('已解决待销号');
    await owner.getByTestId('problem-action-close').click();
    await owner.getByTestId('problem-action-submit').click();
    await expect.poll(() => status(owner)).toContain('已销号');
    const kinds = await owner
      .getByTestId('timeline-event')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds).toEqual(['raise', 'assign', 'progress', 'solve', 'close']);
    // Only the office may reopen a closed problem.
    expect(await owner.getByTestId('problem-action-reopen').count()).toBe(0);
    // Nothing in the page is wider than the phone.
    const overflow = await owner.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await snap(owner, '23-problem-closed-phone');
  });

  it('it shows closed on the board, in the list and in the unit’s figures', async () => {
    await office.goto('/problems');
    const closed = office.getByTestId('problem-column-closed').getByTestId('problem-card').filter({ hasText: title });
    await expect.poll(() => closed.count()).toBe(1);
    await snap(office, '24-problem-board');
    await office.goto(`/problems/${problemId}`);
    await expect.poll(() => status(office)).toContain('已销号');
    expect(await office.getByTestId('problem-action-reopen').count()).toBe(1);
    await snap(office, '27-problem-page');
    await office.goto(`/problems?tab=list&status=closed&q=${encodeURIComponent(title)}`);
    const row = office.getByTestId('problem-table').getByTestId('problem-row').filter({ hasText: title });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByTestId('problem-row-status').innerText()).toContain('已销号');
    await office.goto('/problems?tab=stats');
    await expect
      .poll(() => office.getByTestId('problem-stats').locator('tr', { hasText: unitName }).count())
      .toBeGreaterThan(0);
    await snap(office, '25-problem-stats');
    await owner.goto('/problems');
    // On a phone the board shows one status at a time.
    await owner
      .getByTestId('problem-board-status')
      .getByText(/^已销号/)
      .click();
    const mine = owner.getByTestId('problem-column-closed').getByTestId('problem-card').filter({ hasText: title });
    await expect.poll(() => mine.count()).toBe(1);
    await snap(owner, '26-problem-board-phone');
  });
});

import { periodKey, periodOf } from '@tuijin/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, newContext, signIn, snap } from './browser.js';

// The monthly report from the site: the owner files it on a phone → the responsible unit
// returns it → the owner fixes and resubmits → the unit accepts → the project's figures and the
// warning board follow. The period is this month (due on the 5th of next month, so never late).

let browser: Browser;
let phone: BrowserContext;
let desk: BrowserContext;
let owner: Page;
let unit: Page;
const period = periodKey(periodOf(new Date(), 'Asia/Shanghai'));
let projectId = '';
let projectName = '';

type ApiProject = { id: string; name: string; stage: string; responsibleUnit: { name: string } | null };

const api = <T>(page: Page, path: string) => page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;

beforeAll(async () => {
  browser = await launch();
  phone = await newContext(browser, inject('baseUrl'), { phone: true });
  desk = await newContext(browser, inject('baseUrl'));
  owner = await phone.newPage();
  unit = await desk.newPage();
  await signIn(owner, 'owner');
  await signIn(unit, 'unit');
  // A project of the owner (区城投集团) in the charge of the unit account's bureau (住建局).
  const mine = await api<{ items: ApiProject[] }>(owner, '/api/v1/projects?pageSize=100');
  const reviewed = await api<{ items: ApiProject[] }>(unit, '/api/v1/projects?pageSize=100');
  const shared = mine.items.find((p) => p.stage !== 'reserve' && reviewed.items.some((r) => r.id === p.id));
  if (!shared) throw new Error('the demo has no project of owner that unit reviews');
  projectId = shared.id;
  projectName = shared.name;
});

afterAll(async () => {
  await browser?.close();
});

async function cumulative(): Promise<string> {
  const f = await api<{ cumulativeYuan: string }>(unit, `/api/v1/projects/${projectId}/indicators?period=${period}`);
  return f.cumulativeYuan;
}

describe('monthly report journey (owner on a phone, unit at a desk)', () => {
  let before = '';

  it('the owner fills and submits the report on a 390 px screen', async () => {
    before = await cumulative();
    await owner.goto(`/projects/${projectId}/reports/${period}`);
    await owner.getByTestId('report-completed-input').fill('1200');
    await owner.getByTestId('report-progress-input').fill('35');
    await owner.getByTestId('report-save').click();
    await expect.poll(() => owner.getByTestId('report-status').innerText()).toContain('草稿');
    await snap(owner, '10-report-form-phone');
    await owner.getByTestId('report-submit').click();
    await owner.locator('.ant-popover .ant-btn-primary').click();
    await expect.poll(() => owner.getByTestId('report-status').innerText()).toContain('待审核');
    // Nothing in the page is wider than the phone.
    const overflow = await owner.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });

  it('the unit returns it with a reason', async () => {
    await unit.goto('/reports/review');
    const row = unit.getByTestId('review-queue-table').locator('tr', { hasText: projectName });
    await expect.poll(() => row.count()).toBeGreaterThan(0);
    await row.first().getByTestId('review-return').click();
    await unit.getByTestId('reason-input').fill('本月完成投资与形象进度不符，请核实');
    await unit.getByTestId('reason-submit').click();
    await expect
      .poll(() => unit.getByTestId('review-queue-table').locator('tr', { hasText: projectName }).count())
      .toBe(0);
  });

  it('the owner sees the reason, fixes the figure and submits again', async () => {
    await owner.goto(`/projects/${projectId}/reports/${period}`);
    await expect.poll(() => owner.getByTestId('report-return-reason').innerText()).toContain('形象进度不符');
    await owner.getByTestId('report-completed-input').fill('900');
    await owner.getByTestId('report-save').click();
    await expect.poll(() => owner.locator('.ant-message').innerText()).toContain('草稿已保存');
    await owner.getByTestId('report-submit').click();
    await owner.locator('.ant-popover .ant-btn-primary').click();
    await expect.poll(() => owner.getByTestId('report-status').innerText()).toContain('待审核');
  });

  it('the unit accepts it, and the project’s figures follow', async () => {
    await unit.goto('/reports/review');
    const row = unit.getByTestId('review-queue-table').locator('tr', { hasText: projectName }).first();
    await row.getByTestId('review-accept').click();
    await unit.locator('.ant-popover .ant-btn-primary').click();
    await expect
      .poll(() => unit.getByTestId('review-queue-table').locator('tr', { hasText: projectName }).count())
      .toBe(0);
    // 900 万元 more completed this year.
    await expect.poll(async () => Number(await cumulative()) - Number(before)).toBe(9_000_000);
    await unit.goto(`/projects/${projectId}/reports/${period}`);
    await expect.poll(() => unit.getByTestId('report-status').innerText()).toContain('已通过');
    await snap(unit, '11-report-accepted');
  });

  it('the warning board reflects the accepted figures', async () => {
    const board = await api<{ items: { project: { id: string }; rate: number | null }[] }>(
      unit,
      `/api/v1/warnings?period=${period}&pageSize=200`,
    );
    const f = await api<{ rate: number | null; light: { colour: string } }>(
      unit,
      `/api/v1/projects/${projectId}/indicators?period=${period}`,
    );
    const entry = board.items.find((i) => i.project.id === projectId);
    if (f.light.colour === 'green') expect(entry).toBeUndefined();
    else expect(entry?.rate).toBe(f.rate);
    await unit.goto(`/warnings?period=${period}`);
    await expect.poll(() => unit.getByTestId('warnings-table').count()).toBeGreaterThan(0);
    await snap(unit, '12-warning-board');
  });

  it('the project page shows the light and its month-by-month history', async () => {
    // The tab opens on the latest closed month (last month); its cell is the selected one.
    const f = await api<{ period: string; light: { colour: string } }>(
      unit,
      `/api/v1/projects/${projectId}/indicators`,
    );
    await unit.goto(`/projects/${projectId}?tab=indicators`);
    await expect.poll(() => unit.getByTestId('project-light').getAttribute('data-colour')).toBe(f.light.colour);
    const cell = unit.getByTestId('light-history').locator(`[data-period="${f.period}"]`);
    await expect.poll(() => cell.getAttribute('data-colour')).toBe(f.light.colour);
    expect(await cell.getAttribute('aria-current')).toBe('true');
    expect(await unit.getByTestId('light-history').locator('[data-period]').count()).toBe(24);
    await snap(unit, '13-light-history');
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dayFromToday, launch, newContext, pick, signIn, snap } from './browser.js';

// A supervision item (督查督办) from its creation to its closure (办结): the supervision office
// gives a leader's instruction to a unit due in two days (a blue notice) → the unit reports from a
// phone → the office returns it with a reason (a yellow notice: behind) → the unit reports again →
// the office accepts it: closed; the rankings list the unit.

let browser: Browser;
const contexts: BrowserContext[] = [];
let office: Page;
let unit: Page;
let unitName = '';
let itemId = '';
const title = `落实区长批示：加快二期用地报批 ${Date.now() % 100000}`;

const api = <T>(page: Page, path: string) => page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;

const status = (page: Page) => page.getByTestId('supervision-status').innerText();
const notice = (page: Page) => page.getByTestId('supervision-notice');

async function act(page: Page, action: string, field: string, text: string) {
  await page.getByTestId(`supervision-action-${action}`).click();
  await page.getByTestId(field).fill(text);
  await page.getByTestId('supervision-action-submit').click();
  // The dialog closes once the server has answered (on a busy machine that can take a while).
  await page.getByTestId('supervision-action-submit').waitFor({ state: 'detached', timeout: 30_000 });
}

beforeAll(async () => {
  browser = await launch();
  const base = inject('baseUrl');
  const desk = await newContext(browser, base);
  const phone = await newContext(browser, base, { phone: true });
  contexts.push(desk, phone);
  office = await desk.newPage();
  unit = await phone.newPage();
  await signIn(office, 'supervisor');
  await signIn(unit, 'unit');
  const me = await api<{ user: { unit: { name: string } | null } }>(unit, '/api/v1/auth/me');
  if (!me.user.unit) throw new Error('the demo unit account has no unit');
  unitName = me.user.unit.name;
});

afterAll(async () => {
  await browser?.close();
});

describe('supervision journey (the office at a desk, the unit on a phone)', () => {
  it('the office gives an item to the unit due in two days: a blue notice', async () => {
    await office.goto('/supervision');
    await office.getByTestId('supervision-create').click();
    await office.getByTestId('supervision-title-input').fill(title);
    await office
      .getByTestId('supervision-requirement-input')
      .fill('区长批示：请于两天内协调落实二期用地报批，并反馈进展。');
    await pick(office, '承办单位', unitName, unitName.slice(0, 2));
    const due = office.getByLabel('办理期限', { exact: true });
    await due.click();
    await due.fill(dayFromToday(2));
    await due.press('Enter');
    await office.getByTestId('supervision-create-submit').click();
    await office.waitForURL(/\/supervision\/[0-9a-f-]{36}$/);
    itemId = new URL(office.url()).pathname.split('/').pop() ?? '';
    await expect.poll(() => status(office)).toContain('办理中');
    expect(await office.getByTestId('supervision-assignee').innerText()).toBe(unitName);
    await expect.poll(() => notice(office).getAttribute('data-level')).toBe('blue');
    expect(await notice(office).innerText()).toContain('距办理期限还有2天');
    // The unit reports; the office does not.
    expect(await office.getByTestId('supervision-action-report').count()).toBe(0);
    await snap(office, '40-supervision-item-blue');
    await office.goto(`/supervision?q=${encodeURIComponent(title)}`);
    const row = office.getByTestId('supervision-table').getByTestId('supervision-row').filter({ hasText: title });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByTestId('row-notice').getAttribute('data-level')).toBe('blue');
    await snap(office, '47-supervision-list');
  });

  it('the unit finds it waiting on it and reports from the phone', async () => {
    await unit.goto('/supervision?mine=true');
    const card = unit.getByTestId('supervision-row').filter({ hasText: title });
    await expect.poll(() => card.count()).toBe(1);
    await snap(unit, '41-supervision-mine-phone');
    await card.getByRole('link', { name: title }).click();
    await unit.waitForURL(`**/supervision/${itemId}`);
    await act(unit, 'report', 'supervision-text-input', '已与自然资源局对接，报批材料正在准备。');
    await expect.poll(() => status(unit)).toContain('已反馈待审核');
    // Reported and waiting on the office: no notice; the unit may not judge its own report.
    expect(await notice(unit).count()).toBe(0);
    expect(await unit.getByTestId('supervision-action-accept').count()).toBe(0);
  });

  it('the office returns the report with a reason: a yellow notice', async () => {
    await office.goto(`/supervision/${itemId}`);
    await expect.poll(() => status(office)).toContain('已反馈待审核');
    await act(office, 'return', 'supervision-reason-input', '反馈未说明报批时间节点，请补充。');
    await expect.poll(() => status(office)).toContain('已退回');
    await expect.poll(() => notice(office).getAttribute('data-level')).toBe('yellow');
    expect(await office.getByTestId('feedback-verdict-note').first().innerText()).toContain('请补充');
    await snap(office, '46-supervision-item-returned');
  });

  it('the unit reports again and the office accepts: closed', async () => {
    await unit.goto(`/supervision/${itemId}`);
    await expect.poll(() => status(unit)).toContain('已退回');
    await act(unit, 'report', 'supervision-text-input', '报批材料已于今日报送市局，预计下周取得批复。');
    await expect.poll(() => status(unit)).toContain('已反馈待审核');
    await office.goto(`/supervision/${itemId}`);
    await expect.poll(() => status(office)).toContain('已反馈待审核');
    await office.getByTestId('supervision-action-accept').click();
    await office.getByTestId('supervision-action-submit').click();
    await office.getByTestId('supervision-action-submit').waitFor({ state: 'detached', timeout: 30_000 });
    await expect.poll(() => status(office)).toContain('已办结');
    const verdicts = await office
      .getByTestId('feedback-round')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')));
    expect(verdicts).toEqual(['returned', 'accepted']);
    // Reported again before the due date: closed on time.
    expect(await office.getByTestId('supervision-on-time').innerText()).toBe('按期办结');
    expect(await office.getByTestId('supervision-action-reopen').count()).toBe(1);
    await snap(office, '42-supervision-item-closed');
    await unit.goto(`/supervision/${itemId}`);
    await expect.poll(() => status(unit)).toContain('已办结');
    const overflow = await unit.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await snap(unit, '43-supervision-item-closed-phone');
  });

  it('the rankings list the unit, on a desk and on a phone', async () => {
    await office.goto('/supervision?tab=rankings');
    // The first ranking of a fresh server gathers both quarters' sums: it may take a while.
    const row = office.getByTestId('ranking-table').getByTestId('ranking-row').filter({ hasText: unitName });
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    await snap(office, '44-supervision-rankings');
    await unit.goto('/supervision?tab=rankings');
    const card = unit.getByTestId('ranking-row').filter({ hasText: unitName });
    await expect.poll(() => card.count(), { timeout: 30_000 }).toBe(1);
    expect(await unit.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await snap(unit, '45-supervision-rankings-phone');
  });
});

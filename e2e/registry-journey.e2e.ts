import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, newContext, snap } from './browser.js';

// The project office's day in the registry: sign in → filter → create a project → edit it →
// see the change in its history → sign out. Against a real server with the demo district.

let browser: Browser;
let page: Page;
const run = Date.now().toString().slice(-6);
const NAME = `示范区城东智慧停车场建设项目（${run}）`;
const CODE = `2026-990102-01-01-${run}`;

beforeAll(async () => {
  browser = await launch();
  const context = await newContext(browser, inject('baseUrl'));
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens an Ant Design select by its form label and picks the option with this text. */
async function pick(label: string, option: string, search?: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  if (search) await input.fill(search);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

describe('registry journey (project office, zh-CN)', () => {
  it('signs in', async () => {
    await page.goto('/projects');
    await page.waitForURL(/\/login/);
    await page.getByTestId('login-username').fill('office');
    await page.getByTestId('login-password').fill('demo2026');
    await snap(page, '01-login');
    await page.getByTestId('login-submit').click();
    // Back to the page asked for before signing in.
    await page.waitForURL(/\/projects/);
    await expect.poll(() => page.getByTestId('registry-table').locator('tbody tr.ant-table-row').count()).toBe(20);
  });

  it('filters the registry by keyword and stage, with the filters in the URL', async () => {
    await page.getByTestId('filter-keyword').fill('改造');
    await page.getByTestId('filter-keyword').press('Enter');
    await expect.poll(() => page.url()).toMatch(/q=/);
    await page.getByTestId('filter-stage').locator('.ant-select').click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '续建' })
      .click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).toMatch(/stage=continuing/);
    const rows = page.getByTestId('registry-table').locator('tbody tr.ant-table-row');
    // The previous page stays on screen until the filtered one arrives.
    await expect
      .poll(async () => {
        const t = await rows.allInnerTexts();
        return t.length > 0 && t.every((row) => row.includes('改造') && row.includes('续建'));
      })
      .toBe(true);
    const texts = await rows.allInnerTexts();
    await snap(page, '02-registry-filtered');
    // The same link reproduces the view.
    const url = page.url();
    await page.goto(url);
    await expect.poll(() => rows.count()).toBe(texts.length);
  });

  it('creates a project', async () => {
    await page.goto('/projects');
    await page.getByTestId('new-project').click();
    await page.waitForURL(/\/projects\/new/);
    await page.getByTestId('project-name-input').fill(NAME);
    await page.getByTestId('project-code-input').fill(CODE);
    await pick('业主单位', '示范区城市建设投资集团有限公司', '城市建设投资');
    await pick('投资主体', '政府投资');
    await pick('领域', '城建');
    await pick('方向', '社会治理创新');
    await pick('阶段', '前期');
    await page.getByTestId('project-investment-input').fill('3500');
    await snap(page, '03-create-form');
    await page.getByTestId('project-form-submit').click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('project-title').innerText()).toContain(NAME);
    await expect.poll(() => page.locator('body').innerText()).toContain('3,500.00');
  });

  it('edits it and sees the change, with the reason, in its history', async () => {
    await page.getByTestId('edit-project').click();
    await page.waitForURL(/\/edit$/);
    await page.getByTestId('project-investment-input').fill('4200');
    await page.getByTestId('project-reason-input').fill('增加地下停车位');
    await page.getByTestId('project-form-submit').click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}(\?.*)?$/);
    await expect.poll(() => page.locator('body').innerText()).toContain('4,200.00');
    await page.getByTestId('history-tab').click();
    const history = page.getByTestId('history-list');
    await expect.poll(() => history.innerText()).toContain('增加地下停车位');
    const text = await history.innerText();
    expect(text).toContain('3,500.00');
    expect(text).toContain('4,200.00');
    await snap(page, '04-history');
  });

  it('finds the new project in the registry by its code', async () => {
    await page.goto(`/projects?q=${encodeURIComponent(CODE)}`);
    const rows = page.getByTestId('registry-table').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain(NAME);
  });

  it('signs out, and the registry is closed again', async () => {
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
    await snap(page, '05-signed-out');
    const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).status);
    expect(me).toBe(401);
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, newContext, signIn, snap } from './browser.js';

// A construction permit through the approval chain (前期手续): the project office gives one of the
// owner's projects its checklist from a template (or finds it there) and makes sure the permit
// step goes to the housing bureau → the owner files the application from a phone → the bureau
// finds it in its queue, accepts it and sees the working days left → approves it with a document
// number → the checklist shows it approved with that number.

let browser: Browser;
const contexts: BrowserContext[] = [];
let owner: Page;
let office: Page;
let unit: Page;
let projectId = '';
let projectName = '';
let unitName = '';
const STEP = '建筑工程施工许可证';
const documentNo = `示住建施许〔2026〕${Date.now() % 1000}号`;

type ApiStep = { code: string; actions: string[] };
type ApiProject = { id: string; name: string; archivedAt: string | null };

const api = <T>(page: Page, path: string) => page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;

/** The permit step's row (a card on a phone) on the project's checklist. */
const permitRow = (page: Page) => page.getByTestId('formality-steps').getByTestId('step-row').filter({ hasText: STEP });
const statusOf = (row: ReturnType<typeof permitRow>) => row.getByTestId('step-status').getAttribute('data-status');

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
  const me = await api<{ user: { unit: { name: string } | null } }>(unit, '/api/v1/auth/me');
  if (!me.user.unit) throw new Error('the demo unit account has no unit');
  unitName = me.user.unit.name;
  // A project of the owner without a checklist, else one whose permit step may still be filed.
  const mine = await api<{ items: ApiProject[] }>(owner, '/api/v1/projects?pageSize=100');
  let fallback: ApiProject | null = null;
  for (const p of mine.items.filter((x) => !x.archivedAt)) {
    const f = await api<{ steps: ApiStep[] }>(owner, `/api/v1/projects/${p.id}/formalities`);
    if (f.steps.length === 0) {
      fallback = p;
      break;
    }
    if (!fallback && f.steps.some((s) => s.code === 'construction_permit' && s.actions.includes('submit')))
      fallback = p;
  }
  if (!fallback) throw new Error('the demo owner has no project whose permit may be filed');
  projectId = fallback.id;
  projectName = fallback.name;
});

afterAll(async () => {
  await browser?.close();
});

describe('formalities journey (office and bureau at desks, owner on a phone)', () => {
  it('the office gives the project its checklist and the permit step its approving unit', async () => {
    await office.goto(`/projects/${projectId}?tab=formalities`);
    await expect.poll(() => office.getByTestId('project-formalities').count()).toBe(1);
    if ((await office.getByTestId('apply-template-select').count()) > 0) {
      await office.getByTestId('apply-template-select').click();
      await office
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
          hasText: '政府投资项目审批流程',
        })
        .first()
        .click();
      await office.getByTestId('apply-template-submit').click();
    }
    await expect.poll(() => permitRow(office).count()).toBe(1);
    await expect.poll(() => office.getByTestId('chain-summary').count()).toBe(1);
    if (!(await permitRow(office).innerText()).includes(unitName)) {
      await permitRow(office).getByTestId('step-edit').click();
      const approver = office.getByLabel('审批部门', { exact: true });
      await approver.click();
      await approver.fill(unitName.slice(1, 4));
      await office
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: unitName })
        .first()
        .click();
      await office.getByTestId('step-edit-reason').fill('施工许可由区住建局核发');
      await office.getByTestId('step-edit-submit').click();
      await expect.poll(() => permitRow(office).innerText()).toContain(unitName);
    }
    await snap(office, '60-formalities-checklist');
  });

  it('the owner files the permit application from a phone', async () => {
    await owner.goto(`/projects/${projectId}?tab=formalities`);
    const row = permitRow(owner);
    await expect.poll(() => row.count()).toBe(1);
    await row.getByTestId('step-submit').click();
    await owner.getByTestId('step-action-submit').click();
    await expect.poll(() => statusOf(permitRow(owner))).toBe('submitted');
    // The owner files; accepting and deciding are for the bureau.
    expect(await permitRow(owner).getByTestId('step-approve').count()).toBe(0);
    const overflow = await owner.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await snap(owner, '61-formalities-submitted-phone');
  });

  it('the bureau finds it in its queue, accepts it and sees the working days left', async () => {
    await unit.goto('/formalities');
    const row = () =>
      unit
        .getByTestId('approver-queue')
        .getByTestId('step-row')
        .filter({ hasText: projectName })
        .filter({ hasText: STEP });
    await expect.poll(() => row().count()).toBe(1);
    expect(await row().getByTestId('step-waiting').innerText()).toContain('待受理');
    await row().getByTestId('step-accept').click();
    await unit.getByTestId('step-action-submit').click();
    await expect.poll(() => row().getByTestId('step-status').getAttribute('data-status')).toBe('accepted');
    // Accepted today with a limit of 7 working days: all 7 are left.
    await expect.poll(() => row().getByTestId('step-days-left').innerText()).toBe('剩余 7 个工作日');
    await snap(unit, '62-formalities-queue');
  });

  it('the bureau approves it with a document number', async () => {
    await unit.goto('/formalities?status=accepted');
    const row = unit.getByTestId('approver-queue').getByTestId('step-row').filter({ hasText: projectName });
    await expect.poll(() => row.filter({ hasText: STEP }).count()).toBe(1);
    await row.filter({ hasText: STEP }).getByTestId('step-approve').click();
    await unit.getByTestId('step-document-no').fill(documentNo);
    await unit.getByTestId('step-action-submit').click();
    // Decided: it leaves the queue.
    await expect.poll(() => row.filter({ hasText: STEP }).count()).toBe(0);
  });

  it('the checklist shows the permit approved with its document number, on a desk and on a phone', async () => {
    await office.goto(`/projects/${projectId}?tab=formalities`);
    await expect.poll(() => statusOf(permitRow(office))).toBe('approved');
    expect(await permitRow(office).getByTestId('step-document').innerText()).toBe(documentNo);
    expect(await permitRow(office).innerText()).toContain('用时 0 / 7 个工作日');
    await snap(office, '63-formalities-approved');
    await owner.goto(`/projects/${projectId}?tab=formalities`);
    await expect.poll(() => statusOf(permitRow(owner))).toBe('approved');
    expect(await permitRow(owner).getByTestId('step-document').innerText()).toContain(documentNo);
    await snap(owner, '64-formalities-approved-phone');
  });
});

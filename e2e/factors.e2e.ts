import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, newContext, pick, signIn, snap } from './browser.js';

// A factor guarantee (要素保障) from request to ledger: the owner asks on a phone for 120.5 亩 of
// industrial land for one of its projects, to be supplied by the unit → the unit finds the
// request, records 80 亩 supplied → the ledger shows 120.5 requested, 80 supplied, 40.5 unmet
// (more when the demo project already asked for land: the figures are read before and added to).

let browser: Browser;
const contexts: BrowserContext[] = [];
let owner: Page;
let unit: Page;
let office: Page;
let projectId = '';
let unitName = '';
let requestId = '';
let before = { requested: 0n, supplied: 0n, unmet: 0n };

type Totals = { requested: string; supplied: string; unmet: string };
type ApiLedger = { rows: (Totals & { factor: string })[] };
type ApiRequest = { id: string; factor: string; amount: string; createdBy: { id: string } | null };

const api = <T>(page: Page, path: string) => page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;

// 亩 kept with four decimals, as the server writes them, in exact integers of 0.0001 亩.
const SCALE = 10_000n;
function toUnits(text: string): bigint {
  const [int = '0', frac = ''] = text.split('.');
  return BigInt(int) * SCALE + BigInt(frac.padEnd(4, '0').slice(0, 4));
}
/** As the ledger writes it: thousands separators, no trailing zeros. */
function shown(units: bigint): string {
  const int = (units / SCALE).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const frac = (units % SCALE).toString().padStart(4, '0').replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

async function landOf(page: Page): Promise<{ requested: bigint; supplied: bigint; unmet: bigint }> {
  const ledger = await api<ApiLedger>(page, `/api/v1/factors/ledger?projectId=${projectId}`);
  const land = ledger.rows.find((r) => r.factor === 'land');
  if (!land) throw new Error('the ledger has no land row');
  return { requested: toUnits(land.requested), supplied: toUnits(land.supplied), unmet: toUnits(land.unmet) };
}

beforeAll(async () => {
  browser = await launch();
  const base = inject('baseUrl');
  const phone = await newContext(browser, base, { phone: true });
  const desk1 = await newContext(browser, base);
  const desk2 = await newContext(browser, base);
  contexts.push(phone, desk1, desk2);
  owner = await phone.newPage();
  unit = await desk1.newPage();
  office = await desk2.newPage();
  await signIn(owner, 'owner');
  await signIn(unit, 'unit');
  await signIn(office, 'office');
  const mine = await api<{ items: { id: string; archivedAt: string | null }[] }>(
    owner,
    '/api/v1/projects?pageSize=100',
  );
  const open = mine.items.filter((p) => !p.archivedAt);
  if (open.length === 0) throw new Error('the demo owner has no project');
  // A project that has not asked for land yet, when there is one: its ledger then reads as asked.
  projectId = open[0]!.id;
  for (const p of open) {
    const land = await api<{ total: number }>(owner, `/api/v1/factors?projectId=${p.id}&factor=land&pageSize=1`);
    if (land.total === 0) {
      projectId = p.id;
      break;
    }
  }
  const me = await api<{ user: { unit: { name: string } | null } }>(unit, '/api/v1/auth/me');
  if (!me.user.unit) throw new Error('the demo unit account has no unit');
  unitName = me.user.unit.name;
  before = await landOf(office);
});

afterAll(async () => {
  await browser?.close();
});

describe('factor guarantee journey (owner on a phone, the supplying unit and the office at desks)', () => {
  it('the owner asks for 120.5 亩 of industrial land from the project page', async () => {
    await owner.goto(`/projects/${projectId}?tab=factors`);
    await owner.getByTestId('project-factor-create').click();
    await owner.getByTestId('factor-request-form').waitFor();
    // Land is the default factor: the area in 亩 and the land-use type.
    await pick(owner, '用地类型', '工业用地');
    await owner.getByTestId('factor-amount').fill('120.5');
    await pick(owner, '保障单位', unitName, unitName.slice(0, 2));
    await owner.getByLabel('说明', { exact: true }).fill('二期厂房用地，需年内供地。');
    await snap(owner, '70-factor-request-phone');
    await owner.getByTestId('factor-request-submit').click();
    await expect.poll(() => owner.getByTestId('factor-request-form').count()).toBe(0);

    const list = await api<{ items: ApiRequest[] }>(
      owner,
      `/api/v1/factors?projectId=${projectId}&factor=land&sort=-createdAt&pageSize=5`,
    );
    requestId = list.items.find((r) => r.amount === '120.5000')?.id ?? '';
    expect(requestId).not.toBe('');
    const card = owner.locator(`[data-testid="factor-card"][data-factor-id="${requestId}"]`);
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getByTestId('factor-row-amount').innerText()).toContain('120.5 亩');
    expect(await card.getByTestId('factor-row-status').innerText()).toBe('已提出');
    // The owner asks and may change its request; recording supply is the unit's.
    expect(await card.getByTestId('factor-edit').count()).toBe(1);
    expect(await card.getByTestId('factor-supply').count()).toBe(0);
    await snap(owner, '71-factor-requested-phone');
  });

  it('the supplying unit records 80 亩 supplied', async () => {
    await unit.goto(`/factors?factor=land&projectId=${projectId}`);
    const row = unit.locator(`tr[data-factor-id="${requestId}"]`);
    await expect.poll(() => row.count()).toBe(1);
    // A unit does not ask for factors: no such button for it.
    expect(await unit.getByTestId('factor-create').count()).toBe(0);
    expect(await row.getByTestId('factor-edit').count()).toBe(0);
    await row.getByTestId('factor-supply').click();
    await unit.getByTestId('factor-supplied-amount').fill('80');
    await unit.getByLabel('说明', { exact: true }).fill('已下达年度用地指标 80 亩，余量待下批次。');
    await snap(unit, '72-factor-supply');
    await unit.getByTestId('factor-supply-submit').click();
    await expect.poll(() => row.getByTestId('factor-row-status').innerText()).toBe('部分保障');
    expect(await row.getByTestId('factor-row-supplied').innerText()).toBe('80');
    expect(await row.getByTestId('factor-row-unmet').innerText()).toBe('40.5');
    await snap(unit, '73-factor-supplied');
  });

  it('the ledger shows 120.5 requested, 80 supplied and 40.5 unmet', async () => {
    const expected = {
      requested: shown(before.requested + toUnits('120.5')),
      supplied: shown(before.supplied + toUnits('80')),
      unmet: shown(before.unmet + toUnits('40.5')),
    };
    await office.goto(`/factors?tab=ledger&projectId=${projectId}`);
    const land = office.getByTestId('ledger-row-land');
    await expect.poll(() => land.getByTestId('ledger-requested').innerText()).toBe(expected.requested);
    expect(await land.getByTestId('ledger-supplied').innerText()).toBe(expected.supplied);
    expect(await land.getByTestId('ledger-unmet').innerText()).toBe(expected.unmet);
    if (before.requested === 0n) expect(expected).toEqual({ requested: '120.5', supplied: '80', unmet: '40.5' });
    await snap(office, '74-factor-ledger');

    // The district's ledger, on the owner's phone: the same figures in cards.
    await owner.goto(`/factors?tab=ledger&projectId=${projectId}`);
    const card = owner.getByTestId('ledger-row-land');
    await expect.poll(() => card.getByTestId('ledger-unmet').innerText()).toBe(expected.unmet);
    await snap(owner, '75-factor-ledger-phone');
  });
});

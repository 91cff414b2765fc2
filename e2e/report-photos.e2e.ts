import zlib from 'node:zlib';
import { periodKey, periodOf } from '@tuijin/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, newContext, signIn, snap } from './browser.js';

// Site photos on the monthly report: the owner adds one from a phone-sized window (390 px) while
// the report is a draft and submits; the responsible unit opens it from the review queue and
// sees the photo, read-only.

let browser: Browser;
let phone: BrowserContext;
let desk: BrowserContext;
let owner: Page;
let unit: Page;
const period = periodKey(periodOf(new Date(), 'Asia/Shanghai'));
let projectId = '';
let projectName = '';

type ApiProject = { id: string; name: string; stage: string };
/** A first page load in a fresh context can take longer than expect.poll's one second. */
const slow = { timeout: 15_000 };

/** A real PNG (a colour gradient), made here: 160 × 120 pixels. */
function gradientPng(width = 160, height = 120): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) row.set([(x * 255) / width, (y * 255) / height, 160], 1 + x * 3);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const api = <T>(page: Page, path: string) =>
  page.evaluate(async (p) => {
    const res = await fetch(p);
    return res.status === 404 ? null : res.json();
  }, path) as Promise<T>;

/** Every thumbnail in the page was served as an image the browser could decode. */
const decoded = (page: Page) =>
  page
    .getByTestId('photo-item')
    .locator('img')
    .evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth));

beforeAll(async () => {
  browser = await launch();
  phone = await newContext(browser, inject('baseUrl'), { phone: true });
  desk = await newContext(browser, inject('baseUrl'));
  owner = await phone.newPage();
  unit = await desk.newPage();
  await signIn(owner, 'owner');
  await signIn(unit, 'unit');
  // A project of the owner that the unit reviews, whose report of this month is still open
  // (the other report journey takes the first such project: start from the last).
  const mine = await api<{ items: ApiProject[] }>(owner, '/api/v1/projects?pageSize=100');
  const reviewed = await api<{ items: ApiProject[] }>(unit, '/api/v1/projects?pageSize=100');
  const candidates = mine.items.filter((p) => p.stage !== 'reserve' && reviewed.items.some((r) => r.id === p.id));
  for (const p of candidates.reverse()) {
    const report = await api<{ status: string } | null>(owner, `/api/v1/projects/${p.id}/reports/${period}`);
    if (!report || ['draft', 'returned', 'reopened'].includes(report.status)) {
      projectId = p.id;
      projectName = p.name;
      break;
    }
  }
  if (!projectId) throw new Error('the demo has no open report of owner that unit reviews');
});

afterAll(async () => {
  await browser?.close();
});

describe('report photos (owner on a phone, unit at a desk)', () => {
  it('the owner saves the draft, adds a photo on a 390 px screen and submits', async () => {
    await owner.goto(`/projects/${projectId}/reports/${period}`);
    await owner.getByTestId('report-completed-input').fill('300');
    await owner.getByTestId('report-save').click();
    await expect.poll(() => owner.getByTestId('report-status').innerText(), slow).toContain('草稿');
    await expect.poll(() => owner.getByTestId('photo-add').isVisible(), slow).toBe(true);
    expect(await owner.getByTestId('photo-input').getAttribute('accept')).toBe('image/*');

    await owner
      .getByTestId('photo-input')
      .setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: gradientPng() });
    await expect.poll(() => owner.getByTestId('photo-item').count(), slow).toBe(1);
    await expect.poll(() => decoded(owner), slow).toEqual([160]);
    expect(await owner.getByTestId('photo-count').innerText()).toContain('1 / 20');
    // A page pretending to be a photo is refused, with words the owner understands.
    await owner
      .getByTestId('photo-input')
      .setInputFiles({ name: 'scan.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<svg onload="alert(1)"/>') });
    await expect
      .poll(() => owner.getByTestId('report-photos').getByRole('alert').innerText(), slow)
      .toContain('scan.jpg');
    expect(await owner.getByTestId('photo-item').count()).toBe(1);

    const overflow = await owner.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await owner.getByTestId('report-photos').scrollIntoViewIfNeeded();
    await snap(owner, '14-report-photos-phone');

    await owner.getByTestId('report-submit').click();
    await owner.locator('.ant-popover .ant-btn-primary').click();
    await expect.poll(() => owner.getByTestId('report-status').innerText(), slow).toContain('待审核');
    // Submitted: the photo is still shown, and can no longer be deleted.
    await expect.poll(() => owner.getByTestId('photo-item').count(), slow).toBe(1);
    expect(await owner.getByTestId('photo-delete').count()).toBe(0);
  });

  it('the unit opens the report from the review queue and sees the photo, read-only', async () => {
    // This month's submissions: the queue's first page may hold older ones.
    await unit.goto(`/reports/review?period=${period}&pageSize=100`);
    const row = unit.getByTestId('review-queue-table').locator('tr', { hasText: projectName });
    await expect.poll(() => row.count(), slow).toBeGreaterThan(0);
    await row.first().getByRole('link', { name: projectName }).click();
    await unit.waitForURL((u) => u.pathname === `/projects/${projectId}/reports/${period}`);
    await expect.poll(() => unit.getByTestId('photo-item').count(), slow).toBe(1);
    await expect.poll(() => decoded(unit), slow).toEqual([160]);
    expect(await unit.getByTestId('photo-delete').count()).toBe(0);
    expect(await unit.getByTestId('photo-add').count()).toBe(0);
    await snap(unit, '15-report-photos-review');
    // The thumbnail opens the photo full size.
    await unit.getByTestId('photo-thumb').click();
    await expect.poll(() => unit.locator('.ant-image-preview img').count(), slow).toBeGreaterThan(0);
  });
});

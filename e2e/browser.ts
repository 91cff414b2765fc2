import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Debian's Chromium driven by playwright-core: nothing is downloaded at run time.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.TUIJIN_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export async function newContext(
  browser: Browser,
  baseURL: string,
  opts: { phone?: boolean; locale?: string } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    locale: opts.locale ?? 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: opts.phone ? { width: 390, height: 844 } : { width: 1440, height: 900 },
    ...(opts.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
}

/** Screenshots of each journey's key screens, kept for people to look at (git-ignored). */
export async function snap(page: Page, name: string): Promise<void> {
  const dir = path.resolve(import.meta.dirname, 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** Signs a demo account in through the login page (every demo account's password is demo2026). */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('demo2026');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** Picks an option of the select labelled `label`, typing `search` first when given. */
export async function pick(page: Page, label: string, option: string, search?: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  if (search) await input.fill(search);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

/** The district's (Asia/Shanghai) date `days` from now, as YYYY-MM-DD. */
export function dayFromToday(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);
}

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestContext } from '../test/harness.js';

// The command line as an operator uses it on an empty database: set up the district and the
// first administrator, add a user, verify the journal.

let ctx: TestContext;
const root = path.resolve(import.meta.dirname, '../../../..');

function cli(args: string[], input?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'packages/server/src/cli/main.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, DATABASE_URL: ctx.url, LOG_LEVEL: 'silent' },
  });
}

beforeAll(async () => {
  ctx = await createTestApp();
});

describe('cli', () => {
  it('sets up a district and its first administrator', () => {
    const r = cli(
      [
        'setup',
        '--province',
        '江苏省:320000',
        '--city',
        '南京市:320100',
        '--district',
        '玄武区:320102',
        '--admin',
        'chief',
        '--admin-name',
        '系统管理员',
        '--password-stdin',
      ],
      'a-long-admin-password\n',
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('玄武区');
  });

  it('refuses a short password and malformed arguments with a message', () => {
    const short = cli(
      [
        'user:create',
        '--username',
        'x1',
        '--name',
        'X',
        '--role',
        'office',
        '--region-code',
        '320102',
        '--password-stdin',
      ],
      'short\n',
    );
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('at least 8 characters');
    const bad = cli(
      ['setup', '--province', '江苏省', '--city', 'x', '--district', 'y', '--admin', 'a', '--admin-name', 'b'],
      '',
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('NAME:CODE');
    const unknown = cli(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toContain('Usage');
  });

  it('creates a user in the district, and the journal of it all verifies', async () => {
    const r = cli(
      [
        'user:create',
        '--username',
        'xw_office',
        '--name',
        '玄武区项目办',
        '--role',
        'office',
        '--region-code',
        '320102',
        '--unit',
        '区发展和改革委员会（区重点项目办）',
        '--password-stdin',
      ],
      'another-long-password\n',
    );
    expect(r.status, r.stderr).toBe(0);
    const admin = await signIn(ctx.app, 'chief', 'a-long-admin-password');
    const users = (await admin.get('/api/v1/users')).json().items.map((u: { username: string }) => u.username);
    expect(users).toEqual(['chief', 'xw_office']);
    const office = await signIn(ctx.app, 'xw_office', 'another-long-password');
    expect((await office.get('/api/v1/projects')).json().total).toBe(0);
    const verify = cli(['journal:verify']);
    expect(verify.status).toBe(0);
    expect(verify.stdout).toMatch(/intact/);
  });
});

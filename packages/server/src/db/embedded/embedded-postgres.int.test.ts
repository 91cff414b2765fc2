import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { DataDirInUseError, isProcessAlive } from './instance-lock.js';

// The embedded server's life cycle: one instance per data directory, and nothing left behind by
// a crash that would block the next start.

const dirs: string[] = [];
function dataDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'tuijin-embedded-'));
  fs.chmodSync(d, 0o755);
  dirs.push(d);
  return d;
}
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const quiet = () => undefined;

async function query(url: string, text: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows;
  } finally {
    await c.end();
  }
}

describe('embedded PostgreSQL', () => {
  it('runs as a dedicated user, keeps data across restarts and refuses a second instance', async () => {
    const dir = dataDir();
    const first = await startEmbeddedPostgres({ dataDir: dir, log: quiet });
    await query(first.connectionString(), 'CREATE TABLE kept (v text); INSERT INTO kept VALUES ($$数据$$)');
    const [owner] = await query(first.connectionString(), `SELECT current_setting('data_directory') AS d`);
    expect(owner.d).toBe(path.join(dir, 'pg'));
    if (process.getuid?.() === 0) expect(fs.statSync(path.join(dir, 'pg')).uid).not.toBe(0);
    await expect(startEmbeddedPostgres({ dataDir: dir, log: quiet })).rejects.toBeInstanceOf(DataDirInUseError);
    await first.stop();
    expect(isProcessAlive(first.pid)).toBe(false);
    expect(fs.existsSync(path.join(dir, 'tuijin.lock'))).toBe(false);
    const again = await startEmbeddedPostgres({ dataDir: dir, log: quiet });
    expect(await query(again.connectionString(), 'SELECT v FROM kept')).toEqual([{ v: '数据' }]);
    await again.stop();
  });

  it('recovers after the app is killed with SIGKILL: the watchdog stops PostgreSQL, the next start works', async () => {
    const dir = dataDir();
    const script = `
      import { startEmbeddedPostgres } from ${JSON.stringify(path.resolve(import.meta.dirname, 'embedded-postgres.ts'))};
      const s = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dir)}, log: () => {} });
      console.log('PID ' + s.pid);
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const pgPid = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        const m = /PID (\d+)/.exec(d.toString());
        if (m) resolve(Number(m[1]));
      });
      child.on('exit', (code) => reject(new Error(`child exited ${code}`)));
    });
    expect(isProcessAlive(pgPid)).toBe(true);
    child.kill('SIGKILL');
    const deadline = Date.now() + 15_000;
    while (isProcessAlive(pgPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(isProcessAlive(pgPid)).toBe(false);
    // The lock of the dead app and PostgreSQL's own pid file are both stale now.
    const next = await startEmbeddedPostgres({ dataDir: dir, log: quiet });
    expect(await query(next.connectionString(), 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    await next.stop();
  });

  it('starts despite a postmaster.pid naming a process that is not PostgreSQL', async () => {
    const dir = dataDir();
    const s = await startEmbeddedPostgres({ dataDir: dir, log: quiet });
    await s.stop();
    // The pid of this test runner: alive, but not a postgres server.
    fs.writeFileSync(path.join(dir, 'pg', 'postmaster.pid'), `${process.pid}\n${path.join(dir, 'pg')}\n`);
    fs.writeFileSync(path.join(dir, 'tuijin.lock'), '999999\n');
    const again = await startEmbeddedPostgres({ dataDir: dir, log: quiet });
    expect(await query(again.connectionString(), 'SELECT 2 AS ok')).toEqual([{ ok: 2 }]);
    await again.stop();
  });
});

describe('binaries out of the PostgreSQL user’s reach', () => {
  // Only root runs PostgreSQL as another user; as any other user the binaries are its own.
  it.runIf(process.getuid?.() === 0)(
    'runs a copy from the temporary folder when the checkout is in a closed folder',
    async () => {
      const { execFileSync } = await import('node:child_process');
      const { ensurePostgresOsUser } = await import('./os-user.js');
      const { reachableBinaries } = await import('./embedded-postgres.js');
      const bins = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as {
        initdb: string;
        postgres: string;
      };
      const closed = fs.mkdtempSync(path.join(os.tmpdir(), 'tuijin-closed-'));
      dirs.push(closed);
      fs.chmodSync(closed, 0o700);
      const pkg = path.join(closed, 'linux-x64');
      fs.cpSync(path.dirname(path.dirname(path.dirname(bins.postgres))), pkg, {
        recursive: true,
        verbatimSymlinks: true,
      });
      const user = ensurePostgresOsUser();
      const moved = reachableBinaries(
        { initdb: path.join(pkg, 'native/bin/initdb'), postgres: path.join(pkg, 'native/bin/postgres') },
        user,
      );
      expect(moved.postgres.startsWith(closed)).toBe(false);
      dirs.push(path.dirname(path.dirname(moved.postgres)));
      const version = execFileSync('runuser', ['-u', 'tuijin-pg', '--', moved.postgres, '--version'], {
        encoding: 'utf8',
      });
      expect(version).toMatch(/PostgreSQL\) 17/);
    },
  );
});

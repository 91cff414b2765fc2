import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

// Starts Tuijin exactly as `npm start` runs it (after the web build), for benchmarks.

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export type Running = {
  child: ChildProcess;
  baseUrl: string;
  readyMs: number;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
};

export async function startServer(dataDir: string, env: Record<string, string> = {}): Promise<Running> {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  const started = performance.now();
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), TUIJIN_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  const readyMs = performance.now() - started;
  return {
    child,
    baseUrl,
    readyMs,
    dataDir,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export function databaseUrl(dataDir: string): string {
  return (JSON.parse(fs.readFileSync(path.join(dataDir, 'running.json'), 'utf8')) as { url: string }).url;
}

export async function signIn(
  baseUrl: string,
  username = 'office',
  password = 'demo2026',
): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

/**
 * Memory of a process and all its descendants, in MiB (from /proc): the plain sum of RSS, and
 * the sum of PSS, which counts pages shared between PostgreSQL's processes once.
 */
export function treeMemoryMiB(pid: number): { rss: number; pss: number } {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* gone */
    }
  }
  let rss = 0;
  let pss = 0;
  const visit = (p: number) => {
    try {
      const rollup = fs.readFileSync(`/proc/${p}/smaps_rollup`, 'utf8');
      rss += Number(/^Rss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
      pss += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
    } catch {
      /* gone */
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return { rss: rss / 1024, pss: pss / 1024 };
}

/**
 * Times `runs` sequential GETs of one URL with a session cookie; the first apart (it may compute
 * what later requests find kept). Fails on any error status.
 */
export async function timeRequests(
  baseUrl: string,
  cookie: string,
  target: string,
  runs: number,
): Promise<{ first: number; rest: number[] }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const res = await fetch(`${baseUrl}${target}`, { headers: { cookie } });
    await res.text();
    if (!res.ok) throw new Error(`${target}: ${res.status}`);
    times.push(performance.now() - start);
  }
  return { first: times[0] ?? NaN, rest: times.slice(1) };
}

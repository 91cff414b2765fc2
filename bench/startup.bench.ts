import fs from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, treeMemoryMiB } from './lib/server.js';
import { ms, summary } from './lib/stats.js';

// Budgets: first start with demo data ≤ 20 s; start on an existing data directory ≤ 5 s; idle
// memory of the server plus the embedded PostgreSQL ≤ 300 MB. Measured from spawning the
// process to the first successful /api/health (the web app is already built, as after npm ci).

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

export async function startupBench(): Promise<string[]> {
  const dataDir = path.join(ROOT, 'bench/.data/startup');
  const first: number[] = [];
  const again: number[] = [];
  const memory: { rss: number; pss: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    const s = await startServer(dataDir, { TUIJIN_DEMO: '1' });
    first.push(s.readyMs);
    await s.stop();
    const r = await startServer(dataDir, { TUIJIN_DEMO: '1' });
    again.push(r.readyMs);
    // Idle after a few page views, as a person would leave it.
    const login = await fetch(`${r.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username":"office","password":"demo2026"}',
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    for (const p of ['/', '/api/v1/projects', '/api/v1/projects/facets', '/api/v1/units'])
      await (await fetch(`${r.baseUrl}${p}`, { headers: { cookie } })).text();
    await new Promise((res) => setTimeout(res, 3000));
    memory.push(treeMemoryMiB(r.child.pid!));
    await r.stop();
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  const a = summary(first);
  const b = summary(again);
  const rss = summary(memory.map((m) => m.rss));
  const pss = summary(memory.map((m) => m.pss));
  return [
    `start-up (${RUNS} runs, spawn to first healthy answer):`,
    `  first start, new data directory, demo district: median ${ms(a.p50)}, max ${ms(a.max)}`,
    `  start on the existing data directory: median ${ms(b.p50)}, max ${ms(b.max)}`,
    `  idle memory, server + embedded PostgreSQL: PSS median ${pss.p50.toFixed(0)} MiB (max ${pss.max.toFixed(0)}), plain RSS sum ${rss.p50.toFixed(0)} MiB`,
  ];
}

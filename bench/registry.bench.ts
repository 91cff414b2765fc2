import path from 'node:path';
import pg from 'pg';
import { growProjects } from './lib/generate.js';
import { databaseUrl, ROOT, signIn, startServer } from './lib/server.js';
import { ms, summary } from './lib/stats.js';
import { wrk } from './lib/wrk.js';

// Budget: the registry list with filters and total over 10,000 projects — p95 ≤ 30 ms at the
// API, and ≥ 2,000 requests/s with 50 connections on loopback.

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

const MIXES = [
  'sort=-totalInvestment',
  'stage=continuing,new_start&direction=high_quality&sort=-totalInvestment',
  'investorType=social&field=industrial&sort=name',
  `q=${encodeURIComponent('重点')}&sort=-updatedAt`,
];

export async function registryBench(): Promise<string[]> {
  const dataDir = path.join(ROOT, 'bench/.data/registry');
  const server = await startServer(dataDir, { TUIJIN_DEMO: '1' });
  try {
    await growProjects(databaseUrl(dataDir), PROJECTS);
    const { cookie } = await signIn(server.baseUrl);
    const get = async (p: string) => {
      const t = performance.now();
      const res = await fetch(`${server.baseUrl}${p}`, { headers: { cookie } });
      const body = (await res.json()) as { total: number };
      if (!res.ok) throw new Error(`${p}: ${res.status}`);
      return { ms: performance.now() - t, cache: res.headers.get('x-cache'), total: body.total };
    };
    const total = (await get(`/api/v1/projects?${MIXES[0]}`)).total;

    // First views: the data version is bumped before every request (as any change to a
    // project of the district does), so every answer is computed by PostgreSQL.
    const db = new pg.Client({ connectionString: databaseUrl(dataDir) });
    await db.connect();
    const fresh: number[] = [];
    const deep: number[] = [];
    for (let round = 0; round < 20; round++) {
      for (const mix of MIXES) {
        for (let page = 1; page <= 5; page++) {
          await db.query('UPDATE data_versions SET registry = registry + 1');
          const r = await get(`/api/v1/projects?${mix}&page=${page}&pageSize=20`);
          if (r.cache !== 'miss') throw new Error('expected a cache miss');
          fresh.push(r.ms);
        }
      }
      // Deep in the list (page 100 of 20): the sort must pass 2,000 rows.
      await db.query('UPDATE data_versions SET registry = registry + 1');
      deep.push((await get(`/api/v1/projects?${MIXES[round % MIXES.length]}&page=100&pageSize=20`)).ms);
    }
    await db.end();
    const f = summary(fresh);
    const d = summary(deep);

    // Repeat views of the first 25 pages of each mix, one connection, then 50 connections.
    const paths = MIXES.flatMap((mix) =>
      Array.from({ length: 25 }, (_, i) => `/api/v1/projects?${mix}&page=${i + 1}&pageSize=20`),
    );
    const one = wrk(server.baseUrl, paths, { Cookie: cookie }, 1, SECONDS);
    const fifty = wrk(server.baseUrl, paths, { Cookie: cookie }, 50, SECONDS);
    return [
      `registry list over ${total} projects (4 filter/sort mixes, pages of 20, total counted):`,
      `  first views, pages 1-5 (computed, 400 sequential): p50 ${ms(f.p50)}, p95 ${ms(f.p95)}, p99 ${ms(f.p99)}`,
      `  first views, page 100 (computed, 20 sequential): p50 ${ms(d.p50)}, p95 ${ms(d.p95)}`,
      `  repeat views, 1 connection (wrk ${SECONDS} s): p50 ${ms(one.p50)}, p95 ${ms(one.p95)}, p99 ${ms(one.p99)}, ${one.rps.toFixed(0)} req/s`,
      `  repeat views, 50 connections (wrk ${SECONDS} s): ${fifty.rps.toFixed(0)} req/s, p50 ${ms(fifty.p50)}, p95 ${ms(fifty.p95)}, errors ${one.errors + fifty.errors}`,
    ];
  } finally {
    await server.stop();
  }
}

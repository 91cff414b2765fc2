import fs from 'node:fs';
import path from 'node:path';
import { periodFirstDay } from '@tuijin/shared';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../packages/server/src/db/database.js';
import { recomputeAll } from '../packages/server/src/modules/indicators/figures.job.js';
import { computeFigures, clockOf } from '../packages/server/src/modules/indicators/figures.service.js';
import { systemClock } from '../packages/server/src/lib/clock.js';
import { warmRankings } from '../packages/server/src/modules/rankings/rankings.job.js';
import { growReports } from './lib/generate-reports.js';
import { growProvince } from './lib/generate-province.js';
import { databaseUrl, ROOT, signIn, startServer, timeRequests } from './lib/server.js';
import { ms, summary } from './lib/stats.js';

// Budget (province scale on PostgreSQL, 100,000 projects × 60 months = 6 million reports): the
// district and province summaries ≤ 150 ms p95, from figures kept up to date (project_figures)
// rather than scanning the reports; the naive scan's time is recorded beside it.

const DISTRICTS = Number(process.env.BENCH_PROVINCE_DISTRICTS ?? 100);
const PER_DISTRICT = Number(process.env.BENCH_PROVINCE_PER_DISTRICT ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const NAIVE_RUNS = Number(process.env.BENCH_NAIVE_RUNS ?? 3);
const PERIOD = { year: 2026, month: 10 };
const settings = { timeZone: 'Asia/Shanghai', dueDay: 5 };

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const out = await work();
  return [out, performance.now() - start];
}

type Database = ReturnType<typeof openDatabase>;

/**
 * Grows the demo into the province: projects and reports, the nightly recompute, the problems the
 * rankings count. Returns the lines to print.
 */
async function growAll(url: string, database: Database): Promise<string[]> {
  const lines: string[] = [];
  const [total, growMs] = await timed(async () => {
    const n = await growProvince(url, DISTRICTS, PER_DISTRICT);
    const reports = await growReports(url, [2022, 2023, 2024, 2025, 2026], 12);
    return { n, reports };
  });
  lines.push(
    `province: ${DISTRICTS} districts, ${total.n} projects, ${total.reports} monthly reports (generated in ${(growMs / 1000).toFixed(0)} s):`,
  );
  // The kept figures of the period, as the nightly job computes them (one transaction a district).
  const [done, recomputeMs] = await timed(() => recomputeAll(database.db, settings, new Date('2026-11-26T02:00:00Z')));
  lines.push(
    `  nightly recompute of the current period: ${done.projects} projects in ${done.districts} districts, ${(recomputeMs / 1000).toFixed(1)} s`,
  );
  // Problems across the province for the rankings: 2 a project, due over the last two quarters,
  // half of them closed.
  const [, growUnstuckMs] = await timed(() =>
    database.db.execute(sql`
      WITH office AS (SELECT id FROM users WHERE username = 'office'),
      bureaus AS (SELECT array_agg(id) a FROM units WHERE kind = 'bureau')
      INSERT INTO problems (district_id, project_id, category, title, description, urgency, status, raised_by,
        lead_unit_id, due_date, assigned_at, solved_at, closed_at)
      SELECT p.district_id, p.id, 'land', '基准问题', '基准数据', 'normal',
        CASE WHEN k = 1 THEN 'closed' ELSE 'in_progress' END, office.id,
        bureaus.a[1 + (abs(hashtext(p.id::text)) + k) % array_length(bureaus.a, 1)],
        date '2026-05-01' + (abs(hashtext(p.id::text || k)) % 180),
        timestamptz '2026-04-01', CASE WHEN k = 1 THEN timestamptz '2026-06-15' END,
        CASE WHEN k = 1 THEN timestamptz '2026-06-16' END
      FROM projects p, generate_series(1, 2) k, office, bureaus`),
  );
  lines.push(`  problems for the rankings: 200,000 generated in ${(growUnstuckMs / 1000).toFixed(0)} s`);
  await database.db.execute(sql`ANALYZE`);
  return lines;
}

export async function provinceBench(): Promise<string[]> {
  const dataDir = path.join(ROOT, 'bench/.data/province');
  // BENCH_PROVINCE_REUSE=1 measures again on the province a previous run left.
  const reuse = process.env.BENCH_PROVINCE_REUSE === '1' && fs.existsSync(dataDir);
  if (!reuse) fs.rmSync(dataDir, { recursive: true, force: true }); // a fresh province each run
  const server = await startServer(dataDir, { TUIJIN_DEMO: '1', TUIJIN_JOBS: '0' });
  const url = databaseUrl(dataDir);
  const database = openDatabase(url, 4);
  const lines: string[] = [];
  try {
    lines.push(...(reuse ? ['the province of the previous run, measured again:'] : await growAll(url, database)));
    // The day's ranking warm-up, as the daily job runs it after the nightly figures: the previous
    // quarter's figures and both quarters' on-time sums of every district, as of the server's today.
    const [, warmMs] = await timed(() => warmRankings(database.db, { ...settings, clock: systemClock }));
    lines.push(`  daily ranking warm-up (this and the previous quarter): ${(warmMs / 1000).toFixed(1)} s`);

    const province = await signIn(server.baseUrl, 'province_office');
    const district = await signIn(server.baseUrl, 'office');
    const p = `period=2026-10`;
    const cases: [string, string, string][] = [
      ['province summary by district', province.cookie, `/api/v1/indicators/summary?${p}&groupBy=district`],
      ['province summary by direction', province.cookie, `/api/v1/indicators/summary?${p}&groupBy=direction`],
      ['province warning board, red, page 1', province.cookie, `/api/v1/warnings?${p}&colour=red`],
      ['district summary by unit', district.cookie, `/api/v1/indicators/summary?${p}&groupBy=unit`],
      ['district warning board, page 1', district.cookie, `/api/v1/warnings?${p}`],
      ['province rankings of units, this quarter', province.cookie, `/api/v1/rankings?subject=unit`],
      ['province rankings of leaders, this quarter', province.cookie, `/api/v1/rankings?subject=leader`],
    ];
    for (const [name, cookie, target] of cases) {
      const t = await timeRequests(server.baseUrl, cookie, target, RUNS);
      const s = summary(t.rest);
      lines.push(`  ${name}: p50 ${ms(s.p50)}, p95 ${ms(s.p95)} (first request ${ms(t.first)})`);
    }

    // The naive ways, for comparison: evaluating every project's rules from its reports on each
    // request (what the summaries did before figures were kept), and the cheapest possible scan —
    // plain SQL sums over the year's reports, no lights at all.
    const naive: number[] = [];
    for (let i = 0; i < NAIVE_RUNS; i++) {
      const [, t] = await timed(() =>
        computeFigures(database.db, sql`true`, PERIOD, clockOf(settings, new Date('2026-11-26T02:00:00Z'))),
      );
      naive.push(t);
    }
    if (!NAIVE_RUNS) return lines;
    const n = summary(naive);
    lines.push(
      `  naive: rules evaluated from the reports per request: median ${(n.p50 / 1000).toFixed(1)} s (${NAIVE_RUNS} runs)`,
    );
    const scan: number[] = [];
    for (let i = 0; i < NAIVE_RUNS; i++) {
      const [, t] = await timed(() =>
        database.db.execute(sql`
          SELECT p.district_id, sum(pl.planned_investment), sum(r.done)
          FROM projects p
          JOIN plans pl ON pl.project_id = p.id AND pl.year = 2026 AND pl.status = 'approved'
          LEFT JOIN (SELECT project_id, sum(completed_this_month) done FROM monthly_reports
                     WHERE period BETWEEN '2026-01-01' AND ${periodFirstDay(PERIOD)}::date AND status = 'accepted'
                     GROUP BY project_id) r ON r.project_id = p.id
          GROUP BY p.district_id`),
      );
      scan.push(t);
    }
    const sc = summary(scan);
    lines.push(`  naive: plain SQL sums over the reports (no lights): median ${ms(sc.p50)} (${NAIVE_RUNS} runs)`);
    return lines;
  } finally {
    await database.close();
    await server.stop();
  }
}

import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { databaseUrl, ROOT, signIn, startServer, timeRequests } from './lib/server.js';
import { ms, summary } from './lib/stats.js';

// Budget (issue 4): "my desk" for a unit with 500 open items ≤ 50 ms p95 at the API. The demo
// district grows about 1,000 open problems on the demo unit account's desk (it leads some, helps
// with others; some overdue) among 7,500 problems; the desk is the first page of its work.

const RUNS = Number(process.env.BENCH_RUNS ?? 100);

async function growProblems(url: string): Promise<{ unitId: string; total: number }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const unitId = (await c.query<{ unit_id: string }>(`SELECT unit_id FROM users WHERE username = 'unit'`)).rows[0]!
      .unit_id;
    const office = (await c.query<{ id: string }>(`SELECT id FROM users WHERE username = 'office'`)).rows[0]!.id;
    await c.query(
      `INSERT INTO problems (district_id, project_id, category, title, description, urgency, status, raised_by,
         lead_unit_id, helper_unit_ids, due_date, assigned_at, created_at)
       SELECT p.district_id, p.id, (ARRAY['land','funds','approval','relocation'])[1 + g % 4],
         format('基准问题%s', g), '基准数据', 'normal',
         (ARRAY['assigned','in_progress','reopened','solved','closed'])[1 + g % 5], $2,
         CASE WHEN g <= 700 THEN $1::uuid ELSE (SELECT id FROM units WHERE kind = 'bureau' AND id <> $1 ORDER BY id LIMIT 1 OFFSET g % 10) END,
         CASE WHEN g % 7 = 0 THEN ARRAY[$1::uuid] ELSE '{}'::uuid[] END,
         current_date + (g % 60) - 30, now() - interval '40 days', now() - interval '45 days'
       FROM generate_series(1, 7500) g
       JOIN LATERAL (SELECT id, district_id FROM projects ORDER BY id OFFSET g % 140 LIMIT 1) p ON true`,
      [unitId, office],
    );
    await c.query('ANALYZE problems');
    const open = await c.query<{ n: string }>(
      `SELECT count(*) n FROM problems WHERE status IN ('assigned','in_progress','reopened')
         AND (lead_unit_id = $1 OR $1 = ANY(helper_unit_ids))`,
      [unitId],
    );
    return { unitId, total: Number(open.rows[0]!.n) };
  } finally {
    await c.end();
  }
}

export async function unstuckBench(): Promise<string[]> {
  const dataDir = path.join(ROOT, 'bench/.data/unstuck');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const server = await startServer(dataDir, { TUIJIN_DEMO: '1', TUIJIN_JOBS: '0' });
  try {
    const grown = await growProblems(databaseUrl(dataDir));
    const unit = await signIn(server.baseUrl, 'unit');
    const office = await signIn(server.baseUrl, 'office');
    const lines = [`problems: ${grown.total} open items on the unit's desk (${RUNS} sequential requests each):`];
    const cases: [string, string, string][] = [
      ['my desk, first page', unit.cookie, '/api/v1/problems?mine=true&pageSize=20'],
      ['my desk, overdue only', unit.cookie, '/api/v1/problems?mine=true&overdue=true'],
      ['board counts (office)', office.cookie, '/api/v1/problems/counts'],
      ['closure figures per unit (office)', office.cookie, '/api/v1/problems/stats'],
      ['rankings of units, this quarter (office)', office.cookie, '/api/v1/rankings?subject=unit'],
    ];
    for (const [name, cookie, target] of cases) {
      const s = summary((await timeRequests(server.baseUrl, cookie, target, RUNS)).rest);
      lines.push(`  ${name}: p50 ${ms(s.p50)}, p95 ${ms(s.p95)}`);
    }
    return lines;
  } finally {
    await server.stop();
  }
}

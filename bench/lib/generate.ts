import pg from 'pg';

/**
 * Grows the demo district to `total` projects with set-based SQL: names, codes, classifications,
 * amounts, dates, leaders, units and streets spread the way the demo's are. Used by benchmarks.
 */
export async function growProjects(url: string, total: number): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const [{ n }] = (await c.query<{ n: string }>('SELECT count(*) AS n FROM projects')).rows as [{ n: string }];
    const missing = total - Number(n);
    if (missing <= 0) return Number(n);
    await c.query(
      `
      WITH d AS (SELECT district_id FROM projects LIMIT 1),
      leaders AS (SELECT array_agg(DISTINCT lead_leader_id) a FROM projects),
      units AS (SELECT array_agg(DISTINCT responsible_unit_id) a FROM projects),
      owners AS (SELECT array_agg(DISTINCT owner_unit_id) a FROM projects),
      streets AS (SELECT array_agg(id) a FROM regions WHERE level = 'street')
      INSERT INTO projects (district_id, street_id, code, name, owner_unit_id, investor_type, field, direction, industry, stage,
        in_statistics, content, total_investment, planned_start, planned_end, publishable, lead_leader_id, responsible_unit_id)
      SELECT d.district_id,
        streets.a[1 + g % array_length(streets.a, 1)],
        CASE WHEN g % 15 = 0 THEN NULL ELSE format('2026-990102-%s-01-%s', lpad((g % 90)::text, 2, '0'), lpad(g::text, 6, '0')) END,
        format('示范区%s号重点项目（%s期）', g, 1 + g % 3),
        owners.a[1 + g % array_length(owners.a, 1)],
        (ARRAY['government','social','joint'])[1 + g % 3],
        (ARRAY['industrial','social','livelihood','urban'])[1 + g % 4],
        (ARRAY['high_quality','high_quality','ecology','livelihood','governance'])[1 + g % 5],
        '基础设施',
        CASE WHEN g % 15 = 0 THEN 'reserve' ELSE (ARRAY['preparation','new_start','continuing','continuing','completed','operating'])[1 + g % 6] END,
        g % 2 = 0,
        '新建厂房及配套设施',
        ((g * 7919) % 500000 + 500) * 10000.00,
        date '2023-01-01' + (g % 1200),
        date '2026-01-01' + (g % 1000),
        g % 2 = 0,
        leaders.a[1 + g % array_length(leaders.a, 1)],
        units.a[1 + g % array_length(units.a, 1)]
      FROM generate_series(100001, 100000 + $1::int) g, d, leaders, units, owners, streets`,
      [missing],
    );
    await c.query('ANALYZE projects');
    return total;
  } finally {
    await c.end();
  }
}

import pg from 'pg';

/**
 * Turns the demo database into a province: `districts` districts under the demo's city (the demo
 * district among them), `perDistrict` projects in each, and a province-wide office account
 * `province_office` (password demo2026, the demo's hash). Set-based SQL; used by benchmarks.
 */
export async function growProvince(url: string, districts: number, perDistrict: number): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const count = async () => Number((await c.query<{ n: string }>(`SELECT count(*) n FROM projects`)).rows[0]!.n);
  try {
    const [demo] = (
      await c.query<{ id: string; parent_id: string; province: string }>(
        `SELECT d.id, d.parent_id, city.parent_id AS province FROM regions d JOIN regions city ON city.id = d.parent_id
         WHERE d.level = 'district' LIMIT 1`,
      )
    ).rows;
    if (!demo) throw new Error('no demo district');
    await c.query(
      `INSERT INTO regions (parent_id, level, name, code)
       SELECT $1, 'district', format('基准%s区', g), format('BENCH%s', lpad(g::text, 4, '0'))
       FROM generate_series(2, $2::int) g`,
      [demo.parent_id, districts],
    );
    await c.query(
      `WITH d AS (SELECT array_agg(id ORDER BY code NULLS FIRST) a FROM regions WHERE level = 'district'),
      leaders AS (SELECT array_agg(DISTINCT lead_leader_id) a FROM projects),
      units AS (SELECT array_agg(DISTINCT responsible_unit_id) a FROM projects),
      owners AS (SELECT array_agg(DISTINCT owner_unit_id) a FROM projects)
      INSERT INTO projects (district_id, code, name, owner_unit_id, investor_type, field, direction, industry, stage,
        in_statistics, content, total_investment, planned_start, planned_end, publishable, lead_leader_id, responsible_unit_id)
      SELECT d.a[1 + g % array_length(d.a, 1)],
        format('2026-990103-%s-01-%s', lpad((g % 90)::text, 2, '0'), lpad(g::text, 7, '0')),
        format('省级基准%s号项目', g),
        owners.a[1 + g % array_length(owners.a, 1)],
        (ARRAY['government','social','joint'])[1 + g % 3],
        (ARRAY['industrial','social','livelihood','urban'])[1 + g % 4],
        (ARRAY['high_quality','high_quality','ecology','livelihood','governance'])[1 + g % 5],
        '基础设施',
        (ARRAY['preparation','new_start','continuing','continuing','completed','operating'])[1 + g % 6],
        g % 2 = 0, '新建厂房及配套设施',
        ((g * 7919) % 500000 + 500) * 10000.00,
        date '2021-06-01' + (g % 200), date '2027-01-01' + (g % 1000), g % 2 = 0,
        leaders.a[1 + g % array_length(leaders.a, 1)],
        units.a[1 + g % array_length(units.a, 1)]
      FROM generate_series(1, $1::int) g, d, leaders, units, owners`,
      [districts * perDistrict - (await count())],
    );
    await c.query(
      `INSERT INTO users (username, display_name, password_hash)
       SELECT 'province_office', '省重点办', password_hash FROM users WHERE username = 'office'`,
    );
    await c.query(
      `INSERT INTO role_grants (user_id, role, scope_region_id)
       SELECT id, 'office', $1 FROM users WHERE username = 'province_office'`,
      [demo.province],
    );
    await c.query('ANALYZE');
    return await count();
  } finally {
    await c.end();
  }
}

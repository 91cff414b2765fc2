import pg from 'pg';

/**
 * Gives every project of the database an approved plan for each of `years` and an accepted
 * monthly report for every month of them up to `lastMonth` of the final year, with set-based SQL.
 */
export async function growReports(url: string, years: number[], lastMonth: number): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    // Kept figures come from plans and reports: written here behind the services' back, so forgotten.
    await c.query(`DELETE FROM project_figures`);
    await c.query(`DELETE FROM monthly_reports`);
    await c.query(`ALTER TABLE plans DISABLE TRIGGER plans_frozen`);
    await c.query(`DELETE FROM milestones`);
    await c.query(`DELETE FROM plans`);
    await c.query(`ALTER TABLE plans ENABLE TRIGGER plans_frozen`);
    const last = years[years.length - 1]!;
    for (const y of years) {
      await c.query(
        `INSERT INTO plans (district_id, project_id, year, version_no, status, is_baseline, planned_investment)
         SELECT district_id, id, $1, 1, 'approved', true, round(total_investment / 4, 2) FROM projects WHERE stage <> 'reserve'`,
        [y],
      );
      const months = y === last ? lastMonth : 12;
      await c.query(
        `INSERT INTO monthly_reports (district_id, project_id, period, status, completed_this_month, started, due_at, submitted_at, progress_percent)
         SELECT p.district_id, p.id, make_date($1, m, 1), 'accepted',
                round(p.total_investment / 48 * (0.6 + (abs(hashtext(p.id::text || m)) % 80) / 100.0), 2), true,
                make_date($1, m, 1) + interval '1 month 5 days', make_date($1, m, 1) + interval '1 month 3 days', least(100, m * 8)
         FROM projects p, generate_series(1, $2::int) m WHERE p.stage <> 'reserve'`,
        [y, months],
      );
    }
    await c.query('ANALYZE');
    const { rows } = await c.query<{ n: string }>('SELECT count(*) AS n FROM monthly_reports');
    return Number(rows[0]!.n);
  } finally {
    await c.end();
  }
}

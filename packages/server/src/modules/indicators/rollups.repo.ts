import type { GroupBy } from '@tuijin/shared';
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import type { GroupSumsRow } from './figures.repo.js';

// district_rollups: a district's kept figures of a period summed by every grouping at once, valid
// while their figures_version equals the district's data_versions.figures (decision 008).

const ids = (list: string[]) =>
  sql`ARRAY[${sql.join(
    list.map((d) => sql`${d}`),
    sql`, `,
  )}]::uuid[]`;

/** Districts whose rollups of the period are missing or older than their figures. */
export async function staleDistricts(tx: Tx, districtIds: string[], period: string): Promise<string[]> {
  if (!districtIds.length) return [];
  const r = await tx.execute<{ id: string }>(sql`
    SELECT d.id FROM unnest(${ids(districtIds)}) AS d(id)
    LEFT JOIN data_versions v ON v.district_id = d.id
    LEFT JOIN district_rollups r
      ON r.district_id = d.id AND r.period = ${period}::date AND r.group_kind = 'total' AND r.group_key = ''
    WHERE r.district_id IS NULL OR r.figures_version <> coalesce(v.figures, 0)`);
  return r.rows.map((x) => x.id);
}

const KINDS: [GroupBy, SQL][] = [
  ['district', sql`projects.district_id::text`],
  ['direction', sql`projects.direction`],
  ['investorType', sql`projects.investor_type`],
  ['field', sql`projects.field`],
  ['stage', sql`projects.stage`],
  ['leader', sql`coalesce(projects.lead_leader_id::text, '')`],
  ['unit', sql`coalesce(projects.responsible_unit_id::text, '')`],
  ['street', sql`coalesce(projects.street_id::text, '')`],
];

/**
 * Computes a district's rollups of a period again. One node at a time per district (advisory
 * lock); the version and the sums are read by one statement, so they describe the same state.
 */
export async function rebuildRollups(tx: Tx, districtId: string, period: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('tuijin.rollups'), hashtext(${districtId}))`);
  await tx.execute(sql`DELETE FROM district_rollups WHERE district_id = ${districtId} AND period = ${period}::date`);
  const kind = sql.join(
    KINDS.map(([k, expr]) => sql`WHEN GROUPING(${expr}) = 0 THEN ${k}`),
    sql` `,
  );
  const key = sql.join(
    KINDS.map(([, expr]) => sql`WHEN GROUPING(${expr}) = 0 THEN ${expr}`),
    sql` `,
  );
  const sets = sql.join(
    KINDS.map(([, expr]) => sql`(${expr})`),
    sql`, `,
  );
  await tx.execute(sql`
    INSERT INTO district_rollups (district_id, period, group_kind, group_key, figures_version, planned_yuan,
      cumulative_yuan, count, unplanned_count, unplanned_cumulative_yuan, green, yellow, red, forecast_yuan,
      forecast_low_yuan, forecast_high_yuan, forecast_count)
    SELECT ${districtId}::uuid, ${period}::date,
      CASE ${kind} ELSE 'total' END, CASE ${key} ELSE '' END,
      (SELECT coalesce(max(figures), 0) FROM data_versions WHERE district_id = ${districtId}),
      coalesce(sum(f.planned_yuan) FILTER (WHERE f.planned_yuan > 0), 0),
      coalesce(sum(f.cumulative_yuan) FILTER (WHERE f.planned_yuan > 0), 0),
      count(*) FILTER (WHERE f.planned_yuan > 0),
      count(f.project_id) FILTER (WHERE f.planned_yuan IS NULL OR f.planned_yuan <= 0),
      coalesce(sum(f.cumulative_yuan) FILTER (WHERE f.planned_yuan IS NULL OR f.planned_yuan <= 0), 0),
      count(*) FILTER (WHERE f.colour = 'green'),
      count(*) FILTER (WHERE f.colour = 'yellow'),
      count(*) FILTER (WHERE f.colour = 'red'),
      coalesce(sum(f.forecast_yuan), 0), coalesce(sum(f.forecast_low_yuan), 0), coalesce(sum(f.forecast_high_yuan), 0),
      count(f.forecast_yuan)
    FROM project_figures f
    JOIN projects ON projects.id = f.project_id
    WHERE f.period = ${period}::date AND f.district_id = ${districtId}
      AND projects.district_id = ${districtId} AND projects.archived_at IS NULL AND projects.stage <> 'reserve'
    GROUP BY GROUPING SETS ((), ${sets})`);
}

/** The rollups of whole districts for one grouping, added up across the districts. */
export async function rollupSums(
  tx: Tx,
  districtIds: string[],
  period: string,
  groupBy: GroupBy,
): Promise<GroupSumsRow[]> {
  const name =
    groupBy === 'leader'
      ? sql`coalesce((SELECT display_name FROM users WHERE users.id = nullif(g.key, '')::uuid), '')`
      : groupBy === 'unit'
        ? sql`coalesce((SELECT name FROM units WHERE units.id = nullif(g.key, '')::uuid), '')`
        : groupBy === 'district' || groupBy === 'street'
          ? sql`''`
          : sql`g.key`;
  const res = await tx.execute<GroupSumsRow>(sql`
    SELECT g.key, ${name} AS name, g.planned, g.cumulative, g.count, g.unplanned_count,
      g.unplanned_cumulative, g.green, g.yellow, g.red, g.forecast, g.forecast_low, g.forecast_high, g.forecast_count
    FROM (
      SELECT r.group_key AS key,
        sum(r.planned_yuan)::text AS planned, sum(r.cumulative_yuan)::text AS cumulative,
        sum(r.count)::int AS count, sum(r.unplanned_count)::int AS unplanned_count,
        sum(r.unplanned_cumulative_yuan)::text AS unplanned_cumulative,
        sum(r.green)::int AS green, sum(r.yellow)::int AS yellow, sum(r.red)::int AS red,
        sum(r.forecast_yuan)::text AS forecast, sum(r.forecast_low_yuan)::text AS forecast_low,
        sum(r.forecast_high_yuan)::text AS forecast_high, sum(r.forecast_count)::int AS forecast_count
      FROM district_rollups r
      WHERE r.district_id = ANY(${ids(districtIds)}) AND r.period = ${period}::date AND r.group_kind = ${groupBy}
      GROUP BY r.group_key
    ) g`);
  return res.rows;
}

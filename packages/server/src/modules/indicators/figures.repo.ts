import type { GroupBy, LightColour, LightResult } from '@tuijin/shared';
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import type { ProjectFigures } from './project-figures.js';

// Queries over project_figures: one row per project and period with its figures and light.

/** Projects that have (or can have) figures: active and past the reserve stage. */
const ACTIVE = sql`projects.archived_at IS NULL AND projects.stage <> 'reserve'`;

export type FiguresRow = { projectId: string; districtId: string; period: string; f: ProjectFigures };

export async function upsertFigures(tx: Tx, rows: FiguresRow[]): Promise<void> {
  // In slices: one statement per 500 rows keeps the parameter count far below PostgreSQL's limit.
  for (let i = 0; i < rows.length; i += 500) {
    const values = rows.slice(i, i + 500).map(
      ({ projectId, districtId, period, f }) => sql`(${projectId}::uuid, ${districtId}::uuid, ${period}::date,
        ${f.light.colour}, ${JSON.stringify(f.light.reasons)}::jsonb, ${f.plannedYuan}::numeric,
        ${f.baselinePlannedYuan}::numeric, ${f.cumulativeYuan}::numeric, ${f.rate}::float8, ${f.gap}::float8,
        ${f.forecast?.expectedYuan ?? null}::numeric, ${f.forecast?.lowYuan ?? null}::numeric,
        ${f.forecast?.highYuan ?? null}::numeric, ${JSON.stringify(f)}::jsonb, now())`,
    );
    await tx.execute(sql`
      INSERT INTO project_figures (project_id, district_id, period, colour, reasons, planned_yuan,
        baseline_planned_yuan, cumulative_yuan, rate, gap, forecast_yuan, forecast_low_yuan,
        forecast_high_yuan, detail, computed_at)
      VALUES ${sql.join(values, sql`, `)}
      ON CONFLICT (project_id, period) DO UPDATE SET
        district_id = excluded.district_id, colour = excluded.colour, reasons = excluded.reasons,
        planned_yuan = excluded.planned_yuan, baseline_planned_yuan = excluded.baseline_planned_yuan,
        cumulative_yuan = excluded.cumulative_yuan, rate = excluded.rate, gap = excluded.gap,
        forecast_yuan = excluded.forecast_yuan, forecast_low_yuan = excluded.forecast_low_yuan,
        forecast_high_yuan = excluded.forecast_high_yuan, detail = excluded.detail, computed_at = now()`);
  }
}

/** Forgets a project's figures from a period on (but one kept to be overwritten); read again later. */
export async function deleteFiguresFrom(tx: Tx, projectId: string, fromPeriod: string, keep: string): Promise<void> {
  await tx.execute(sql`
    DELETE FROM project_figures
    WHERE project_id = ${projectId} AND period >= ${fromPeriod}::date AND period <> ${keep}::date`);
}

export async function deleteDistrictPeriod(tx: Tx, districtId: string, period: string): Promise<void> {
  await tx.execute(sql`DELETE FROM project_figures WHERE district_id = ${districtId} AND period = ${period}::date`);
}

/** Active projects in scope that have no figures for the period yet. */
export async function projectsWithoutFigures(tx: Tx, scope: SQL, period: string): Promise<string[]> {
  const r = await tx.execute<{ id: string }>(sql`
    SELECT projects.id FROM projects
    WHERE ${scope} AND ${ACTIVE}
      AND NOT EXISTS (SELECT 1 FROM project_figures f WHERE f.project_id = projects.id AND f.period = ${period}::date)`);
  return r.rows.map((x) => x.id);
}

export async function storedColours(tx: Tx, projectIds: string[], period: string): Promise<Map<string, LightColour>> {
  if (!projectIds.length) return new Map();
  const r = await tx.execute<{ project_id: string; colour: LightColour }>(sql`
    SELECT project_id, colour FROM project_figures
    WHERE period = ${period}::date AND project_id IN (${sql.join(
      projectIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`);
  return new Map(r.rows.map((x) => [x.project_id, x.colour]));
}

export async function figuresOf(tx: Tx, projectId: string, period: string): Promise<ProjectFigures | null> {
  const r = await tx.execute<{ detail: ProjectFigures }>(
    sql`SELECT detail FROM project_figures WHERE project_id = ${projectId} AND period = ${period}::date`,
  );
  return r.rows[0]?.detail ?? null;
}

const GROUP_SQL: Record<GroupBy, { key: SQL; name: SQL; join?: SQL }> = {
  district: { key: sql`projects.district_id::text`, name: sql`''` },
  direction: { key: sql`projects.direction`, name: sql`projects.direction` },
  investorType: { key: sql`projects.investor_type`, name: sql`projects.investor_type` },
  field: { key: sql`projects.field`, name: sql`projects.field` },
  stage: { key: sql`projects.stage`, name: sql`projects.stage` },
  leader: {
    key: sql`coalesce(projects.lead_leader_id::text, '')`,
    name: sql`coalesce(l.display_name, '')`,
    join: sql`LEFT JOIN users l ON l.id = projects.lead_leader_id`,
  },
  unit: {
    key: sql`coalesce(projects.responsible_unit_id::text, '')`,
    name: sql`coalesce(u.name, '')`,
    join: sql`LEFT JOIN units u ON u.id = projects.responsible_unit_id`,
  },
  street: { key: sql`coalesce(projects.street_id::text, '')`, name: sql`''` },
};

export type GroupSumsRow = {
  key: string;
  name: string;
  planned: string;
  cumulative: string;
  count: number;
  unplanned_count: number;
  unplanned_cumulative: string;
  green: number;
  yellow: number;
  red: number;
  forecast: string;
  forecast_low: string;
  forecast_high: string;
  forecast_count: number;
};

/** Sums of the kept figures by group, in one pass; plans of 0 count as no plan (domain.md). */
export async function groupSums(tx: Tx, scope: SQL, period: string, groupBy: GroupBy): Promise<GroupSumsRow[]> {
  const g = GROUP_SQL[groupBy];
  const r = await tx.execute<GroupSumsRow>(sql`
    SELECT ${g.key} AS key, ${g.name} AS name,
      coalesce(sum(f.planned_yuan) FILTER (WHERE f.planned_yuan > 0), 0)::text AS planned,
      coalesce(sum(f.cumulative_yuan) FILTER (WHERE f.planned_yuan > 0), 0)::text AS cumulative,
      (count(*) FILTER (WHERE f.planned_yuan > 0))::int AS count,
      (count(*) FILTER (WHERE f.planned_yuan IS NULL OR f.planned_yuan <= 0))::int AS unplanned_count,
      coalesce(sum(f.cumulative_yuan) FILTER (WHERE f.planned_yuan IS NULL OR f.planned_yuan <= 0), 0)::text
        AS unplanned_cumulative,
      (count(*) FILTER (WHERE f.colour = 'green'))::int AS green,
      (count(*) FILTER (WHERE f.colour = 'yellow'))::int AS yellow,
      (count(*) FILTER (WHERE f.colour = 'red'))::int AS red,
      coalesce(sum(f.forecast_yuan), 0)::text AS forecast,
      coalesce(sum(f.forecast_low_yuan), 0)::text AS forecast_low,
      coalesce(sum(f.forecast_high_yuan), 0)::text AS forecast_high,
      count(f.forecast_yuan)::int AS forecast_count
    FROM project_figures f
    JOIN projects ON projects.id = f.project_id
    ${g.join ?? sql``}
    WHERE f.period = ${period}::date AND ${scope} AND ${ACTIVE}
    GROUP BY 1, 2`);
  return r.rows;
}

export type WarningFilter = {
  districtIds?: string[] | null;
  colour?: 'yellow' | 'red';
  leaderId?: string;
  unitId?: string;
  direction?: string;
};

export type WarningRow = {
  id: string;
  name: string;
  direction: string;
  lead_leader_id: string | null;
  leader_name: string | null;
  responsible_unit_id: string | null;
  unit_name: string | null;
  colour: 'yellow' | 'red';
  reasons: LightResult['reasons'];
  rate: number | null;
  gap: number | null;
  total: number;
};

/** Yellow and red projects, red first, then furthest behind; one page and the total. */
export async function warningPage(
  tx: Tx,
  scope: SQL,
  period: string,
  q: WarningFilter,
  page: number,
  pageSize: number,
): Promise<WarningRow[]> {
  const where = [sql`f.period = ${period}::date`, sql`f.colour <> 'green'`, scope, ACTIVE];
  // The districts of the scope, when known, on the kept rows too: lets their index narrow the scan.
  if (q.districtIds?.length)
    where.push(
      sql`f.district_id IN (${sql.join(
        q.districtIds.map((d) => sql`${d}::uuid`),
        sql`, `,
      )})`,
    );
  if (q.colour) where.push(sql`f.colour = ${q.colour}`);
  if (q.leaderId) where.push(sql`projects.lead_leader_id = ${q.leaderId}`);
  if (q.unitId) where.push(sql`projects.responsible_unit_id = ${q.unitId}`);
  if (q.direction) where.push(sql`projects.direction = ${q.direction}`);
  const r = await tx.execute<WarningRow>(sql`
    SELECT projects.id, projects.name, projects.direction, projects.lead_leader_id, l.display_name AS leader_name,
      projects.responsible_unit_id, u.name AS unit_name, f.colour, f.reasons, f.rate, f.gap,
      (count(*) OVER ())::int AS total
    FROM project_figures f
    JOIN projects ON projects.id = f.project_id
    LEFT JOIN users l ON l.id = projects.lead_leader_id
    LEFT JOIN units u ON u.id = projects.responsible_unit_id
    WHERE ${sql.join(where, sql` AND `)}
    ORDER BY f.colour = 'red' DESC, f.gap ASC NULLS LAST, projects.name, projects.id
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`);
  return r.rows;
}

export type LightHistoryRow = {
  period: string;
  colour: LightColour;
  reasons: LightResult['reasons'];
  rate: number | null;
  gap: number | null;
  computed_at: string;
};

export async function lightHistory(tx: Tx, projectId: string, from: string, to: string): Promise<LightHistoryRow[]> {
  const r = await tx.execute<LightHistoryRow>(sql`
    SELECT to_char(period, 'YYYY-MM') AS period, colour, reasons, rate, gap, computed_at::text
    FROM project_figures
    WHERE project_id = ${projectId} AND period BETWEEN ${from}::date AND ${to}::date
    ORDER BY period`);
  return r.rows;
}

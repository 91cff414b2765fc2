import type { LightCounts, OnTimeSums } from '@tuijin/shared';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';

// The sums a ranking needs, added up by the database per unit or leader and kept per district and
// quarter (rankings.ts of the shared domain states the rules; the same rules are written here in
// SQL, tested against hand-worked figures).

export type Subject = 'unit' | 'leader';

/** The ids as one array parameter: a province's hundred districts plan as one value, not a hundred. */
const ids = (list: string[]) => sql`${`{${list.join(',')}}`}::uuid[]`;

/** A quarter as a ranking reads it: its on-time sums, and the lights of `period` (its last month). */
export type RankedQuarter = { year: number; quarter: number; period: string };

/**
 * What must be computed before a ranking of the quarters can be read, per district: the rollups
 * of a quarter's period (missing or of older figures), and the ranking sums (missing, of another
 * day or of older data). One statement for every district and both quarters.
 */
export async function staleForRanking(
  tx: Tx,
  subject: Subject,
  districtIds: string[],
  quarters: readonly RankedQuarter[],
  asOf: string,
): Promise<{ rollups: Map<string, string[]>; sums: Map<string, string[]> }> {
  const rollups = new Map<string, string[]>();
  const sums = new Map<string, string[]>();
  if (!districtIds.length || !quarters.length) return { rollups, sums };
  const r = await tx.execute<{ id: string; k: number; rollup: boolean; sums: boolean }>(sql`
    SELECT d.id, q.k,
      (r.district_id IS NULL OR r.figures_version <> coalesce(v.figures, 0)) AS rollup,
      (s.district_id IS NULL OR s.as_of <> ${asOf}::date OR s.unstuck_version <> coalesce(v.unstuck, 0)
        OR s.figures_version <> coalesce(v.figures, 0)) AS sums
    FROM unnest(${ids(districtIds)}) AS d(id)
    CROSS JOIN (VALUES ${sql.join(
      quarters.map((q, k) => sql`(${k}::int, ${q.year}::int, ${q.quarter}::int, ${q.period}::date)`),
      sql`, `,
    )}) AS q(k, year, quarter, period)
    LEFT JOIN data_versions v ON v.district_id = d.id
    LEFT JOIN district_rollups r ON r.district_id = d.id AND r.period = q.period AND r.group_kind = 'total'
      AND r.group_key = ''
    LEFT JOIN ranking_sums s ON s.district_id = d.id AND s.year = q.year AND s.quarter = q.quarter
      AND s.subject = ${subject} AND s.key = ''
    WHERE r.district_id IS NULL OR s.district_id IS NULL OR r.figures_version <> coalesce(v.figures, 0)
      OR s.as_of <> ${asOf}::date OR s.unstuck_version <> coalesce(v.unstuck, 0)
      OR s.figures_version <> coalesce(v.figures, 0)`);
  const add = (m: Map<string, string[]>, key: string, id: string) => m.set(key, [...(m.get(key) ?? []), id]);
  for (const x of r.rows) {
    const q = quarters[x.k]!;
    if (x.rollup) add(rollups, q.period, x.id);
    if (x.sums) add(sums, `${q.year}-${q.quarter}`, x.id);
  }
  return { rollups, sums };
}

/**
 * Sums a district's problems and supervision items due in [from, to] again, as of the district's
 * today: counted when done, or not done and past due; on time when done on or before the due
 * date. A problem is done on the day it was solved if it has been closed since; a supervision item
 * on the report date of its accepted round. One node at a time per district (advisory lock); the
 * versions and the sums are read by one statement, so they describe the same state.
 */
export async function rebuildRankingSums(
  tx: Tx,
  subject: Subject,
  districtId: string,
  q: { year: number; quarter: number; from: string; to: string },
  asOf: string,
  timeZone: string,
): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('tuijin.rankings'), hashtext(${districtId}))`);
  await tx.execute(sql`
    DELETE FROM ranking_sums WHERE district_id = ${districtId} AND year = ${q.year} AND quarter = ${q.quarter}
      AND subject = ${subject}`);
  const problemKey = subject === 'unit' ? sql`p.lead_unit_id` : sql`pr.lead_leader_id`;
  const itemKey = subject === 'unit' ? sql`s.assignee_unit_id` : sql`pr.lead_leader_id`;
  await tx.execute(sql`
    INSERT INTO ranking_sums (district_id, year, quarter, subject, key, as_of, unstuck_version, figures_version,
      problems_due, problems_on_time, supervision_due, supervision_on_time)
    WITH v AS (
      SELECT coalesce(max(unstuck), 0) AS u, coalesce(max(figures), 0) AS f FROM data_versions
      WHERE district_id = ${districtId}
    ), items AS (
      SELECT ${problemKey}::text AS key, true AS is_problem, p.due_date AS due,
        CASE WHEN p.status = 'closed' THEN (p.solved_at AT TIME ZONE ${timeZone})::date END AS done
      FROM problems p JOIN projects pr ON pr.id = p.project_id
      WHERE p.district_id = ${districtId} AND p.due_date BETWEEN ${q.from}::date AND ${q.to}::date
      UNION ALL
      SELECT ${itemKey}::text, false, s.due_date,
        CASE WHEN s.status = 'closed' THEN (
          SELECT (f.at AT TIME ZONE ${timeZone})::date FROM supervision_feedback f
          WHERE f.item_id = s.id AND f.verdict = 'accepted' ORDER BY f.round DESC LIMIT 1
        ) END
      FROM supervision_items s LEFT JOIN projects pr ON pr.id = s.project_id
      WHERE s.district_id = ${districtId} AND s.due_date BETWEEN ${q.from}::date AND ${q.to}::date
    ), sums AS (
      SELECT key,
        (count(*) FILTER (WHERE is_problem AND (done IS NOT NULL OR due < ${asOf}::date)))::int AS pd,
        (count(*) FILTER (WHERE is_problem AND done <= due))::int AS po,
        (count(*) FILTER (WHERE NOT is_problem AND (done IS NOT NULL OR due < ${asOf}::date)))::int AS sd,
        (count(*) FILTER (WHERE NOT is_problem AND done <= due))::int AS so
      FROM items WHERE key IS NOT NULL GROUP BY key
      UNION ALL SELECT '', 0, 0, 0, 0
    )
    SELECT ${districtId}::uuid, ${q.year}, ${q.quarter}, ${subject}, sums.key, ${asOf}::date, v.u, v.f,
      sums.pd, sums.po, sums.sd, sums.so
    FROM sums, v`);
}

type Sums = { problems: OnTimeSums; supervision: OnTimeSums };

/** One unit or leader with its sums and lights for each of the ranked quarters (in their order). */
export type SubjectFigures = { id: string; name: string; quarters: { sums: Sums; lights: LightCounts }[] };

/**
 * Every unit or leader of the districts that could be ranked, with its on-time sums of each
 * quarter (added up across the districts from the kept sums) and the lights of its projects in the
 * quarter's period (from the district rollups): one statement. The sums are materialized once;
 * inlined into the per-subject lookup, the planner would scan them again for every subject.
 */
export async function subjectFigures(
  tx: Tx,
  subject: Subject,
  districtIds: string[],
  quarters: readonly RankedQuarter[],
): Promise<SubjectFigures[]> {
  const people =
    subject === 'unit'
      ? sql`SELECT id, name FROM units WHERE district_id = ANY(${ids(districtIds)}) AND kind <> 'enterprise'`
      : sql`SELECT DISTINCT u.id, u.display_name AS name FROM users u JOIN role_grants g ON g.user_id = u.id
            WHERE g.role = 'leader' AND g.scope_region_id = ANY(${ids(districtIds)})`;
  const r = await tx.execute<{ id: string; name: string; figures: number[][] }>(sql`
    WITH q(k, year, quarter, period) AS (VALUES ${sql.join(
      quarters.map((q, k) => sql`(${k}::int, ${q.year}::int, ${q.quarter}::int, ${q.period}::date)`),
      sql`, `,
    )}),
    people AS (${people}),
    sums AS MATERIALIZED (
      SELECT q.k, s.key, sum(s.problems_due)::int AS pd, sum(s.problems_on_time)::int AS po,
        sum(s.supervision_due)::int AS sd, sum(s.supervision_on_time)::int AS so
      FROM ranking_sums s JOIN q ON s.year = q.year AND s.quarter = q.quarter
      WHERE s.district_id = ANY(${ids(districtIds)}) AND s.subject = ${subject} AND s.key <> ''
      GROUP BY q.k, s.key
    ), lights AS MATERIALIZED (
      SELECT q.k, r.group_key AS key, sum(r.green)::int AS green, sum(r.yellow)::int AS yellow,
        sum(r.red)::int AS red
      FROM district_rollups r JOIN q ON r.period = q.period
      WHERE r.district_id = ANY(${ids(districtIds)}) AND r.group_kind = ${subject} AND r.group_key <> ''
      GROUP BY q.k, r.group_key
    )
    SELECT p.id, p.name, (
      SELECT json_agg(json_build_array(coalesce(s.pd, 0), coalesce(s.po, 0), coalesce(s.sd, 0),
        coalesce(s.so, 0), coalesce(l.green, 0), coalesce(l.yellow, 0), coalesce(l.red, 0)) ORDER BY q.k)
      FROM q LEFT JOIN sums s ON s.k = q.k AND s.key = p.id::text
      LEFT JOIN lights l ON l.k = q.k AND l.key = p.id::text
    ) AS figures
    FROM people p`);
  return r.rows.map((x) => ({
    id: x.id,
    name: x.name,
    quarters: x.figures.map(([pd, po, sd, so, green, yellow, red]) => ({
      sums: { problems: { due: pd!, onTime: po! }, supervision: { due: sd!, onTime: so! } },
      lights: { green: green!, yellow: yellow!, red: red! },
    })),
  }));
}

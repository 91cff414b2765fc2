import type { OnTimeSums } from '@tuijin/shared';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';

// The sums a ranking needs, added up by the database per unit or leader and kept per district and
// quarter (rankings.ts of the shared domain states the rules; the same rules are written here in
// SQL, tested against hand-worked figures).

export type Subject = 'unit' | 'leader';

const ids = (list: string[]) =>
  sql`ARRAY[${sql.join(
    list.map((d) => sql`${d}`),
    sql`, `,
  )}]::uuid[]`;

/** Districts whose ranking sums of the quarter are missing, of another day or of older data. */
export async function staleRankingDistricts(
  tx: Tx,
  subject: Subject,
  districtIds: string[],
  year: number,
  quarter: number,
  asOf: string,
): Promise<string[]> {
  if (!districtIds.length) return [];
  const r = await tx.execute<{ id: string }>(sql`
    SELECT d.id FROM unnest(${ids(districtIds)}) AS d(id)
    LEFT JOIN data_versions v ON v.district_id = d.id
    LEFT JOIN ranking_sums r ON r.district_id = d.id AND r.year = ${year} AND r.quarter = ${quarter}
      AND r.subject = ${subject} AND r.key = ''
    WHERE r.district_id IS NULL OR r.as_of <> ${asOf}::date OR r.unstuck_version <> coalesce(v.unstuck, 0)
      OR r.figures_version <> coalesce(v.figures, 0)`);
  return r.rows.map((x) => x.id);
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

/** The on-time sums of the quarter per unit or leader, added up across the districts. */
export async function rankingSums(
  tx: Tx,
  subject: Subject,
  districtIds: string[],
  year: number,
  quarter: number,
): Promise<Map<string, { problems: OnTimeSums; supervision: OnTimeSums }>> {
  const r = await tx.execute<{ key: string; pd: number; po: number; sd: number; so: number }>(sql`
    SELECT key, sum(problems_due)::int AS pd, sum(problems_on_time)::int AS po,
      sum(supervision_due)::int AS sd, sum(supervision_on_time)::int AS so
    FROM ranking_sums
    WHERE district_id = ANY(${ids(districtIds)}) AND year = ${year} AND quarter = ${quarter}
      AND subject = ${subject} AND key <> ''
    GROUP BY key`);
  return new Map(
    r.rows.map((x) => [x.key, { problems: { due: x.pd, onTime: x.po }, supervision: { due: x.sd, onTime: x.so } }]),
  );
}

/** Every unit or leader of the districts that could be ranked, with its name. */
export async function subjects(tx: Tx, subject: Subject, districtIds: string[]) {
  const r = await tx.execute<{ id: string; name: string }>(
    subject === 'unit'
      ? sql`SELECT id, name FROM units WHERE district_id = ANY(${ids(districtIds)}) AND kind <> 'enterprise'`
      : sql`SELECT DISTINCT u.id, u.display_name AS name FROM users u JOIN role_grants g ON g.user_id = u.id
            WHERE g.role = 'leader' AND g.scope_region_id = ANY(${ids(districtIds)})`,
  );
  return r.rows;
}

/** Lights of each unit's or leader's projects in a period, from the district rollups. */
export async function lightsBySubject(tx: Tx, subject: Subject, districtIds: string[], period: string) {
  const r = await tx.execute<{ key: string; green: number; yellow: number; red: number }>(sql`
    SELECT group_key AS key, sum(green)::int AS green, sum(yellow)::int AS yellow, sum(red)::int AS red
    FROM district_rollups
    WHERE district_id = ANY(${ids(districtIds)}) AND period = ${period}::date AND group_kind = ${subject}
      AND group_key <> ''
    GROUP BY group_key`);
  return new Map(r.rows.map((x) => [x.key, { green: x.green, yellow: x.yellow, red: x.red }]));
}

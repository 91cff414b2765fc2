import type { OnTimeSums } from '@tuijin/shared';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';

// The sums a ranking needs, added up by the database per unit or leader (rankings.ts of the shared
// domain states the rules; the same rules are written here in SQL, tested against it).

export type Subject = 'unit' | 'leader';

const ids = (list: string[]) =>
  sql`ARRAY[${sql.join(
    list.map((d) => sql`${d}`),
    sql`, `,
  )}]::uuid[]`;

/**
 * On-time sums of problems and supervision items due in [from, to], as of the district's today:
 * counted when done, or not done and past due; on time when done on or before the due date. A
 * problem is done on the day it was solved if it has been closed since; a supervision item on the
 * report date of its accepted round.
 */
export async function onTimeBySubject(
  tx: Tx,
  subject: Subject,
  districtIds: string[],
  window: { from: string; to: string },
  asOf: string,
  timeZone: string,
): Promise<Map<string, { problems: OnTimeSums; supervision: OnTimeSums }>> {
  const problemKey = subject === 'unit' ? sql`p.lead_unit_id` : sql`pr.lead_leader_id`;
  const itemKey = subject === 'unit' ? sql`s.assignee_unit_id` : sql`pr.lead_leader_id`;
  const r = await tx.execute<{ key: string; kind: 'problem' | 'supervision'; due: number; on_time: number }>(sql`
    WITH items AS (
      SELECT ${problemKey} AS key, 'problem' AS kind, p.due_date AS due,
        CASE WHEN p.status = 'closed' THEN (p.solved_at AT TIME ZONE ${timeZone})::date END AS done
      FROM problems p JOIN projects pr ON pr.id = p.project_id
      WHERE p.district_id = ANY(${ids(districtIds)}) AND p.due_date BETWEEN ${window.from}::date AND ${window.to}::date
      UNION ALL
      SELECT ${itemKey} AS key, 'supervision' AS kind, s.due_date AS due,
        CASE WHEN s.status = 'closed' THEN (
          SELECT (f.at AT TIME ZONE ${timeZone})::date FROM supervision_feedback f
          WHERE f.item_id = s.id AND f.verdict = 'accepted' ORDER BY f.round DESC LIMIT 1
        ) END AS done
      FROM supervision_items s LEFT JOIN projects pr ON pr.id = s.project_id
      WHERE s.district_id = ANY(${ids(districtIds)}) AND s.due_date BETWEEN ${window.from}::date AND ${window.to}::date
    )
    SELECT key::text, kind,
      (count(*) FILTER (WHERE done IS NOT NULL OR due < ${asOf}::date))::int AS due,
      (count(*) FILTER (WHERE done IS NOT NULL AND done <= due))::int AS on_time
    FROM items WHERE key IS NOT NULL
    GROUP BY key, kind`);
  const out = new Map<string, { problems: OnTimeSums; supervision: OnTimeSums }>();
  for (const row of r.rows) {
    const entry = out.get(row.key) ?? { problems: { due: 0, onTime: 0 }, supervision: { due: 0, onTime: 0 } };
    entry[row.kind === 'problem' ? 'problems' : 'supervision'] = { due: row.due, onTime: row.on_time };
    out.set(row.key, entry);
  }
  return out;
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

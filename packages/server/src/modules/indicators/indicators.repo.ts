import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';

/** What the indicators and lights of one project need for a year, through a month. */
export type ProjectYearRow = {
  id: string;
  name: string;
  district_id: string;
  direction: string;
  investor_type: string;
  field: string;
  stage: string;
  lead_leader_id: string | null;
  leader_name: string | null;
  responsible_unit_id: string | null;
  unit_name: string | null;
  street_id: string | null;
  planned_start: string | null;
  total_investment: string;
  planned: string | null;
  monthly_targets: string[] | null;
  baseline_planned: string | null;
  baseline_targets: string[] | null;
  /** 'MM:status:amount' for each report of the year through the month. */
  months: string[] | null;
  /** 'MM:amount' of last year's accepted reports, for the forecast's seasonal shape. */
  last_year: string[] | null;
  last_accepted: string | null;
  started: boolean | null;
  progress_percent: string | null;
  overdue_milestones: { name: string; planned: string }[] | null;
  /** Problems whose lead unit owes work past the due date (domain/problems.ts). */
  overdue_problems: { title: string; due: string }[] | null;
  /** The project's formalities include a construction-permit step, and it is approved. */
  has_permit_step: boolean;
  permit_approved: boolean;
};

/**
 * One query for any number of projects (the scope condition names the projects table, so it is
 * not aliased): the current and baseline plans of the year, the year's
 * reports through the month, the last accepted period, whether works have started, the latest
 * physical progress and the milestones past their date without an actual date.
 */
export async function projectYearRows(
  tx: Tx,
  scope: SQL,
  year: number,
  periodDate: string,
  today: string,
): Promise<ProjectYearRow[]> {
  const r = await tx.execute<ProjectYearRow>(sql`
    SELECT projects.id, projects.name, projects.district_id, projects.direction, projects.investor_type, projects.field, projects.stage,
      projects.lead_leader_id, l.display_name AS leader_name, projects.responsible_unit_id, u.name AS unit_name, projects.street_id,
      projects.planned_start, projects.total_investment::text,
      cur.planned_investment::text AS planned, cur.monthly_targets::text[] AS monthly_targets,
      base.planned_investment::text AS baseline_planned, base.monthly_targets::text[] AS baseline_targets,
      rep.months, rep.last_accepted, rep.started, rep.progress_percent,
      ms.overdue AS overdue_milestones, op.overdue AS overdue_problems,
      coalesce(fs.has_step, false) AS has_permit_step, coalesce(fs.approved, false) AS permit_approved
    FROM projects
    LEFT JOIN users l ON l.id = projects.lead_leader_id
    LEFT JOIN units u ON u.id = projects.responsible_unit_id
    LEFT JOIN plans cur ON cur.project_id = projects.id AND cur.year = ${year} AND cur.status = 'approved'
    LEFT JOIN plans base ON base.project_id = projects.id AND base.year = ${year} AND base.is_baseline
    LEFT JOIN (
      -- One pass over the reports of last year and this year of the projects in scope, grouped by
      -- project: several times cheaper than one lateral lookup per project at 1,000 projects.
      -- A report accepted before last year counts as none (the stale-report light is on anyway).
      SELECT r.project_id,
        array_agg(to_char(r.period, 'MM') || ':' || r.status || ':' || r.completed_this_month::text ORDER BY r.period)
          FILTER (WHERE r.period >= make_date(${year}, 1, 1)) AS months,
        array_agg(to_char(r.period, 'MM') || ':' || r.completed_this_month::text ORDER BY r.period)
          FILTER (WHERE r.period < make_date(${year}, 1, 1) AND r.status = 'accepted') AS last_year,
        to_char(max(r.period) FILTER (WHERE r.status = 'accepted'), 'YYYY-MM') AS last_accepted,
        bool_or(r.started) FILTER (WHERE r.status = 'accepted') AS started,
        (array_agg(r.progress_percent::text ORDER BY r.period DESC) FILTER (WHERE r.status = 'accepted'))[1] AS progress_percent
      FROM monthly_reports r
      WHERE r.period >= make_date(${year - 1}, 1, 1) AND r.period <= ${periodDate}::date
        AND r.project_id IN (SELECT projects.id FROM projects WHERE ${scope})
      GROUP BY r.project_id
    ) rep ON rep.project_id = projects.id
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('name', m.name, 'planned', m.planned_date::text) ORDER BY m.planned_date) AS overdue
      FROM milestones m
      WHERE m.plan_id = cur.id AND m.actual_date IS NULL AND m.planned_date < ${today}::date
    ) ms ON true
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('title', p.title, 'due', p.due_date::text) ORDER BY p.due_date) AS overdue
      FROM problems p
      WHERE p.project_id = projects.id AND p.status IN ('assigned', 'in_progress', 'reopened')
        AND p.due_date < ${today}::date
    ) op ON true
    LEFT JOIN LATERAL (
      SELECT count(*) > 0 AS has_step, coalesce(bool_or(f.status IN ('approved', 'not_needed')), false) AS approved
      FROM formality_steps f
      WHERE f.project_id = projects.id AND f.is_construction_permit
    ) fs ON true
    WHERE ${scope} AND projects.archived_at IS NULL AND projects.stage <> 'reserve'
    ORDER BY projects.name`);
  return r.rows;
}

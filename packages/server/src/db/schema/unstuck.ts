import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, stamps } from './columns.js';
import { regions, units, users } from './org.js';
import { projects } from './projects.js';
import { monthlyReports } from './progress.js';

// ---- Getting unstuck: problems, factor guarantees, formalities, supervision ---------------------
// Status and kind columns hold the values of the shared contracts (validated at the API).

/** A problem raised on a project (问题清单), assigned to a lead unit, solved and closed (销号). */
export const problems = pgTable(
  'problems',
  {
    id: id(),
    districtId: uuid('district_id')
      .notNull()
      .references(() => regions.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    /** Raised inline with a monthly report, when it was. */
    reportId: uuid('report_id').references(() => monthlyReports.id),
    category: text('category').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    helpNeeded: text('help_needed').notNull().default(''),
    urgency: text('urgency').notNull(),
    status: text('status').notNull().default('open'),
    raisedBy: uuid('raised_by')
      .notNull()
      .references(() => users.id),
    leadUnitId: uuid('lead_unit_id').references(() => units.id),
    helperUnitIds: uuid('helper_unit_ids').array().notNull().default([]),
    dueDate: date('due_date'),
    /** 0 none, 1 the project's lead leader, 2 the office's escalation list. */
    escalationLevel: integer('escalation_level').notNull().default(0),
    forMeeting: boolean('for_meeting').notNull().default(false),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    solvedAt: timestamp('solved_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [
    index('problems_district_status_idx').on(t.districtId, t.status),
    index('problems_project_idx').on(t.projectId),
    index('problems_lead_unit_idx').on(t.leadUnitId, t.status),
  ],
);

/** The timeline of a problem: every step with who, when and what was said. */
export const problemEvents = pgTable(
  'problem_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    problemId: uuid('problem_id')
      .notNull()
      .references(() => problems.id),
    kind: text('kind').notNull(),
    byUserId: uuid('by_user_id').references(() => users.id),
    byUnitId: uuid('by_unit_id').references(() => units.id),
    note: text('note').notNull().default(''),
    data: jsonb('data').notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('problem_events_problem_idx').on(t.problemId, t.at)],
);

/** A request for a production factor (要素保障) and what was supplied. */
export const factorRequests = pgTable(
  'factor_requests',
  {
    id: id(),
    districtId: uuid('district_id')
      .notNull()
      .references(() => regions.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    factor: text('factor').notNull(),
    /** Land use type, funding source or channel, position… depending on the factor. */
    detail: text('detail').notNull().default(''),
    amount: numeric('amount', { precision: 18, scale: 4 }).notNull(),
    unitOfMeasure: text('unit_of_measure').notNull(),
    supplierUnitId: uuid('supplier_unit_id').references(() => units.id),
    status: text('status').notNull().default('requested'),
    suppliedAmount: numeric('supplied_amount', { precision: 18, scale: 4 }).notNull().default('0'),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    ...stamps,
  },
  (t) => [
    index('factor_requests_district_idx').on(t.districtId, t.factor),
    index('factor_requests_project_idx').on(t.projectId),
  ],
);

/** Approval chains by project type: ordered steps with the approver and the statutory limit. */
export const formalityTemplates = pgTable('formality_templates', {
  id: id(),
  districtId: uuid('district_id')
    .notNull()
    .references(() => regions.id),
  name: text('name').notNull(),
  /** Which projects it applies to: government approval chain or enterprise approval/filing. */
  appliesTo: text('applies_to').notNull(),
  targetWorkingDays: integer('target_working_days').notNull().default(120),
  ...stamps,
});

export const formalityTemplateSteps = pgTable(
  'formality_template_steps',
  {
    id: id(),
    templateId: uuid('template_id')
      .notNull()
      .references(() => formalityTemplates.id),
    position: integer('position').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    approverUnitId: uuid('approver_unit_id').references(() => units.id),
    limitWorkingDays: integer('limit_working_days').notNull(),
    /** The step whose approval counts as the construction permit (compliance light). */
    isConstructionPermit: boolean('is_construction_permit').notNull().default(false),
  },
  (t) => [index('formality_template_steps_template_idx').on(t.templateId, t.position)],
);

/** One approval step of one project, with its dates and document number. */
export const formalitySteps = pgTable(
  'formality_steps',
  {
    id: id(),
    districtId: uuid('district_id')
      .notNull()
      .references(() => regions.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    position: integer('position').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    approverUnitId: uuid('approver_unit_id').references(() => units.id),
    limitWorkingDays: integer('limit_working_days').notNull(),
    isConstructionPermit: boolean('is_construction_permit').notNull().default(false),
    status: text('status').notNull().default('not_started'),
    submittedOn: date('submitted_on'),
    acceptedOn: date('accepted_on'),
    decidedOn: date('decided_on'),
    documentNo: text('document_no'),
    note: text('note').notNull().default(''),
    ...stamps,
  },
  (t) => [
    index('formality_steps_project_idx').on(t.projectId, t.position),
    index('formality_steps_approver_idx').on(t.approverUnitId, t.status),
  ],
);

/** The district's holidays and make-up working days (调休), kept by the administrator. */
export const holidayCalendar = pgTable(
  'holiday_calendar',
  {
    districtId: uuid('district_id')
      .notNull()
      .references(() => regions.id),
    date: date('date').notNull(),
    kind: text('kind', { enum: ['holiday', 'make_up_workday'] }).notNull(),
    name: text('name').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.districtId, t.date] })],
);

/** A supervision item (督查督办) from a meeting decision, a leader, the city or the office. */
export const supervisionItems = pgTable(
  'supervision_items',
  {
    id: id(),
    districtId: uuid('district_id')
      .notNull()
      .references(() => regions.id),
    source: text('source').notNull(),
    sourceId: uuid('source_id'),
    projectId: uuid('project_id').references(() => projects.id),
    title: text('title').notNull(),
    requirement: text('requirement').notNull().default(''),
    assigneeUnitId: uuid('assignee_unit_id')
      .notNull()
      .references(() => units.id),
    dueDate: date('due_date').notNull(),
    status: text('status').notNull().default('open'),
    createdBy: uuid('created_by').references(() => users.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [
    index('supervision_district_status_idx').on(t.districtId, t.status),
    index('supervision_assignee_idx').on(t.assigneeUnitId, t.status),
  ],
);

/** A feedback round: the unit reports, the supervision office accepts or returns it. */
export const supervisionFeedback = pgTable(
  'supervision_feedback',
  {
    id: id(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => supervisionItems.id),
    round: integer('round').notNull(),
    text: text('text').notNull(),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    verdict: text('verdict', { enum: ['pending', 'accepted', 'returned'] })
      .notNull()
      .default('pending'),
    verdictNote: text('verdict_note'),
    verdictBy: uuid('verdict_by').references(() => users.id),
    verdictAt: timestamp('verdict_at', { withTimezone: true }),
  },
  (t) => [index('supervision_feedback_item_idx').on(t.itemId, t.round)],
);

/** A district's notice rules for supervision items (DEFAULT_NOTICE_RULES where none is stored). */
export const supervisionNoticeRules = pgTable('supervision_notice_rules', {
  districtId: uuid('district_id')
    .primaryKey()
    .references(() => regions.id),
  rules: jsonb('rules').notNull(),
  ...stamps,
});

/** The office's escalation list: who hears of a problem overdue past the second threshold. */
export const escalationContacts = pgTable(
  'escalation_contacts',
  {
    districtId: uuid('district_id')
      .notNull()
      .references(() => regions.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.districtId, t.userId] })],
);

/**
 * A district's on-time sums for the rankings of one quarter, per unit or leader (key; '' is the
 * marker row that says the district was summed). Valid for the day it was summed (an item not
 * done becomes late when its due date passes) while the district's problem/supervision and
 * figures versions are unchanged (a project may change its lead leader).
 */
export const rankingSums = pgTable(
  'ranking_sums',
  {
    districtId: uuid('district_id')
      .notNull()
      .references(() => regions.id),
    year: integer('year').notNull(),
    quarter: integer('quarter').notNull(),
    subject: text('subject', { enum: ['unit', 'leader'] }).notNull(),
    key: text('key').notNull(),
    asOf: date('as_of').notNull(),
    unstuckVersion: bigint('unstuck_version', { mode: 'number' }).notNull(),
    figuresVersion: bigint('figures_version', { mode: 'number' }).notNull(),
    problemsDue: integer('problems_due').notNull(),
    problemsOnTime: integer('problems_on_time').notNull(),
    supervisionDue: integer('supervision_due').notNull(),
    supervisionOnTime: integer('supervision_on_time').notNull(),
  },
  (t) => [primaryKey({ columns: [t.districtId, t.year, t.quarter, t.subject, t.key] })],
);

// Classifications of the domain (see the glossary). Keys are the code terms; labels live in labels.ts.

export const ROLES = ['admin', 'office', 'leader', 'unit', 'owner', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

export const REGION_LEVELS = ['province', 'city', 'district', 'street'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const UNIT_KINDS = ['office', 'bureau', 'street', 'enterprise', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const INVESTOR_TYPES = ['government', 'social', 'joint'] as const;
export type InvestorType = (typeof INVESTOR_TYPES)[number];

export const FIELDS = ['industrial', 'social', 'livelihood', 'urban'] as const;
export type Field = (typeof FIELDS)[number];

export const DIRECTIONS = ['high_quality', 'ecology', 'livelihood', 'governance'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const STAGES = ['reserve', 'preparation', 'new_start', 'continuing', 'completed', 'operating'] as const;
export type Stage = (typeof STAGES)[number];

export const TAG_CATEGORIES = ['transformation', 'strategy', 'livelihood'] as const;
export type TagCategory = (typeof TAG_CATEGORIES)[number];

export const SLOT_KINDS = ['person', 'unit', 'document'] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** Every action the journal records; the server's journal input accepts only these. */
export const JOURNAL_ACTIONS = [
  'create',
  'update',
  'edit',
  'archive',
  'restore',
  'assign',
  'approve',
  'reject',
  'submit',
  'withdraw',
  'return',
  'accept',
  'reopen',
  'delete',
  // Problems (problems.ts): progress, solving, closing (销号), marking for the coordination meeting.
  'progress',
  'solve',
  'close',
  'flag_for_meeting',
  'unflag_for_meeting',
  // Formalities: a template applied to a project, a step not needed, a year's holidays replaced.
  'apply_template',
  'waive',
  'replace_year',
  // Supervision items: the assignee unit's feedback round.
  'report',
] as const;
export type JournalAction = (typeof JOURNAL_ACTIONS)[number];

/** Slot keys the system relies on for data scope; their labels stay configurable. */
export const LEAD_LEADER_SLOT = 'lead_leader';
export const RESPONSIBLE_UNIT_SLOT = 'responsible_unit';

// ---- Getting unstuck: problems, factor guarantees, formalities, supervision --------------------

/** What a problem is about (问题类别). */
export const PROBLEM_CATEGORIES = [
  'land',
  'funds',
  'talent',
  'energy_quota',
  'environmental_capacity',
  'approval',
  'relocation',
  'construction_conditions',
  'other',
] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

export const PROBLEM_URGENCIES = ['normal', 'urgent', 'critical'] as const;
export type ProblemUrgency = (typeof PROBLEM_URGENCIES)[number];

/** open → assigned → in_progress → solved → closed; reopened after a failed check (domain/problems.ts). */
export const PROBLEM_STATUSES = ['open', 'assigned', 'in_progress', 'solved', 'closed', 'reopened'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

/** What a person does to a problem; each is also the kind of its timeline event. */
export const PROBLEM_ACTIONS = [
  'edit',
  'assign',
  'progress',
  'solve',
  'close',
  'reopen',
  'comment',
  'flag_for_meeting',
  'unflag_for_meeting',
] as const;
export type ProblemAction = (typeof PROBLEM_ACTIONS)[number];

/** Timeline events: the actions, plus raising and the system's escalations. */
export const PROBLEM_EVENT_KINDS = ['raise', ...PROBLEM_ACTIONS, 'escalate'] as const;
export type ProblemEventKind = (typeof PROBLEM_EVENT_KINDS)[number];

/** In what capacity a person acts on one problem (one person may hold several). */
export const PROBLEM_CAPACITIES = [
  'raiser',
  'office',
  'lead_unit',
  'helper_unit',
  'lead_leader',
  'owner',
  'supervisor',
] as const;
export type ProblemCapacity = (typeof PROBLEM_CAPACITIES)[number];

/** Escalation of an overdue problem; the index is the stored level (0, 1, 2). */
export const ESCALATION_LEVELS = ['none', 'lead_leader', 'escalation_list'] as const;
export type EscalationLevelKey = (typeof ESCALATION_LEVELS)[number];

/** Production factors a project asks the district to guarantee (要素保障). */
export const FACTOR_KINDS = ['land', 'funds', 'talent', 'energy', 'environment'] as const;
export type FactorKind = (typeof FACTOR_KINDS)[number];

/** Units of measure of the factors: 亩, 元, persons, tons of standard coal, tons a year. */
export const MEASURE_UNITS = ['mu', 'yuan', 'person', 'tce', 'tonne_per_year'] as const;
export type MeasureUnit = (typeof MEASURE_UNITS)[number];

export const FACTOR_REQUEST_STATUSES = [
  'requested',
  'in_progress',
  'partly_supplied',
  'supplied',
  'declined',
  'withdrawn',
] as const;
export type FactorRequestStatus = (typeof FACTOR_REQUEST_STATUSES)[number];

/** Where the money of a funds request comes from, financing channels included. */
export const FUNDING_CHANNELS = [
  'government_budget',
  'special_bonds',
  'policy_bank_loans',
  'commercial_bank_loans',
  'investment_funds',
  'social_capital',
  'other',
] as const;
export type FundingChannel = (typeof FUNDING_CHANNELS)[number];

/** Land-use types of a land request (main construction classes of the land and sea use classification). */
export const LAND_USE_TYPES = [
  'industrial',
  'warehousing',
  'commercial',
  'residential',
  'public_service',
  'transport',
  'utilities',
  'green_space',
  'other',
] as const;
export type LandUseType = (typeof LAND_USE_TYPES)[number];

export const FORMALITY_STEP_STATUSES = [
  'not_started',
  'submitted',
  'accepted',
  'approved',
  'rejected',
  'not_needed',
] as const;
export type FormalityStepStatus = (typeof FORMALITY_STEP_STATUSES)[number];

/** What a project does to a formality step (domain/formalities.ts). */
export const FORMALITY_STEP_ACTIONS = [
  'submit',
  'withdraw',
  'accept',
  'approve',
  'reject',
  'waive',
  'restore',
] as const;
export type FormalityStepAction = (typeof FORMALITY_STEP_ACTIONS)[number];

/** Which projects a formality template applies to: 审批制, 核准制, 备案制. */
export const FORMALITY_CHAINS = ['government_approval', 'enterprise_approval', 'enterprise_filing'] as const;
export type FormalityChain = (typeof FORMALITY_CHAINS)[number];

/** Rows of the holiday calendar: a day off, or a weekend day worked (调休). */
export const CALENDAR_DAY_KINDS = ['holiday', 'make_up_workday'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export const SUPERVISION_SOURCES = ['meeting_decision', 'leader', 'city', 'office'] as const;
export type SupervisionSource = (typeof SUPERVISION_SOURCES)[number];

/** open → reported → closed, or → returned → reported again (domain/supervision.ts). */
export const SUPERVISION_STATUSES = ['open', 'reported', 'returned', 'closed'] as const;
export type SupervisionStatus = (typeof SUPERVISION_STATUSES)[number];

export const SUPERVISION_ACTIONS = ['edit', 'report', 'accept', 'return', 'reopen'] as const;
export type SupervisionAction = (typeof SUPERVISION_ACTIONS)[number];

/** The supervision office's verdict on one feedback round. */
export const FEEDBACK_VERDICTS = ['pending', 'accepted', 'returned'] as const;
export type FeedbackVerdict = (typeof FEEDBACK_VERDICTS)[number];

/** Supervision notices by due date: blue (due soon), yellow (behind), red (overdue). */
export const NOTICE_LEVELS = ['blue', 'yellow', 'red'] as const;
export type NoticeLevel = (typeof NOTICE_LEVELS)[number];

/** Who is ranked. */
export const RANKING_SUBJECTS = ['unit', 'leader'] as const;
export type RankingSubject = (typeof RANKING_SUBJECTS)[number];

/** What a ranking orders by (domain/rankings.ts). */
export const RANKING_ORDERS = ['score', 'on_time', 'lights'] as const;
export type RankingOrder = (typeof RANKING_ORDERS)[number];

import dayjs, { type Dayjs } from 'dayjs';
import {
  FUNDING_SOURCES,
  type Funding,
  type FundingSource,
  type MilestoneKind,
  type Plan,
  type PlanDraftUpdate,
  type PlanInput,
} from '@tuijin/shared';
import type { FieldIssue, PathMapper } from '../../../lib/form-errors';
import { DATE_FORMAT } from '../../../lib/format';
import { addYuan, parseWanInput, wanInput } from '../../../lib/yuan';

// Form values in 万元 and Dayjs; the payload in 元 strings and YYYY-MM-DD, as the API takes them.

export type MilestoneValues = { name?: string; kind?: MilestoneKind; plannedDate?: Dayjs | null };

export type PlanFormValues = {
  plannedWan: string;
  useMonthly: boolean;
  monthlyWan: string[];
  /** Holds no value: the field that shows the monthly sum and its check. */
  monthlyCheck?: null;
  funding: Partial<Record<FundingSource, string>>;
  milestones: MilestoneValues[];
  reason: string;
};

type Payload = Omit<PlanInput, 'year'>;

export const EMPTY_MONTHS: readonly string[] = Array.from({ length: 12 }, () => '');

/** A new draft starts from the version in force, if any: re-planning usually changes a few figures. */
export function valuesFromPlan(plan: Plan | null): PlanFormValues {
  const funding: Partial<Record<FundingSource, string>> = {};
  for (const s of FUNDING_SOURCES) funding[s] = wanInput(plan?.fundingBySource[s]);
  return {
    plannedWan: wanInput(plan?.plannedInvestment),
    useMonthly: !!plan?.monthlyTargets,
    monthlyWan: plan?.monthlyTargets ? plan.monthlyTargets.map((v) => wanInput(v)) : [...EMPTY_MONTHS],
    funding,
    milestones: (plan?.milestones ?? []).map((m) => ({
      name: m.name,
      kind: m.kind,
      plannedDate: dayjs(m.plannedDate, DATE_FORMAT),
    })),
    reason: '',
  };
}

export function toPlanPayload(v: PlanFormValues): { payload: Payload; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const planned = parseWanInput(v.plannedWan);
  if (planned.issue) issues.push({ path: ['plannedInvestment'], message: planned.issue });
  else if (!planned.yuan) issues.push({ path: ['plannedInvestment'], message: 'required' });

  let monthlyTargets: string[] | null = null;
  if (v.useMonthly) {
    monthlyTargets = v.monthlyWan.map((text, i) => {
      const m = parseWanInput(text);
      if (m.issue) issues.push({ path: ['monthlyTargets', i], message: m.issue });
      return m.yuan ?? '0.00';
    });
    if (planned.yuan && issues.length === 0 && addYuan('0', ...monthlyTargets) !== addYuan(planned.yuan)) {
      issues.push({ path: ['monthlyTargets'], message: 'targets_do_not_sum_to_plan' });
    }
  }

  const fundingBySource: Funding = {};
  for (const s of FUNDING_SOURCES) {
    const f = parseWanInput(v.funding[s]);
    if (f.issue) issues.push({ path: ['fundingBySource', s], message: f.issue });
    else if (f.yuan !== null) fundingBySource[s] = f.yuan;
  }

  const milestones = v.milestones.map((m, i) => {
    const name = m.name?.trim() ?? '';
    if (!name) issues.push({ path: ['milestones', i, 'name'], message: 'required' });
    if (!m.kind) issues.push({ path: ['milestones', i, 'kind'], message: 'required' });
    if (!m.plannedDate) issues.push({ path: ['milestones', i, 'plannedDate'], message: 'required' });
    return { name, kind: m.kind ?? 'other', plannedDate: m.plannedDate?.format(DATE_FORMAT) ?? '' };
  });

  const reason = v.reason.trim();
  return {
    issues,
    payload: {
      plannedInvestment: planned.yuan ?? '0.00',
      monthlyTargets,
      fundingBySource,
      milestones,
      ...(reason ? { reason } : {}),
    },
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The PATCH of a draft: its version and only what changed. */
export function draftChanges(plan: Plan, payload: Payload): PlanDraftUpdate {
  const before = {
    plannedInvestment: addYuan(plan.plannedInvestment),
    monthlyTargets: plan.monthlyTargets?.map((v) => addYuan(v)) ?? null,
    fundingBySource: Object.fromEntries(
      FUNDING_SOURCES.filter((s) => plan.fundingBySource[s] !== undefined).map((s) => [
        s,
        addYuan(plan.fundingBySource[s] ?? '0'),
      ]),
    ),
    milestones: plan.milestones.map((m) => ({ name: m.name, kind: m.kind, plannedDate: m.plannedDate })),
  };
  const body: PlanDraftUpdate = { version: plan.version };
  if (!same(before.plannedInvestment, addYuan(payload.plannedInvestment)))
    body.plannedInvestment = payload.plannedInvestment;
  if (!same(before.monthlyTargets, payload.monthlyTargets?.map((v) => addYuan(v)) ?? null))
    body.monthlyTargets = payload.monthlyTargets;
  if (!same(before.fundingBySource, payload.fundingBySource)) body.fundingBySource = payload.fundingBySource;
  if (!same(before.milestones, payload.milestones)) body.milestones = payload.milestones;
  if (payload.reason && payload.reason !== plan.reason) body.reason = payload.reason;
  // The monthly check needs both ends: a new annual amount travels with the targets.
  if (body.plannedInvestment !== undefined && payload.monthlyTargets) body.monthlyTargets = payload.monthlyTargets;
  return body;
}

/** Server paths → form fields (amounts are typed in 万元 under other names). */
export const mapPlanPath: PathMapper = (path) => {
  const [head, second, third] = path;
  if (head === 'plannedInvestment') return ['plannedWan'];
  if (head === 'monthlyTargets') return typeof second === 'number' ? ['monthlyWan', second] : ['monthlyCheck'];
  if (head === 'fundingBySource' && typeof second === 'string') return ['funding', second];
  if (head === 'milestones' && typeof second === 'number' && typeof third === 'string')
    return ['milestones', second, third];
  if (head === 'reason') return ['reason'];
  return null;
};

import dayjs, { type Dayjs } from 'dayjs';
import { FUNDING_SOURCES, type FundingSource, type Plan, type Report, type ReportDraft } from '@tuijin/shared';
import type { FieldIssue, PathMapper } from '../../../lib/form-errors';
import { DATE_FORMAT } from '../../../lib/format';
import { parseWanInput, wanInput } from '../../../lib/yuan';

// The form holds what people type (万元 text, percent text, Dayjs dates); the payload holds what
// the API takes (元 strings, numbers, YYYY-MM-DD, nulls).

export type ReportFormValues = {
  completedWan: string;
  funds: Partial<Record<FundingSource, string>>;
  progressPercent: string;
  progressText: string;
  started: boolean;
  /** Actual dates keyed by milestone id. */
  milestones: Record<string, Dayjs | null>;
};

type Milestone = Plan['milestones'][number];

export function valuesFromReport(report: Report | null, milestones: readonly Milestone[]): ReportFormValues {
  const funds: Partial<Record<FundingSource, string>> = {};
  for (const source of FUNDING_SOURCES) funds[source] = wanInput(report?.fundsReceived[source]);
  return {
    completedWan: wanInput(report?.completedThisMonth),
    funds,
    progressPercent: report?.progressPercent === null || report === null ? '' : String(report.progressPercent),
    progressText: report?.progressText ?? '',
    started: report?.started ?? false,
    milestones: Object.fromEntries(
      milestones.map((m) => [m.id, m.actualDate ? dayjs(m.actualDate, DATE_FORMAT) : null]),
    ),
  };
}

const NUMBER = /^\d+(\.\d+)?$/;
const PERCENT = /^\d{1,3}(\.\d{1,2})?$/;

/** Percent text → number; null when empty. */
export function parsePercent(text: string | undefined): { value: number | null; issue: string | null } {
  const trimmed = (text ?? '').trim().replace(/%$/, '');
  if (trimmed === '') return { value: null, issue: null };
  if (/^-/.test(trimmed) || (NUMBER.test(trimmed) && Number(trimmed) > 100)) {
    return { value: null, issue: 'percent_out_of_range' };
  }
  if (!PERCENT.test(trimmed)) return { value: null, issue: 'percent_invalid' };
  return { value: Number(trimmed), issue: null };
}

export function toDraft(
  v: ReportFormValues,
  milestones: readonly Milestone[],
  version: number | undefined,
): { payload: ReportDraft; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const completed = parseWanInput(v.completedWan);
  if (completed.issue) issues.push({ path: ['completedThisMonth'], message: completed.issue });
  else if (completed.yuan === null) issues.push({ path: ['completedThisMonth'], message: 'required' });

  const fundsReceived: Partial<Record<FundingSource, string>> = {};
  for (const source of FUNDING_SOURCES) {
    const parsed = parseWanInput(v.funds[source]);
    if (parsed.issue) issues.push({ path: ['fundsReceived', source], message: parsed.issue });
    else if (parsed.yuan !== null) fundsReceived[source] = parsed.yuan;
  }

  const percent = parsePercent(v.progressPercent);
  if (percent.issue) issues.push({ path: ['progressPercent'], message: percent.issue });

  const text = v.progressText.trim();
  return {
    issues,
    payload: {
      completedThisMonth: completed.yuan ?? '0',
      fundsReceived,
      progressPercent: percent.value,
      progressText: text === '' ? null : text,
      started: v.started,
      milestoneActuals: milestones.map((m) => ({
        milestoneId: m.id,
        actualDate: v.milestones[m.id]?.format(DATE_FORMAT) ?? null,
      })),
      ...(version === undefined ? {} : { version }),
    },
  };
}

/** Server paths → form fields: amounts are typed in 万元 under other names. */
export const mapReportPath: PathMapper = (path) => {
  const [head, second] = path;
  if (head === 'completedThisMonth') return ['completedWan'];
  if (head === 'fundsReceived' && typeof second === 'string') return ['funds', second];
  if (head === 'progressPercent' || head === 'progressText' || head === 'started') return [head];
  return null;
};

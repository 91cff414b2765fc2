import {
  DIRECTION_LABELS,
  FIELD_LABELS,
  INVESTOR_TYPE_LABELS,
  label,
  parsePeriodKey,
  periodKey,
  previousQuarter,
  quarterEnd,
  quarterOf,
  quarterOverQuarter,
  STAGE_LABELS,
  type Locale,
  type Ref,
  type Summary,
} from '@tuijin/shared';
import type { GroupFigures, QoqGroupBy, SummaryGroup } from '../api/warnings-api';

/** The two points compared: the end of the previous quarter and the end of the chosen one. */
export type QoqPoint = { period: string; year: number; quarter: 1 | 2 | 3 | 4; toDate: boolean };

/**
 * The quarter of `period` ends at its last month; when that month is not reported on yet, the
 * comparison runs to the latest month instead (the quarter so far).
 */
export function qoqPoints(period: string, latest: string): { previous: QoqPoint; current: QoqPoint } {
  const p = parsePeriodKey(period);
  const quarter = quarterOf(p);
  const end = periodKey(quarterEnd(p.year, quarter));
  const prev = previousQuarter(p.year, quarter);
  return {
    previous: { period: periodKey(quarterEnd(prev.year, prev.quarter)), ...prev, toDate: false },
    current: { period: end > latest ? latest : end, year: p.year, quarter, toDate: end > latest },
  };
}

export type QoqRow = {
  key: string;
  name: string;
  previous: GroupFigures | null;
  current: GroupFigures | null;
  /** Percentage points; null when either side has no rate. */
  rateChange: number | null;
  gapChange: number | null;
  total: boolean;
};

type LabelTable = Record<string, Record<Locale, string>>;

const ENUM_LABELS: Partial<Record<QoqGroupBy, LabelTable>> = {
  direction: DIRECTION_LABELS,
  investorType: INVESTOR_TYPE_LABELS,
  field: FIELD_LABELS,
  stage: STAGE_LABELS,
};

/** The name of a group: enum keys through the label tables, streets through the facets. */
export function groupName(
  groupBy: QoqGroupBy,
  group: Pick<SummaryGroup, 'key' | 'name'>,
  ctx: { locale: Locale; streets: readonly Ref[] | undefined; unassigned: string },
): string {
  const table = ENUM_LABELS[groupBy];
  if (table) return group.key in table ? label(table, group.key, ctx.locale) : group.key;
  if (group.name) return group.name;
  if (!group.key) return ctx.unassigned;
  if (groupBy === 'street') return ctx.streets?.find((s) => s.id === group.key)?.name ?? ctx.unassigned;
  return ctx.unassigned;
}

function row(
  key: string,
  name: string,
  previous: GroupFigures | null,
  current: GroupFigures | null,
  total: boolean,
): QoqRow {
  const gapChange =
    previous?.gap === null || previous?.gap === undefined || current?.gap === null || current?.gap === undefined
      ? null
      : current.gap - previous.gap;
  return {
    key,
    name,
    previous,
    current,
    rateChange: quarterOverQuarter(current?.rate ?? null, previous?.rate ?? null).change,
    gapChange,
    total,
  };
}

/** Groups of both points side by side, in the order of the current one, and the district total last. */
export function mergeQoq(
  previous: Summary,
  current: Summary,
  nameOf: (g: SummaryGroup) => string,
  districtName: string,
): QoqRow[] {
  const before = new Map(previous.groups.map((g) => [g.key, g]));
  const rows = current.groups.map((g) => row(g.key, nameOf(g), before.get(g.key) ?? null, g, false));
  const seen = new Set(current.groups.map((g) => g.key));
  for (const g of previous.groups) if (!seen.has(g.key)) rows.push(row(g.key, nameOf(g), g, null, false));
  rows.push(row('__district__', districtName, previous.total, current.total, true));
  return rows;
}

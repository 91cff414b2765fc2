import dayjs, { type Dayjs } from 'dayjs';
import {
  PROJECT_FIELDS,
  wanToYuan,
  yuanToWan,
  type Direction,
  type Field,
  type InvestorType,
  type ProjectDetail,
  type Stage,
} from '@tuijin/shared';
import type { FieldIssue } from '../../../lib/form-errors';
import { DATE_FORMAT } from '../../../lib/format';

// The form holds what people type (万元, dates as Dayjs, empty strings); the payload holds what the
// API takes (元 strings, YYYY-MM-DD, nulls). Both edit and create go through the same conversion so
// that comparing two payloads tells exactly which fields changed.

export type ProjectFormValues = {
  name?: string;
  code?: string;
  ownerUnitId?: string | null;
  investorType?: InvestorType;
  field?: Field;
  direction?: Direction;
  industry?: string;
  stage?: Stage;
  inStatistics: boolean;
  streetId?: string | null;
  address?: string;
  lng?: number | null;
  lat?: number | null;
  content?: string;
  totalInvestmentWan?: string;
  plannedStart?: Dayjs | null;
  plannedEnd?: Dayjs | null;
  tagIds: string[];
  publishable: boolean;
  reason?: string;
};

export type ProjectPayload = {
  name: string | undefined;
  code: string | null;
  ownerUnitId: string | undefined;
  investorType: InvestorType | undefined;
  field: Field | undefined;
  direction: Direction | undefined;
  industry: string | null;
  stage: Stage | undefined;
  inStatistics: boolean;
  streetId: string | null;
  address: string | null;
  lng: number | null;
  lat: number | null;
  content: string | null;
  totalInvestment: string | undefined;
  plannedStart: string | null;
  plannedEnd: string | null;
  publishable: boolean;
  tagIds: string[];
};

export type PayloadKey = keyof ProjectPayload;

export const PAYLOAD_KEYS: readonly PayloadKey[] = PROJECT_FIELDS;

/** The form field that edits a payload key (only the amount differs). */
export function formFieldOf(key: string): string {
  return key === 'totalInvestment' ? 'totalInvestmentWan' : key;
}

export const FORM_FIELDS: readonly string[] = [...PAYLOAD_KEYS.map(formFieldOf), 'reason'];

export const EMPTY_FORM: ProjectFormValues = {
  inStatistics: false,
  publishable: false,
  tagIds: [],
};

export function valuesFromProject(p: ProjectDetail): ProjectFormValues {
  return {
    name: p.name,
    code: p.code ?? '',
    ownerUnitId: p.owner.id,
    investorType: p.investorType,
    field: p.field,
    direction: p.direction,
    industry: p.industry ?? '',
    stage: p.stage,
    inStatistics: p.inStatistics,
    streetId: p.street?.id ?? null,
    address: p.address ?? '',
    lng: p.lng,
    lat: p.lat,
    content: p.content ?? '',
    totalInvestmentWan: yuanToWan(p.totalInvestment),
    plannedStart: p.plannedStart ? dayjs(p.plannedStart, DATE_FORMAT) : null,
    plannedEnd: p.plannedEnd ? dayjs(p.plannedEnd, DATE_FORMAT) : null,
    tagIds: p.tags.map((tag) => tag.id),
    publishable: p.publishable,
    reason: '',
  };
}

function textOrNull(v: string | undefined): string | null {
  const trimmed = v?.trim();
  return trimmed ? trimmed : null;
}

export function toPayload(v: ProjectFormValues): { payload: ProjectPayload; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const wan = v.totalInvestmentWan?.trim() ?? '';
  let totalInvestment: string | undefined;
  if (wan !== '') {
    const yuan = wanToYuan(wan);
    if (yuan === null) issues.push({ path: ['totalInvestment'], message: 'amount_invalid' });
    else totalInvestment = yuan;
  } else {
    issues.push({ path: ['totalInvestment'], message: 'required' });
  }
  return {
    issues,
    payload: {
      name: v.name?.trim() || undefined,
      code: textOrNull(v.code),
      ownerUnitId: v.ownerUnitId ?? undefined,
      investorType: v.investorType,
      field: v.field,
      direction: v.direction,
      industry: textOrNull(v.industry),
      stage: v.stage,
      inStatistics: v.inStatistics,
      streetId: v.streetId ?? null,
      address: textOrNull(v.address),
      lng: v.lng ?? null,
      lat: v.lat ?? null,
      content: textOrNull(v.content),
      totalInvestment,
      plannedStart: v.plannedStart ? v.plannedStart.format(DATE_FORMAT) : null,
      plannedEnd: v.plannedEnd ? v.plannedEnd.format(DATE_FORMAT) : null,
      publishable: v.publishable,
      tagIds: [...v.tagIds].sort(),
    },
  };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Keys whose value differs, limited to what the user may edit; coordinates travel as a pair. */
export function changedKeys(
  before: ProjectPayload,
  after: ProjectPayload,
  editable: (key: PayloadKey) => boolean,
): PayloadKey[] {
  const changed = new Set(PAYLOAD_KEYS.filter((k) => editable(k) && !same(before[k], after[k])));
  // The shared rule checks lng and lat together, so a change of one sends both.
  if ((changed.has('lng') || changed.has('lat')) && editable('lng') && editable('lat')) {
    changed.add('lng');
    changed.add('lat');
  }
  return PAYLOAD_KEYS.filter((k) => changed.has(k));
}

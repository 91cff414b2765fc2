import type { LightRuleKey, LightRules } from '@tuijin/shared';
import { api } from '../../../lib/api-client';

export type { LightRuleKey, LightRules } from '@tuijin/shared';

/** The district's warning-light rules as the server keeps them (GET /light-rules). */
export type LightRulesConfig = { districtId: string; version: number; rules: LightRules };
export type LightRulesInput = { version: number; rules: LightRules; reason?: string };

export const lightRulesKeys = {
  config: ['light-rules'] as const,
};

export function getLightRules(signal?: AbortSignal): Promise<LightRulesConfig> {
  return api.get<LightRulesConfig>('/light-rules', { signal });
}

export function putLightRules(input: LightRulesInput): Promise<LightRulesConfig> {
  return api.put<LightRulesConfig>('/light-rules', input);
}

/** A threshold shown in the form: its field, bounds, and whether it is a share shown as a percentage. */
export type RuleField = {
  field: string;
  /** The placeholder of the explanation the input replaces, e.g. {yellow}. */
  slot: string;
  min: number;
  max: number;
  integer: boolean;
  percent?: boolean;
};

/** The rules in the order they are shown, with the thresholds each one has. */
export const RULE_FIELDS: readonly { rule: LightRuleKey; fields: readonly RuleField[] }[] = [
  {
    rule: 'behind_pace',
    fields: [
      { field: 'yellowFromPoints', slot: 'yellow', min: 0, max: 100, integer: false },
      { field: 'redAbovePoints', slot: 'red', min: 0, max: 100, integer: false },
    ],
  },
  { rule: 'not_started', fields: [{ field: 'redAfterMonths', slot: 'red', min: 0, max: 60, integer: true }] },
  {
    rule: 'report_late',
    fields: [
      { field: 'yellowPeriods', slot: 'yellow', min: 1, max: 24, integer: true },
      { field: 'redPeriods', slot: 'red', min: 1, max: 24, integer: true },
    ],
  },
  { rule: 'milestone_overdue', fields: [{ field: 'redAboveDays', slot: 'red', min: 0, max: 3650, integer: true }] },
  { rule: 'problem_overdue', fields: [{ field: 'redAboveDays', slot: 'red', min: 0, max: 3650, integer: true }] },
  { rule: 'no_permit', fields: [] },
  { rule: 'stale_report', fields: [{ field: 'staleAfterMonths', slot: 'months', min: 1, max: 60, integer: true }] },
  {
    rule: 'recent_pace',
    fields: [
      { field: 'windowMonths', slot: 'months', min: 1, max: 12, integer: true },
      { field: 'yellowBelowRate', slot: 'rate', min: 0, max: 100, integer: false, percent: true },
    ],
  },
];

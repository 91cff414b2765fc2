import { useCallback } from 'react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  FACTOR_REQUEST_STATUS_LABELS,
  FUNDING_CHANNEL_LABELS,
  FUNDING_CHANNELS,
  LAND_USE_TYPE_LABELS,
  LAND_USE_TYPES,
  MEASURE_UNIT_LABELS,
  type FactorKind,
  type FactorRequestStatus,
  type FundingChannel,
  type LandUseType,
  type MeasureUnit,
} from '@tuijin/shared';
import { useEnumLabel } from '../../../lib/use-locale';
import { formatFactorAmount } from './factor-format';

export const FACTOR_STATUS_COLORS: Record<FactorRequestStatus, string> = {
  requested: 'default',
  in_progress: 'processing',
  partly_supplied: 'gold',
  supplied: 'success',
  declined: 'error',
  withdrawn: 'default',
};

export function FactorStatusTag({ status, testId }: { status: FactorRequestStatus; testId?: string }) {
  const enumLabel = useEnumLabel();
  return (
    <Tag color={FACTOR_STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {enumLabel(FACTOR_REQUEST_STATUS_LABELS, status)}
    </Tag>
  );
}

/** The detail as read: a funding channel or land-use type label, a position or free text as typed. */
export function useFactorDetailLabel(): (factor: FactorKind, detail: string) => string {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  return useCallback(
    (factor, detail) => {
      if (factor === 'funds' && (FUNDING_CHANNELS as readonly string[]).includes(detail))
        return enumLabel(FUNDING_CHANNEL_LABELS, detail as FundingChannel);
      if (factor === 'land' && (LAND_USE_TYPES as readonly string[]).includes(detail))
        return enumLabel(LAND_USE_TYPE_LABELS, detail as LandUseType);
      return detail || t('factors.ledger.noDetail');
    },
    [enumLabel, t],
  );
}

/** The unit people read: funds in 万元 (amounts travel in 元), the others in their own unit. */
export function useFactorUnitLabel(): (factor: FactorKind, unit: MeasureUnit) => string {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  return useCallback(
    (factor, unit) => (factor === 'funds' ? t('factors.wan') : enumLabel(MEASURE_UNIT_LABELS, unit)),
    [enumLabel, t],
  );
}

/** "120.5 亩", "2,500.00 万元": an exact amount with its unit. */
export function useFactorAmountText(): (factor: FactorKind, unit: MeasureUnit, amount: string) => string {
  const unitLabel = useFactorUnitLabel();
  return useCallback(
    (factor, unit, amount) => `${formatFactorAmount(factor, amount)} ${unitLabel(factor, unit)}`,
    [unitLabel],
  );
}

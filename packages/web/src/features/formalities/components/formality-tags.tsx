import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FORMALITY_STEP_STATUS_LABELS, type FormalityStepStatus } from '@tuijin/shared';
import { useEnumLabel } from '../../../lib/use-locale';
import type { FormalityStep } from '../api/formalities-api';

export const STEP_STATUS_COLORS: Record<FormalityStepStatus, string> = {
  not_started: 'default',
  submitted: 'processing',
  accepted: 'geekblue',
  approved: 'success',
  rejected: 'error',
  not_needed: 'default',
};

export function StepStatusTag({ status }: { status: FormalityStepStatus }) {
  const enumLabel = useEnumLabel();
  return (
    <Tag
      color={STEP_STATUS_COLORS[status]}
      data-testid="step-status"
      data-status={status}
      style={status === 'not_needed' ? { textDecoration: 'line-through', marginInlineEnd: 0 } : { marginInlineEnd: 0 }}
    >
      {enumLabel(FORMALITY_STEP_STATUS_LABELS, status)}
    </Tag>
  );
}

/** Days left (or overdue) while the approving unit's clock runs; waiting or time taken otherwise. */
export function StepTiming({ step, compact }: { step: FormalityStep; compact?: boolean }) {
  const { t } = useTranslation();
  const { timing, limitWorkingDays: limit } = step;
  const small = { fontSize: compact ? 12 : undefined };
  if (timing.running) {
    const left = timing.daysLeft ?? 0;
    const main = timing.overdue ? (
      <Typography.Text type="danger" strong style={small} data-testid="step-overdue">
        {t('formalities.timing.overdue', { count: timing.overdueWorkingDays })}
      </Typography.Text>
    ) : (
      <Typography.Text type={left <= 3 ? 'warning' : undefined} strong style={small} data-testid="step-days-left">
        {left === 0 ? t('formalities.timing.dueToday') : t('formalities.timing.daysLeft', { count: left })}
      </Typography.Text>
    );
    return (
      <Flex vertical gap={0}>
        {main}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('formalities.timing.elapsed', { elapsed: timing.elapsedWorkingDays ?? 0, limit })}
          {timing.deadline ? ` · ${t('formalities.timing.deadline', { date: timing.deadline })}` : ''}
        </Typography.Text>
      </Flex>
    );
  }
  if (timing.waitingWorkingDays !== null)
    return (
      <Flex vertical gap={0}>
        <Typography.Text type="warning" style={small} data-testid="step-waiting">
          {t('formalities.timing.waiting', { count: timing.waitingWorkingDays })}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('formalities.timing.limit', { count: limit })}
        </Typography.Text>
      </Flex>
    );
  if (timing.elapsedWorkingDays !== null && step.decidedOn)
    return (
      <Flex vertical gap={0} align="flex-start">
        <Typography.Text style={small}>
          {t('formalities.timing.used', { elapsed: timing.elapsedWorkingDays, limit })}
        </Typography.Text>
        {timing.decidedLate ? (
          <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="step-decided-late">
            {t('formalities.timing.late')}
          </Tag>
        ) : null}
      </Flex>
    );
  return (
    <Typography.Text type="secondary" style={small}>
      {t('formalities.timing.limit', { count: limit })}
    </Typography.Text>
  );
}

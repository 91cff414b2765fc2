import { Tag, Typography } from 'antd';
import { RiseOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  ESCALATION_LEVEL_LABELS,
  ESCALATION_LEVELS,
  PROBLEM_STATUS_LABELS,
  PROBLEM_URGENCY_LABELS,
  type ProblemStatus,
  type ProblemUrgency,
} from '@tuijin/shared';
import { useEnumLabel } from '../../../lib/use-locale';

export const STATUS_COLORS: Record<ProblemStatus, string> = {
  open: 'default',
  assigned: 'blue',
  in_progress: 'processing',
  solved: 'gold',
  closed: 'success',
  reopened: 'magenta',
};

const URGENCY_COLORS: Record<ProblemUrgency, string> = { normal: 'default', urgent: 'orange', critical: 'red' };

export function ProblemStatusTag({ status, testId }: { status: ProblemStatus; testId?: string }) {
  const enumLabel = useEnumLabel();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {enumLabel(PROBLEM_STATUS_LABELS, status)}
    </Tag>
  );
}

export function UrgencyTag({ urgency }: { urgency: ProblemUrgency }) {
  const enumLabel = useEnumLabel();
  return <Tag color={URGENCY_COLORS[urgency]}>{enumLabel(PROBLEM_URGENCY_LABELS, urgency)}</Tag>;
}

/** Nothing for a problem not escalated; level 1 (lead leader) orange, level 2 (the office's list) red. */
export function EscalationTag({ level }: { level: number }) {
  const enumLabel = useEnumLabel();
  const key = ESCALATION_LEVELS[level];
  if (!key || key === 'none') return null;
  return (
    <Tag color={level >= 2 ? 'red' : 'volcano'} icon={<RiseOutlined />} data-testid="problem-escalation">
      {enumLabel(ESCALATION_LEVEL_LABELS, key)}
    </Tag>
  );
}

export function OverdueText({ days }: { days: number }) {
  const { t } = useTranslation();
  if (days <= 0) return null;
  return (
    <Typography.Text type="danger" strong data-testid="problem-overdue">
      {t('problems.card.overdueDays', { count: days })}
    </Typography.Text>
  );
}

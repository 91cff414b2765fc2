import { Tag, Tooltip } from 'antd';
import { FlagOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Plan, ReportStatus } from '@tuijin/shared';
import { formatDateTime } from '../lib/format';

const REPORT_COLORS: Record<ReportStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'error',
  accepted: 'success',
  reopened: 'warning',
};

const PLAN_COLORS: Record<Plan['status'], string> = {
  draft: 'default',
  approved: 'success',
  superseded: 'default',
};

/** A report's status; "not filed" when the month has no report yet. */
export function ReportStatusTag({ status, testId }: { status: ReportStatus | null; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={status ? REPORT_COLORS[status] : 'default'} data-testid={testId} style={{ marginInlineEnd: 0 }}>
      {status ? t(`progress.reportStatuses.${status}`) : t('progress.notFiled')}
    </Tag>
  );
}

export function LateTag({ late, dueAt }: { late: boolean; dueAt?: string | null }) {
  const { t } = useTranslation();
  if (!late) return null;
  const tag = (
    <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="report-late">
      {t('progress.late')}
    </Tag>
  );
  return dueAt ? <Tooltip title={t('progress.dueAt', { time: formatDateTime(dueAt) })}>{tag}</Tooltip> : tag;
}

export function PlanStatusTag({ status }: { status: Plan['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={PLAN_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`progress.planStatuses.${status}`)}
    </Tag>
  );
}

export function BaselineTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('progress.baselineHint')}>
      <Tag color="purple" icon={<FlagOutlined />} style={{ marginInlineEnd: 0 }} data-testid="baseline-tag">
        {t('progress.baseline')}
      </Tag>
    </Tooltip>
  );
}

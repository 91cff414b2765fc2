import { Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  NOTICE_LEVEL_LABELS,
  SUPERVISION_SOURCE_LABELS,
  SUPERVISION_STATUS_LABELS,
  type NoticeLevel,
  type SupervisionSource,
  type SupervisionStatus,
} from '@tuijin/shared';
import { useEnumLabel, useLocale } from '../../../lib/use-locale';
import type { Notice } from '../api/supervision-api';

export const NOTICE_COLORS: Record<NoticeLevel, string> = { blue: 'blue', yellow: 'gold', red: 'red' };

const STATUS_COLORS: Record<SupervisionStatus, string> = {
  open: 'processing',
  reported: 'gold',
  returned: 'magenta',
  closed: 'success',
};

export function SupervisionStatusTag({ status, testId }: { status: SupervisionStatus; testId?: string }) {
  const enumLabel = useEnumLabel();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {enumLabel(SUPERVISION_STATUS_LABELS, status)}
    </Tag>
  );
}

export function SourceTag({ source }: { source: SupervisionSource }) {
  const enumLabel = useEnumLabel();
  return <Tag bordered={false}>{enumLabel(SUPERVISION_SOURCE_LABELS, source)}</Tag>;
}

/** The light of a notice (blue: due soon, yellow: behind, red: overdue) with its sentence; nothing without one. */
export function NoticeTag({ notice, testId = 'notice' }: { notice: Notice; testId?: string }) {
  const enumLabel = useEnumLabel();
  const locale = useLocale();
  if (!notice.level) return null;
  const sentence = notice.text?.[locale] ?? enumLabel(NOTICE_LEVEL_LABELS, notice.level);
  return (
    <Tooltip title={enumLabel(NOTICE_LEVEL_LABELS, notice.level)}>
      <Tag
        color={NOTICE_COLORS[notice.level]}
        data-testid={testId}
        data-level={notice.level}
        style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}
      >
        <span aria-hidden style={{ marginInlineEnd: 4 }}>
          ●
        </span>
        {sentence}
      </Tag>
    </Tooltip>
  );
}

/** The notice, or a quiet dash when the item has none. */
export function NoticeCell({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  return notice.level ? (
    <NoticeTag notice={notice} testId="row-notice" />
  ) : (
    <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
  );
}

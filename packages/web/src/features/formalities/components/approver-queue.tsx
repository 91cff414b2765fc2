import { useState } from 'react';
import { Checkbox, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FORMALITY_STEP_STATUS_LABELS, type FormalityStepAction } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { UnitSelect } from '../../../components/org-selects';
import { useEnumOptions } from '../../../lib/use-locale';
import type { FormalityStep } from '../api/formalities-api';
import { useApproverQueue } from '../hooks/use-formalities';
import {
  PAGE_SIZES,
  QUEUE_SORTS,
  QUEUE_STATUSES,
  queueQueryOf,
  type FormalitiesParams,
  type QueueSort,
  type QueueStatus,
} from '../hooks/use-formalities-params';
import { StepActionModal } from './step-action-modal';
import { StepTable } from './step-table';

type Props = {
  params: FormalitiesParams;
  update: (patch: Partial<FormalitiesParams>) => void;
  /** The office may look at any unit's queue. */
  anyUnit: boolean;
};

/** The approving unit's queue ("service" view): steps submitted or accepted, most urgent first. */
export function ApproverQueue({ params, update, anyUnit }: Props) {
  const { t } = useTranslation();
  const query = queueQueryOf(params);
  const list = useApproverQueue(query);
  const statuses = useEnumOptions(QUEUE_STATUSES, FORMALITY_STEP_STATUS_LABELS);
  const [acting, setActing] = useState<{ step: FormalityStep; action: FormalityStepAction } | null>(null);
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;

  return (
    <>
      <Typography.Paragraph type="secondary">{t('formalities.queue.hint')}</Typography.Paragraph>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }} data-testid="queue-filters">
        {anyUnit ? (
          <div style={{ flex: '1 1 220px', maxWidth: 320 }}>
            <UnitSelect
              value={params.unitId}
              onChange={(v) => update({ unitId: typeof v === 'string' ? v : null })}
              placeholder={t('formalities.queue.myUnit')}
              allowClear
            />
          </div>
        ) : null}
        <Select<QueueStatus[]>
          mode="multiple"
          style={{ flex: '1 1 180px', maxWidth: 260 }}
          placeholder={t('formalities.queue.status')}
          aria-label={t('formalities.queue.status')}
          options={statuses}
          value={params.status}
          onChange={(status) => update({ status })}
          allowClear
          data-testid="queue-status"
        />
        <Select<QueueSort>
          style={{ flex: '0 1 240px' }}
          aria-label={t('formalities.queue.sort')}
          prefix={`${t('formalities.queue.sort')}${t('common.colon')}`}
          value={params.sort}
          onChange={(sort) => update({ sort })}
          options={QUEUE_SORTS.map((s) => ({ value: s, label: t(`formalities.queue.sorts.${s}`) }))}
          data-testid="queue-sort"
        />
        <Checkbox
          checked={params.overdue}
          onChange={(e) => update({ overdue: e.target.checked })}
          data-testid="queue-overdue"
        >
          {t('formalities.queue.overdue')}
        </Checkbox>
      </Flex>
      {list.isError ? <ApiErrorAlert error={list.error} /> : null}
      <StepTable
        steps={items}
        withProject
        loading={list.isFetching}
        emptyText={t('formalities.queue.empty')}
        testId="approver-queue"
        onAction={(step, action) => setActing({ step, action })}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES.map(String),
          showTotal: (n: number) => t('common.total', { count: n }),
          onChange: (page, pageSize) => update({ page, pageSize }),
        }}
      />
      <StepActionModal target={acting} onClose={() => setActing(null)} />
    </>
  );
}

import { useState } from 'react';
import { App, Button, Card, DatePicker, Flex, Popconfirm, Result, Segmented, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ArrowLeftOutlined, CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { LateTag, ReportStatusTag } from '../../../components/progress-tags';
import { ReasonModal } from '../../../components/reason-modal';
import { isApiError } from '../../../lib/api-client';
import { useDescribeError } from '../../../lib/error-messages';
import { formatDateTime, formatMoney } from '../../../lib/format';
import { currentPeriod, dayjsToPeriod, periodToDayjs } from '../../../lib/periods';
import { usePeriodLabel } from '../../../lib/use-period-label';
import type { ReviewQueueItem } from '../api/reports-api';
import { useReviewReport } from '../hooks/use-report-mutations';
import { QUEUE_PAGE_SIZES, useQueueParams } from '../hooks/use-reports-params';
import { useReviewQueue } from '../hooks/use-review-queue';

const STATUS_FILTERS = ['submitted', 'returned', 'accepted'] as const;

/** 审核队列: submitted reports of the unit's projects (the whole district for the office). */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const describe = useDescribeError();
  const periodLabel = usePeriodLabel();
  const { params, update } = useQueueParams();
  const queue = useReviewQueue(params);
  const review = useReviewReport();
  const [returning, setReturning] = useState<ReviewQueueItem | null>(null);
  const pending = params.status === 'submitted';
  const reportPath = (item: ReviewQueueItem) => `/projects/${item.project.id}/reports/${item.period}`;

  if (isApiError(queue.error, 'forbidden')) {
    return <Result status="403" title={t('reports.review.noQueue')} subTitle={t('reports.review.noQueueHint')} />;
  }

  const accept = async (item: ReviewQueueItem) => {
    try {
      await review.mutateAsync({
        projectId: item.project.id,
        period: item.period,
        step: 'accept',
        version: item.version,
      });
      void message.success(t('reports.review.accepted'));
    } catch (error) {
      void message.error(describe(error));
      void queue.refetch();
    }
  };

  const columns: TableColumnsType<ReviewQueueItem> = [
    {
      title: t('reports.list.project'),
      key: 'project',
      render: (_, item) => <Link to={reportPath(item)}>{item.project.name}</Link>,
    },
    { title: t('reports.list.period'), key: 'period', width: 110, render: (_, item) => periodLabel(item.period) },
    {
      title: t('reports.list.completed'),
      key: 'completed',
      width: 150,
      align: 'right',
      render: (_, item) => (
        <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMoney(item.completedThisMonth)}</span>
      ),
    },
    {
      title: t('reports.list.submittedAt'),
      key: 'submittedAt',
      width: 150,
      responsive: ['md'],
      render: (_, item) => formatDateTime(item.submittedAt) || t('common.none'),
    },
    {
      title: t('progress.late'),
      key: 'late',
      width: 80,
      render: (_, item) =>
        item.late ? <LateTag late /> : <Typography.Text type="secondary">{t('common.no')}</Typography.Text>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: pending ? 190 : 110,
      render: (_, item) =>
        pending ? (
          <Space size={4} wrap>
            <Popconfirm
              title={t('reports.review.acceptConfirm')}
              okText={t('reports.review.accept')}
              cancelText={t('common.cancel')}
              onConfirm={() => void accept(item)}
            >
              <Button type="primary" size="small" icon={<CheckOutlined />} data-testid="review-accept">
                {t('reports.review.accept')}
              </Button>
            </Popconfirm>
            <Button
              size="small"
              danger
              icon={<RollbackOutlined />}
              onClick={() => setReturning(item)}
              data-testid="review-return"
            >
              {t('reports.review.return')}
            </Button>
          </Space>
        ) : (
          <Space size={4}>
            <ReportStatusTag status={item.status} />
            <Button size="small" type="link" onClick={() => void navigate(reportPath(item))}>
              {t('reports.list.view')}
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <Card styles={{ body: { padding: 16 } }}>
      <Flex align="center" gap={4} style={{ marginBottom: 16 }}>
        <Button
          type="text"
          icon={<ArrowLeftOutlined />}
          aria-label={t('common.back')}
          onClick={() => void navigate('/reports')}
        />
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('reports.review.title')}
        </Typography.Title>
      </Flex>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Segmented<(typeof STATUS_FILTERS)[number]>
          value={STATUS_FILTERS.find((s) => s === params.status) ?? 'submitted'}
          onChange={(status) => update({ status })}
          options={STATUS_FILTERS.map((s) => ({ value: s, label: t(`reports.review.filters.${s}`) }))}
          data-testid="queue-status"
        />
        <DatePicker
          picker="month"
          inputReadOnly
          value={params.period ? periodToDayjs(params.period) : null}
          format={(v) => periodLabel(dayjsToPeriod(v))}
          disabledDate={(d) => dayjsToPeriod(d) > currentPeriod()}
          onChange={(d) => update({ period: d ? dayjsToPeriod(d) : null })}
          placeholder={t('reports.review.allMonths')}
          style={{ width: 160 }}
          aria-label={t('reports.list.period')}
        />
      </Flex>
      {queue.isError ? <ApiErrorAlert error={queue.error} /> : null}
      <div data-testid="review-queue-table">
        <Table<ReviewQueueItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={queue.data?.items ?? []}
          loading={queue.isFetching}
          scroll={{ x: 640 }}
          locale={{ emptyText: pending ? t('reports.review.empty') : t('common.none') }}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: queue.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: QUEUE_PAGE_SIZES.map(String),
            showTotal: (total) => t('common.total', { count: total }),
            onChange: (page, pageSize) => update(pageSize !== params.pageSize ? { page: 1, pageSize } : { page }),
          }}
        />
      </div>
      <ReasonModal
        open={returning !== null}
        title={t('reports.review.returnTitle')}
        hint={returning ? `${returning.project.name} · ${periodLabel(returning.period)}` : undefined}
        okText={t('reports.review.return')}
        danger
        onClose={() => setReturning(null)}
        onReload={() => {
          setReturning(null);
          void queue.refetch();
        }}
        onSubmit={async (reason) => {
          if (!returning) return;
          await review.mutateAsync({
            projectId: returning.project.id,
            period: returning.period,
            step: 'return',
            version: returning.version,
            reason,
          });
          void message.success(t('reports.review.returned'));
        }}
      />
    </Card>
  );
}

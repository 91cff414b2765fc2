import { useState } from 'react';
import { Button, Card, DatePicker, Flex, Input, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { AuditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ProjectListItem } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { currentPeriod, dayjsToPeriod, periodToDayjs } from '../../../lib/periods';
import { hasReviewQueue } from '../../../lib/progress-permissions';
import { useMe } from '../../../lib/session-context';
import { usePeriodLabel } from '../../../lib/use-period-label';
import { useMyProjects } from '../hooks/use-my-projects';
import { useMyReportsParams } from '../hooks/use-reports-params';
import { PeriodAction, PeriodCompleted, PeriodStatus } from './period-cells';

const PAGE_SIZE = 10;

/** 月度填报: the month's report of each of my projects, and the way into the review queue. */
export function ReportsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const periodLabel = usePeriodLabel();
  const { params, update } = useMyReportsParams();
  const projects = useMyProjects(params.q);
  const [keyword, setKeyword] = useState(params.q);
  const now = currentPeriod();
  const isOwner = me.roles.includes('owner');

  const columns: TableColumnsType<ProjectListItem> = [
    {
      title: t('reports.list.project'),
      key: 'project',
      render: (_, p) => (
        <Flex vertical>
          <Link to={`/projects/${p.id}?tab=progress`}>{p.name}</Link>
          {/* An owner sees only its own projects: the owner's name would repeat on every row. */}
          {isOwner ? null : (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {p.owner.name}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('reports.list.status'),
      key: 'status',
      width: 110,
      render: (_, p) => <PeriodStatus projectId={p.id} period={params.period} />,
    },
    {
      title: t('reports.list.completed'),
      key: 'completed',
      width: 150,
      align: 'right',
      responsive: ['md'],
      render: (_, p) => <PeriodCompleted projectId={p.id} period={params.period} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 88,
      render: (_, p) => <PeriodAction project={p} period={params.period} />,
    },
  ];

  return (
    <Card styles={{ body: { padding: 16 } }}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {isOwner ? t('reports.list.myTitle') : t('reports.list.title')}
        </Typography.Title>
        {hasReviewQueue(me) ? (
          <Button
            icon={<AuditOutlined />}
            onClick={() => void navigate('/reports/review')}
            data-testid="open-review-queue"
          >
            {t('reports.review.title')}
          </Button>
        ) : null}
      </Flex>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <DatePicker
          picker="month"
          allowClear={false}
          inputReadOnly
          value={periodToDayjs(params.period)}
          format={(v) => periodLabel(dayjsToPeriod(v))}
          disabledDate={(d) => dayjsToPeriod(d) > now}
          onChange={(d) => {
            if (d) update({ period: dayjsToPeriod(d) });
          }}
          style={{ width: 160 }}
          aria-label={t('reports.list.period')}
          data-testid="report-period-picker"
        />
        <Input.Search
          allowClear
          value={keyword}
          onChange={(e) => setKeyword(e.target.value)}
          onSearch={(v) => update({ q: v.trim() })}
          placeholder={t('reports.list.keyword')}
          style={{ flex: '1 1 200px', maxWidth: 360 }}
        />
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {t('reports.list.hint', { period: periodLabel(params.period) })}
      </Typography.Paragraph>
      {projects.isError ? <ApiErrorAlert error={projects.error} /> : null}
      <div data-testid="my-reports-table">
        <Table<ProjectListItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={projects.data?.items ?? []}
          loading={projects.isFetching}
          locale={{ emptyText: t('reports.list.empty') }}
          pagination={{
            current: params.page,
            pageSize: PAGE_SIZE,
            total: projects.data?.items.length ?? 0,
            showSizeChanger: false,
            simple: true,
            onChange: (page) => update({ page }),
          }}
        />
      </div>
      {projects.data && projects.data.total > projects.data.items.length ? (
        <Typography.Text type="secondary">
          {t('reports.list.truncated', { shown: projects.data.items.length, total: projects.data.total })}
        </Typography.Text>
      ) : null}
    </Card>
  );
}

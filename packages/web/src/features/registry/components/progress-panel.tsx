import { useState, type ReactNode } from 'react';
import { Button, Card, Col, DatePicker, Descriptions, Empty, Flex, Row, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Plan, ProjectDetail, Report } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { BaselineTag, LateTag, PlanStatusTag, ReportStatusTag } from '../../../components/progress-tags';
import { formatDateTime, formatMoney } from '../../../lib/format';
import { currentPeriod, currentYear, makePeriod, periodYear } from '../../../lib/periods';
import { canPrepare } from '../../../lib/progress-permissions';
import { useMe } from '../../../lib/session-context';
import {
  baselinePlanOf,
  currentPlanOf,
  reportOfPeriod,
  useProjectPlans,
  useProjectReports,
} from '../../../lib/use-progress';
import { usePeriodLabel } from '../../../lib/use-period-label';

type MonthRow = { period: string; report: Report | null; target: string | null };

function PlanCard({ title, plan, extra }: { title: string; plan: Plan | null; extra?: ReactNode }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <Card size="small" title={title} extra={extra} style={{ height: '100%' }}>
      {plan ? (
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'version',
              label: t('plans.table.version'),
              children: (
                <Flex wrap gap={4} align="center">
                  {t('plans.versionLabel', { n: plan.versionNo })}
                  <PlanStatusTag status={plan.status} />
                  {plan.isBaseline ? <BaselineTag /> : null}
                </Flex>
              ),
            },
            { key: 'planned', label: t('plans.table.planned'), children: formatMoney(plan.plannedInvestment) },
            {
              key: 'approved',
              label: t('plans.table.approved'),
              children: plan.approvedBy ? `${plan.approvedBy.name} · ${formatDateTime(plan.approvedAt)}` : none,
            },
            { key: 'reason', label: t('plans.table.reason'), children: plan.reason ?? none },
          ]}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plans.empty')} />
      )}
    </Card>
  );
}

/** 计划与填报: this year's plan and baseline, and the month-by-month reports with their status. */
export function ProgressPanel({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const periodLabel = usePeriodLabel();
  const [year, setYear] = useState(currentYear());
  const plans = useProjectPlans(project.id, year);
  const reports = useProjectReports(project.id, year);
  const current = currentPlanOf(plans.data, year);
  const baseline = baselinePlanOf(plans.data, year);
  const now = currentPeriod();
  const mayFill = canPrepare(me, project.owner.id) && !project.archivedAt;

  // Every month of the year up to the running one, filed or not, latest first.
  const lastMonth = year < periodYear(now) ? 12 : year === periodYear(now) ? Number(now.slice(5, 7)) : 0;
  const rows: MonthRow[] = Array.from({ length: lastMonth }, (_, i) => {
    const period = makePeriod(year, i + 1);
    return { period, report: reportOfPeriod(reports.data, period), target: current?.monthlyTargets?.[i] ?? null };
  }).reverse();

  const none = t('common.none');
  const columns: TableColumnsType<MonthRow> = [
    { title: t('reports.list.period'), key: 'period', width: 110, render: (_, r) => periodLabel(r.period) },
    {
      title: t('reports.list.status'),
      key: 'status',
      width: 150,
      render: (_, r) => (
        <Flex wrap gap={4}>
          <ReportStatusTag status={r.report?.status ?? null} />
          <LateTag late={r.report?.late ?? false} dueAt={r.report?.dueAt} />
        </Flex>
      ),
    },
    {
      title: t('reports.list.completed'),
      key: 'completed',
      align: 'right',
      render: (_, r) => (r.report ? formatMoney(r.report.completedThisMonth) : none),
    },
    {
      title: t('detail.progress.cumulative'),
      key: 'cumulative',
      align: 'right',
      render: (_, r) => (r.report ? formatMoney(r.report.cumulativeThisYear) : none),
    },
    {
      title: t('detail.progress.target'),
      key: 'target',
      align: 'right',
      responsive: ['md'],
      render: (_, r) => (r.target ? formatMoney(r.target) : none),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, r) => {
        const editable = r.report ? r.report.permissions.edit : mayFill;
        if (!r.report && !editable) return none;
        return (
          <Link to={`/projects/${project.id}/reports/${r.period}`} data-testid="progress-report-link">
            {editable ? (r.report ? t('reports.list.continue') : t('reports.list.fill')) : t('reports.list.view')}
          </Link>
        );
      },
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8} align="center" justify="space-between">
        <DatePicker
          picker="year"
          allowClear={false}
          inputReadOnly
          value={dayjs(`${year}-01-01`)}
          onChange={(d) => {
            if (d) setYear(d.year());
          }}
          style={{ width: 120 }}
          aria-label={t('plans.year')}
        />
        <Button onClick={() => void navigate(`/plans?projectId=${project.id}&year=${year}`)}>
          {t('detail.progress.openPlans')}
        </Button>
      </Flex>
      {plans.isError ? <ApiErrorAlert error={plans.error} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <PlanCard title={t('detail.progress.currentPlan')} plan={current} />
        </Col>
        <Col xs={24} md={12}>
          <PlanCard title={t('detail.progress.baseline')} plan={baseline} />
        </Col>
      </Row>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('detail.progress.reports', { year })}
      </Typography.Title>
      {reports.isError ? <ApiErrorAlert error={reports.error} /> : null}
      <div data-testid="progress-reports-table">
        <Table<MonthRow>
          rowKey="period"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={reports.isFetching}
          pagination={false}
          scroll={{ x: 640 }}
          locale={{ emptyText: t('detail.progress.noMonths') }}
        />
      </div>
    </Flex>
  );
}

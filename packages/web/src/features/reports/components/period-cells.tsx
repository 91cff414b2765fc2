import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ProjectListItem } from '@tuijin/shared';
import { LateTag, ReportStatusTag } from '../../../components/progress-tags';
import { formatMoney } from '../../../lib/format';
import { currentPeriod, periodYear } from '../../../lib/periods';
import { canPrepare } from '../../../lib/progress-permissions';
import { useMe } from '../../../lib/session-context';
import { reportOfPeriod, useProjectReports } from '../../../lib/use-progress';

// Cells of the "my reports" table. Each reads the year's reports of its project, only when the
// row is on screen (ten at a time); the three cells of a row share one request.

function usePeriodReport(projectId: string, period: string) {
  const reports = useProjectReports(projectId, periodYear(period));
  return { ...reports, report: reportOfPeriod(reports.data, period) };
}

export function PeriodStatus({ projectId, period }: { projectId: string; period: string }) {
  const { report, isPending, isError } = usePeriodReport(projectId, period);
  if (isPending) return <Typography.Text type="secondary">…</Typography.Text>;
  if (isError) return <Typography.Text type="danger">!</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      <ReportStatusTag status={report?.status ?? null} testId="period-status" />
      <LateTag late={report?.late ?? false} dueAt={report?.dueAt} />
    </Flex>
  );
}

export function PeriodCompleted({ projectId, period }: { projectId: string; period: string }) {
  const { t } = useTranslation();
  const { report } = usePeriodReport(projectId, period);
  return (
    <span style={{ fontVariantNumeric: 'tabular-nums' }}>
      {report ? formatMoney(report.completedThisMonth) : t('common.none')}
    </span>
  );
}

export function PeriodAction({ project, period }: { project: ProjectListItem; period: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const { report, isPending } = usePeriodReport(project.id, period);
  const open = () => void navigate(`/projects/${project.id}/reports/${period}`);
  const mayFill = report
    ? report.permissions.edit
    : canPrepare(me, project.owner.id) && !project.archivedAt && period <= currentPeriod();
  if (isPending) return null;
  if (mayFill) {
    return (
      <Button type="primary" size="small" onClick={open} data-testid="fill-report">
        {report ? t('reports.list.continue') : t('reports.list.fill')}
      </Button>
    );
  }
  if (!report) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Button size="small" onClick={open} data-testid="view-report">
      {report.permissions.review ? t('reports.list.review') : t('reports.list.view')}
    </Button>
  );
}

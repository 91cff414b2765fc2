import { Alert, Button, Flex, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ProjectDetail, Report } from '@tuijin/shared';
import { LateTag, ReportStatusTag } from '../../../components/progress-tags';
import { formatDateTime, formatMoney } from '../../../lib/format';
import { usePeriodLabel } from '../../../lib/use-period-label';

type Props = { project: ProjectDetail; period: string; report: Report | null };

/** Who, which month, where the report stands, and why it came back when it was returned. */
export function ReportHeader({ project, period, report }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const periodLabel = usePeriodLabel();
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%', marginBottom: 16 }}>
      <Flex align="flex-start" gap={4}>
        <Button
          type="text"
          icon={<ArrowLeftOutlined />}
          aria-label={t('common.back')}
          onClick={() => void navigate(-1)}
          style={{ flex: 'none' }}
        />
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="report-title">
            {t('reports.form.title', { period: periodLabel(period) })}
          </Typography.Title>
          <Link to={`/projects/${project.id}?tab=progress`}>{project.name}</Link>
        </div>
      </Flex>
      <Flex wrap gap={8} align="center">
        <ReportStatusTag status={report?.status ?? null} testId="report-status" />
        <LateTag late={report?.late ?? false} />
        {report ? (
          <Typography.Text type="secondary" data-testid="report-due">
            {t('progress.dueAt', { time: formatDateTime(report.dueAt) })}
          </Typography.Text>
        ) : null}
        {report?.submittedAt ? (
          <Typography.Text type="secondary">
            {t('reports.form.submittedAt', { time: formatDateTime(report.submittedAt) })}
          </Typography.Text>
        ) : null}
      </Flex>
      <Typography.Text type="secondary">
        {t('reports.form.totalInvestment', { amount: formatMoney(project.totalInvestment) })}
      </Typography.Text>
      {report?.status === 'returned' ? (
        <Alert
          type="error"
          showIcon
          data-testid="report-return-reason"
          title={t('reports.form.returnedTitle', {
            who: report.reviewedBy?.name ?? t('common.none'),
            time: formatDateTime(report.reviewedAt),
          })}
          description={<span style={{ whiteSpace: 'pre-wrap', fontSize: 16 }}>{report.returnReason}</span>}
        />
      ) : null}
      {report?.status === 'reopened' ? <Alert type="warning" showIcon title={t('reports.form.reopenedHint')} /> : null}
      {project.archivedAt ? <Alert type="info" showIcon title={t('reports.form.archivedHint')} /> : null}
    </Space>
  );
}

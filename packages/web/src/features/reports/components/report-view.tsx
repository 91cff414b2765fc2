import { Descriptions, Grid, Space, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCES, type Plan, type Report } from '@tuijin/shared';
import { formatDate, formatDateTime, formatMoney } from '../../../lib/format';
import { addYuan } from '../../../lib/yuan';
import { ReportPhotos } from './report-photos';

/** The report as submitted, for reviewers and for the owner once it left their hands. */
export function ReportView({ report, plan }: { report: Report; plan: Plan | null }) {
  const { t } = useTranslation();
  // On a phone the labels go above the values, which then get the whole width.
  const narrow = Grid.useBreakpoint().md === false;
  const none = t('common.none');
  const wan = (yuan: string | undefined) => (yuan ? `${formatMoney(yuan)} ${t('common.wan')}` : none);
  const fundsTotal = addYuan('0', ...FUNDING_SOURCES.map((s) => report.fundsReceived[s] ?? '0'));
  const items: DescriptionsProps['items'] = [
    {
      key: 'completed',
      label: t('reports.form.completed'),
      children: (
        <Typography.Text strong data-testid="report-view-completed" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {wan(report.completedThisMonth)}
        </Typography.Text>
      ),
    },
    { key: 'cumulative', label: t('reports.form.cumulative'), children: wan(report.cumulativeThisYear) },
    {
      key: 'funds',
      label: t('reports.form.funds'),
      children: (
        <Space orientation="vertical" size={0}>
          {FUNDING_SOURCES.filter((s) => report.fundsReceived[s]).map((s) => (
            <span key={s}>
              {t(`progress.fundingSources.${s}`)}
              {t('common.colon')}
              {wan(report.fundsReceived[s])}
            </span>
          ))}
          <Typography.Text type="secondary">
            {t('reports.form.fundsTotal', { amount: formatMoney(fundsTotal) })}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'percent',
      label: t('reports.form.progressPercent'),
      children: report.progressPercent === null ? none : `${report.progressPercent}%`,
    },
    {
      key: 'text',
      label: t('reports.form.progressText'),
      children: report.progressText ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
          {report.progressText}
        </Typography.Paragraph>
      ) : (
        none
      ),
    },
    {
      key: 'photos',
      label: t('photos.title'),
      children: <ReportPhotos report={report} editable={false} />,
    },
    { key: 'started', label: t('reports.form.started'), children: report.started ? t('common.yes') : t('common.no') },
    {
      key: 'milestones',
      label: t('reports.form.milestones'),
      children:
        plan && plan.milestones.length > 0 ? (
          <Space orientation="vertical" size={2}>
            {plan.milestones.map((m) => (
              <span key={m.id}>
                <Tag>{t(`progress.milestoneKinds.${m.kind}`)}</Tag>
                {m.name}
                {t('common.colon')}
                {t('reports.view.milestoneDates', {
                  planned: formatDate(m.plannedDate),
                  actual: m.actualDate ? formatDate(m.actualDate) : t('reports.view.notYet'),
                })}
              </span>
            ))}
          </Space>
        ) : (
          none
        ),
    },
    { key: 'submittedAt', label: t('reports.view.submittedAt'), children: formatDateTime(report.submittedAt) || none },
    {
      key: 'reviewed',
      label: t('reports.view.reviewed'),
      children: report.reviewedBy ? `${report.reviewedBy.name} · ${formatDateTime(report.reviewedAt)}` : none,
    },
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      layout={narrow ? 'vertical' : 'horizontal'}
      items={items}
      data-testid="report-view"
    />
  );
}

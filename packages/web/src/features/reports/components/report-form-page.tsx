import { Alert, Card, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LoadError, NotFoundResult, PageSpin } from '../../../components/page-states';
import { currentPeriod, isPeriodKey } from '../../../lib/periods';
import { canPrepare } from '../../../lib/progress-permissions';
import { useMe } from '../../../lib/session-context';
import { useReportPageData } from '../hooks/use-report-page-data';
import { ReportForm } from './report-form';
import { ReportHeader } from './report-header';
import { ReportReviewBar } from './report-review-bar';
import { ReportView } from './report-view';

/** /projects/:id/reports/:period — the form while the report is editable, else the report itself. */
export function ReportFormPage() {
  const { id = '', period = '' } = useParams();
  if (!isPeriodKey(period)) return <NotFoundResult />;
  return <ReportScreen key={`${id}/${period}`} projectId={id} period={period} />;
}

function ReportScreen({ projectId, period }: { projectId: string; period: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const narrow = Grid.useBreakpoint().md === false;
  const data = useReportPageData(projectId, period);

  if (data.pending) return <PageSpin />;
  if (data.error || !data.project.data) {
    return <LoadError error={data.error} onRetry={() => void data.refetchAll()} />;
  }
  const project = data.project.data;
  const report = data.report.data ?? null;
  const future = period > currentPeriod();
  // Before the first save there are no permissions on a report: the project tells who may fill it.
  const editable = report
    ? report.permissions.edit
    : canPrepare(me, project.owner.id) && !project.archivedAt && !future;

  return (
    <Card
      styles={{ body: { padding: narrow ? 12 : 24, paddingBottom: 0 } }}
      style={{ maxWidth: 960, margin: '0 auto' }}
    >
      <ReportHeader project={project} period={period} report={report} />
      {future ? (
        <Alert type="warning" showIcon title={t('validation.period_in_future')} style={{ marginBottom: 16 }} />
      ) : null}
      {editable ? (
        <ReportForm
          project={project}
          period={period}
          report={report}
          previous={data.previous}
          acceptedBefore={data.acceptedBefore}
          plan={data.plan}
          onReload={data.refetchAll}
        />
      ) : report ? (
        <>
          <ReportView report={report} plan={data.plan} />
          <ReportReviewBar report={report} onReload={() => void data.refetchAll()} />
          <div style={{ height: 24 }} />
        </>
      ) : (
        <Alert type="info" showIcon title={t('reports.form.notFiledYet')} style={{ marginBottom: 24 }} />
      )}
    </Card>
  );
}

import { useState } from 'react';
import { App, Button, Form, Input, Popconfirm, Switch, Typography } from 'antd';
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Plan, ProjectDetail, Report } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { StickyActionBar } from '../../../components/sticky-action-bar';
import { translateValidation } from '../../../lib/error-messages';
import { serverFieldIssues, useApplyFieldIssues, type FieldIssue } from '../../../lib/form-errors';
import { formatMoney } from '../../../lib/format';
import { useSaveAndSubmitReport, useSaveReport } from '../hooks/use-report-mutations';
import { CompletedFigures } from './completed-figures';
import { FigureField } from './figure-field';
import { FundsSection, MilestonesSection, ProgressSection } from './report-form-sections';
import { mapReportPath, toDraft, valuesFromReport, type ReportFormValues } from './report-form-model';
import { ReportPhotos } from './report-photos';
import { addYuan, compareYuan, parseWanInput } from '../../../lib/yuan';

type Props = {
  project: ProjectDetail;
  period: string;
  report: Report | null;
  previous: Report | null;
  /** Completed in the accepted months of the year before this one (元). */
  acceptedBefore: string;
  plan: Plan | null;
  /** Reads the report again after a version conflict. */
  onReload: () => Promise<Report | null>;
};

type Action = 'save' | 'submit';

/** The monthly report as the owner fills it in, phone first: one column, large inputs. */
export function ReportForm({ project, period, report, previous, acceptedBefore, plan, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportFormValues>();
  const applyIssues = useApplyFieldIssues();
  const save = useSaveReport(project.id, period);
  const submit = useSaveAndSubmitReport(project.id, period);
  const [action, setAction] = useState<Action | null>(null);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  // Open from the start when funds were reported; opened again when one of them is wrong.
  const [fundsOpen, setFundsOpen] = useState(() => !!report && Object.values(report.fundsReceived).some((v) => !!v));
  const milestones = plan?.milestones ?? [];
  const mutation = action === 'submit' ? submit : save;
  const busy = save.isPending || submit.isPending;

  const show = (issues: readonly FieldIssue[]) => {
    if (issues.some((i) => i.path[0] === 'fundsReceived')) setFundsOpen(true);
    setUnplaced(applyIssues(form, issues, mapReportPath));
  };

  const run = async (next: Action) => {
    setUnplaced([]);
    save.reset();
    submit.reset();
    setAction(next);
    let values: ReportFormValues;
    try {
      values = await form.validateFields();
    } catch {
      // The fields show their own messages; scrolling brings the first into view.
      const first = form.getFieldsError().find((f) => f.errors.length > 0)?.name ?? ['completedWan'];
      if (first[0] === 'funds') setFundsOpen(true);
      // After the render that unfolds the funds, if that is where the error is.
      window.setTimeout(() => form.scrollToField(first, { block: 'center' }), 0);
      return;
    }
    const { payload, issues } = toDraft(values, milestones, report?.version);
    if (issues.length > 0) return show(issues);
    try {
      if (next === 'save') {
        await save.mutateAsync(payload);
        void message.success(t('reports.form.saved'));
      } else {
        await submit.mutateAsync(payload);
        void message.success(t('reports.form.submitted'));
      }
    } catch (error) {
      show(serverFieldIssues(error));
    }
  };

  const reload = async () => {
    const fresh = await onReload();
    save.reset();
    submit.reset();
    setUnplaced([]);
    form.resetFields();
    form.setFieldsValue(valuesFromReport(fresh, milestones));
  };

  return (
    <Form<ReportFormValues>
      form={form}
      layout="vertical"
      size="large"
      initialValues={valuesFromReport(report, milestones)}
      onFinish={() => void run('save')}
    >
      <ApiErrorAlert error={mutation.error} extra={unplaced} onReload={() => void reload()} />
      <FigureField
        name="completedWan"
        label={t('reports.form.completed')}
        required
        rules={[
          {
            validator: async (_, value: string | undefined) => {
              const { yuan, issue } = parseWanInput(value);
              if (issue) throw new Error(translateValidation(t, issue));
              if (yuan === null) throw new Error(t('validation.required'));
              const cumulative = addYuan(acceptedBefore, yuan);
              if (compareYuan(cumulative, project.totalInvestment) > 0) {
                throw new Error(
                  t('reports.form.aboveTotal', {
                    cumulative: formatMoney(cumulative),
                    total: formatMoney(project.totalInvestment),
                  }),
                );
              }
            },
          },
        ]}
        figures={<CompletedFigures previous={previous} acceptedBefore={acceptedBefore} plan={plan} />}
      >
        <Input
          inputMode="decimal"
          suffix={t('common.wan')}
          placeholder="0.00"
          autoComplete="off"
          data-testid="report-completed-input"
        />
      </FigureField>
      <FundsSection previous={previous} open={fundsOpen} onOpenChange={setFundsOpen} />
      <ProgressSection previous={previous} />
      <Form.Item label={t('photos.title')}>
        {report ? (
          <ReportPhotos report={report} editable />
        ) : (
          <Typography.Text type="secondary" data-testid="photo-save-first">
            {t('photos.saveFirst')}
          </Typography.Text>
        )}
      </Form.Item>
      <Form.Item
        name="started"
        label={t('reports.form.started')}
        valuePropName="checked"
        extra={
          previous
            ? t('reports.form.lastMonthStarted', { value: previous.started ? t('common.yes') : t('common.no') })
            : undefined
        }
      >
        <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} data-testid="report-started" />
      </Form.Item>
      <MilestonesSection plan={plan} />
      <StickyActionBar>
        <Button
          size="large"
          icon={<SaveOutlined />}
          loading={save.isPending}
          disabled={busy}
          onClick={() => void run('save')}
          style={{ flex: '1 1 0', maxWidth: 220 }}
          data-testid="report-save"
        >
          {t('reports.form.saveDraft')}
        </Button>
        <Popconfirm
          title={t('reports.form.submitConfirm')}
          description={t('reports.form.submitConfirmHint')}
          okText={t('common.submit')}
          cancelText={t('common.cancel')}
          onConfirm={() => void run('submit')}
        >
          <Button
            type="primary"
            size="large"
            icon={<SendOutlined />}
            loading={submit.isPending}
            disabled={busy}
            style={{ flex: '1 1 0', maxWidth: 220 }}
            data-testid="report-submit"
          >
            {t('reports.form.submit')}
          </Button>
        </Popconfirm>
      </StickyActionBar>
    </Form>
  );
}

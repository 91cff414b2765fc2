import { useState } from 'react';
import { Alert, App, Button, Drawer, Flex, Form, Grid, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanInput } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { translateValidation } from '../../../lib/error-messages';
import { serverFieldIssues, useApplyFieldIssues, type FieldIssue } from '../../../lib/form-errors';
import { parseWanInput } from '../../../lib/yuan';
import { useCreatePlan, useUpdatePlan } from '../hooks/use-plan-mutations';
import { FundingFields, MilestoneFields, MonthlyTargetsField } from './plan-form-fields';
import { draftChanges, mapPlanPath, toPlanPayload, valuesFromPlan, type PlanFormValues } from './plan-form-model';

type Props = {
  projectId: string;
  year: number;
  /** The draft being edited; null for a new version. */
  draft: Plan | null;
  /** The version in force, copied into a new draft. */
  current: Plan | null;
  /** A version of the year was approved before: a new one must say why. */
  reasonRequired: boolean;
  open: boolean;
  onClose: () => void;
  onReload: () => Promise<Plan | null>;
};

/** Creates a draft version of the year's plan, or changes the draft. */
export function PlanFormDrawer({ projectId, year, draft, current, reasonRequired, open, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const narrow = Grid.useBreakpoint().md === false;
  const [form] = Form.useForm<PlanFormValues>();
  const applyIssues = useApplyFieldIssues();
  const create = useCreatePlan(projectId);
  const update = useUpdatePlan();
  const mutation = draft ? update : create;
  const [unplaced, setUnplaced] = useState<string[]>([]);

  const show = (issues: readonly FieldIssue[]) => setUnplaced(applyIssues(form, issues, mapPlanPath));

  const finish = async (values: PlanFormValues) => {
    setUnplaced([]);
    mutation.reset();
    const { payload, issues } = toPlanPayload(values);
    if (issues.length > 0) return show(issues);
    try {
      if (draft) {
        const body = draftChanges(draft, payload);
        if (Object.keys(body).length === 1) {
          void message.info(t('plans.form.noChanges'));
          return;
        }
        await update.mutateAsync({ id: draft.id, body });
      } else {
        const body: PlanInput = { year, ...payload };
        await create.mutateAsync(body);
      }
      void message.success(draft ? t('plans.form.saved') : t('plans.form.created'));
      onClose();
    } catch (error) {
      show(serverFieldIssues(error));
    }
  };

  const reload = async () => {
    const fresh = await onReload();
    mutation.reset();
    setUnplaced([]);
    form.resetFields();
    if (fresh) form.setFieldsValue({ ...valuesFromPlan(fresh), reason: fresh.reason ?? '' });
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={narrow ? '100%' : 760}
      destroyOnHidden
      title={
        draft ? t('plans.form.editTitle', { year, version: draft.versionNo }) : t('plans.form.createTitle', { year })
      }
      footer={
        <Flex justify="flex-end">
          <Space>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button
              type="primary"
              loading={mutation.isPending}
              onClick={() => form.submit()}
              data-testid="plan-form-submit"
            >
              {draft ? t('common.save') : t('plans.form.createSubmit')}
            </Button>
          </Space>
        </Flex>
      }
    >
      <Form<PlanFormValues>
        form={form}
        layout="vertical"
        initialValues={draft ? { ...valuesFromPlan(draft), reason: draft.reason ?? '' } : valuesFromPlan(current)}
        onFinish={(v) => void finish(v)}
        scrollToFirstError
      >
        {!draft && current ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('plans.form.copiedFrom', { version: current.versionNo })}
          />
        ) : null}
        <ApiErrorAlert error={mutation.error} extra={unplaced} onReload={draft ? () => void reload() : undefined} />
        <Form.Item
          name="plannedWan"
          label={t('plans.form.planned')}
          required
          rules={[
            {
              validator: async (_, value: string | undefined) => {
                const { yuan, issue } = parseWanInput(value);
                if (issue) throw new Error(translateValidation(t, issue));
                if (!yuan) throw new Error(t('validation.required'));
              },
            },
          ]}
        >
          <Input inputMode="decimal" suffix={t('common.wan')} autoComplete="off" data-testid="plan-planned-input" />
        </Form.Item>
        <MonthlyTargetsField />
        <FundingFields />
        <MilestoneFields />
        <Form.Item
          name="reason"
          label={t('plans.form.reason')}
          required={reasonRequired}
          extra={reasonRequired ? t('plans.form.reasonRequiredHint') : t('plans.form.reasonHint')}
          rules={[
            {
              required: reasonRequired,
              whitespace: true,
              message: translateValidation(t, 'replan_reason_required'),
            },
            { max: 500, message: t('validation.too_big') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('plans.form.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

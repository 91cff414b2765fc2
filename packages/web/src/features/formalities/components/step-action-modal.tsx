import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FORMALITY_STEP_ACTION_LABELS, type FormalityStepAction, type FormalityStepActionBody } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { DATE_FORMAT, DISTRICT_TZ } from '../../../lib/format';
import { fieldMapper, useApplyFieldIssues } from '../../../lib/form-errors';
import { useEnumLabel } from '../../../lib/use-locale';
import { formalityKeys, type FormalityStep } from '../api/formalities-api';
import { useStepAction } from '../hooks/use-formalities';
import { useFormalityIssues } from '../hooks/use-formality-issues';

type Values = { on?: Dayjs | null; reason?: string; documentNo?: string; note?: string };

type Props = {
  /** The step and the action chosen on it; null closes the dialog. */
  target: { step: FormalityStep; action: FormalityStepAction } | null;
  /** The district's today (the checklist's), else the browser's day in the district's zone. */
  today?: string;
  onClose: () => void;
};

/** Actions that happen on a day: the day is asked for (today by default). */
const DATED: FormalityStepAction[] = ['submit', 'accept', 'approve', 'reject'];

function bodyOf(action: FormalityStepAction, v: Values, version: number): FormalityStepActionBody {
  const trimmed = (s?: string) => (s ?? '').trim();
  return {
    version,
    action,
    ...(DATED.includes(action) && v.on ? { on: v.on.format(DATE_FORMAT) } : {}),
    ...(action === 'reject' || action === 'waive' ? { reason: trimmed(v.reason) } : {}),
    ...(action === 'approve' && trimmed(v.documentNo) ? { documentNo: trimmed(v.documentNo) } : {}),
    ...(trimmed(v.note) ? { note: trimmed(v.note) } : {}),
  };
}

/** One dialog for every action on a step: its day, the reason of a rejection or waiver, the document number of an approval. */
export function StepActionModal({ target, today, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const enumLabel = useEnumLabel();
  const [form] = Form.useForm<Values>();
  const act = useStepAction();
  const issuesOf = useFormalityIssues();
  const applyIssues = useApplyFieldIssues();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [extra, setExtra] = useState<string[]>([]);
  const action = target?.action ?? null;
  const day = today ?? dayjs().tz(DISTRICT_TZ).format(DATE_FORMAT);
  const label = action ? enumLabel(FORMALITY_STEP_ACTION_LABELS, action) : '';
  const required = { required: true, whitespace: true, message: t('validation.required') };

  const close = () => {
    setError(null);
    setExtra([]);
    onClose();
  };

  const submit = async () => {
    if (!target) return;
    const v = await form.validateFields();
    setError(null);
    setExtra([]);
    try {
      await act.mutateAsync({ id: target.step.id, body: bodyOf(target.action, v, target.step.version) });
      void message.success(t('formalities.action.done', { action: label }));
      close();
    } catch (e) {
      setError(e);
      setExtra(applyIssues(form, issuesOf(e), fieldMapper(['on', 'reason', 'documentNo', 'note'])));
    }
  };

  return (
    <Modal
      open={target !== null}
      title={target ? `${label} · ${target.step.name}` : ''}
      okText={label}
      okButtonProps={{
        loading: act.isPending,
        danger: action === 'reject' || action === 'waive',
        ...{ 'data-testid': 'step-action-submit' },
      }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={close}
      destroyOnHidden
      width={520}
    >
      {target?.step.approverUnit ? (
        <Typography.Paragraph type="secondary">
          {t('formalities.columns.approver')}
          {t('common.colon')}
          {target.step.approverUnit.name}
        </Typography.Paragraph>
      ) : null}
      <ApiErrorAlert
        error={error}
        extra={extra}
        onReload={() => {
          close();
          void queryClient.invalidateQueries({ queryKey: formalityKeys.all });
        }}
      />
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ on: dayjs(day) }}>
        {action && DATED.includes(action) ? (
          <Form.Item
            name="on"
            label={t('formalities.action.on')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <DatePicker
              style={{ width: '100%' }}
              format={DATE_FORMAT}
              allowClear={false}
              disabledDate={(d: Dayjs) => d.format(DATE_FORMAT) > day}
              data-testid="step-action-on"
            />
          </Form.Item>
        ) : null}
        {action === 'approve' ? (
          <Form.Item name="documentNo" label={t('formalities.action.documentNo')} rules={[{ max: 60 }]}>
            <Input maxLength={60} placeholder={t('formalities.action.documentNoHint')} data-testid="step-document-no" />
          </Form.Item>
        ) : null}
        {action === 'reject' || action === 'waive' ? (
          <Form.Item
            name="reason"
            label={action === 'reject' ? t('formalities.action.rejectReason') : t('formalities.action.waiveReason')}
            rules={[required, { max: 500 }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount data-testid="step-reason" />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={t('formalities.action.note')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={2} maxLength={1000} data-testid="step-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

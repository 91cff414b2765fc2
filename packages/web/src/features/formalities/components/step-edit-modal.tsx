import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { UnitSelect } from '../../../components/org-selects';
import { DATE_FORMAT } from '../../../lib/format';
import { fieldMapper, useApplyFieldIssues } from '../../../lib/form-errors';
import { formalityKeys, type FormalityStep } from '../api/formalities-api';
import { useUpdateStep } from '../hooks/use-formalities';
import { useFormalityIssues } from '../hooks/use-formality-issues';

type Values = {
  name: string;
  approverUnitId: string | null;
  limitWorkingDays: number;
  isConstructionPermit: boolean;
  submittedOn: Dayjs | null;
  acceptedOn: Dayjs | null;
  decidedOn: Dayjs | null;
  documentNo: string;
  note: string;
  reason: string;
};

const FIELDS = [
  'name',
  'approverUnitId',
  'limitWorkingDays',
  'isConstructionPermit',
  'submittedOn',
  'acceptedOn',
  'decidedOn',
  'documentNo',
  'note',
  'reason',
];

const day = (d: Dayjs | null) => (d ? d.format(DATE_FORMAT) : null);

/** The office corrects a step: name, approving unit, limit, permit flag, dates, document number; with a reason. */
export function StepEditModal({ step, onClose }: { step: FormalityStep | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateStep();
  const issuesOf = useFormalityIssues();
  const applyIssues = useApplyFieldIssues();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [extra, setExtra] = useState<string[]>([]);
  const required = { required: true, whitespace: true, message: t('validation.required') };

  const close = () => {
    setError(null);
    setExtra([]);
    onClose();
  };

  const submit = async () => {
    if (!step) return;
    const v = await form.validateFields();
    setError(null);
    setExtra([]);
    try {
      await update.mutateAsync({
        id: step.id,
        body: {
          version: step.version,
          name: v.name.trim(),
          approverUnitId: v.approverUnitId ?? null,
          limitWorkingDays: v.limitWorkingDays,
          isConstructionPermit: v.isConstructionPermit,
          submittedOn: day(v.submittedOn),
          acceptedOn: day(v.acceptedOn),
          decidedOn: day(v.decidedOn),
          documentNo: v.documentNo.trim() || null,
          note: v.note.trim(),
          reason: v.reason.trim(),
        },
      });
      void message.success(t('formalities.edit.done'));
      close();
    } catch (e) {
      setError(e);
      setExtra(applyIssues(form, issuesOf(e), fieldMapper(FIELDS)));
    }
  };

  const initialValues: Values | undefined = step
    ? {
        name: step.name,
        approverUnitId: step.approverUnit?.id ?? null,
        limitWorkingDays: step.limitWorkingDays,
        isConstructionPermit: step.isConstructionPermit,
        submittedOn: step.submittedOn ? dayjs(step.submittedOn) : null,
        acceptedOn: step.acceptedOn ? dayjs(step.acceptedOn) : null,
        decidedOn: step.decidedOn ? dayjs(step.decidedOn) : null,
        documentNo: step.documentNo ?? '',
        note: step.note,
        reason: '',
      }
    : undefined;
  const date = (name: keyof Values, label: string) => (
    <Form.Item name={name} label={label} style={{ flex: '1 1 140px' }}>
      <DatePicker style={{ width: '100%' }} format={DATE_FORMAT} />
    </Form.Item>
  );

  return (
    <Modal
      open={step !== null}
      title={t('formalities.edit.title')}
      okText={t('common.save')}
      okButtonProps={{ loading: update.isPending, ...{ 'data-testid': 'step-edit-submit' } }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={close}
      destroyOnHidden
      width={600}
    >
      <ApiErrorAlert
        error={error}
        extra={extra}
        onReload={() => {
          close();
          void queryClient.invalidateQueries({ queryKey: formalityKeys.all });
        }}
      />
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={initialValues}>
        <Form.Item name="name" label={t('formalities.edit.name')} rules={[required, { max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="approverUnitId" label={t('formalities.edit.approver')} data-testid="step-edit-approver">
          <UnitSelect
            allowClear
            knownOptions={step?.approverUnit ? [{ value: step.approverUnit.id, label: step.approverUnit.name }] : []}
          />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'flex-end' }}>
          <Form.Item
            name="limitWorkingDays"
            label={t('formalities.edit.limit')}
            rules={[{ required: true, message: t('validation.required') }]}
            style={{ flex: '1 1 160px' }}
          >
            <InputNumber min={0} max={3650} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="isConstructionPermit" valuePropName="checked" style={{ flex: '1 1 160px' }}>
            <Checkbox>{t('formalities.edit.permit')}</Checkbox>
          </Form.Item>
        </div>
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
          {date('submittedOn', t('formalities.edit.submittedOn'))}
          {date('acceptedOn', t('formalities.edit.acceptedOn'))}
          {date('decidedOn', t('formalities.edit.decidedOn'))}
        </div>
        <Form.Item name="documentNo" label={t('formalities.edit.documentNo')} rules={[{ max: 60 }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="note" label={t('formalities.edit.note')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="reason" label={t('formalities.edit.reason')} rules={[required, { max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} showCount data-testid="step-edit-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

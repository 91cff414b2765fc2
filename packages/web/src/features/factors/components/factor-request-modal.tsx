import { useState } from 'react';
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  FACTOR_KIND_LABELS,
  FACTOR_KINDS,
  FUNDING_CHANNEL_LABELS,
  FUNDING_CHANNELS,
  LAND_USE_TYPE_LABELS,
  LAND_USE_TYPES,
  type FactorKind,
} from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { UnitSelect } from '../../../components/org-selects';
import { ProjectSelect } from '../../../components/project-select';
import { fieldMapper, serverFieldIssues, useApplyFieldIssues } from '../../../lib/form-errors';
import { useEnumOptions } from '../../../lib/use-locale';
import type { FactorRequest } from '../api/factors-api';
import { useCreateFactorRequest, useReloadFactors, useUpdateFactorRequest } from '../hooks/use-factors';
import { factorAmountInput, inputDecimals, parseFactorAmount } from './factor-format';

type Values = {
  projectId: string | null;
  factor: FactorKind;
  detail: string | undefined;
  amount: string;
  supplierUnitId: string | null;
  note: string;
  reason: string;
};

type Props = {
  open: boolean;
  onClose: () => void;
  /** Asked from a project page: the project is fixed. */
  project?: { id: string; name: string };
  /** Changing a request: its factor stays. */
  request?: FactorRequest | null;
};

const FIELDS = ['projectId', 'factor', 'detail', 'amount', 'supplierUnitId', 'note', 'reason'];
const AMOUNT_LABEL: Record<FactorKind, string> = {
  land: 'landArea',
  funds: 'fundsAmount',
  talent: 'headcount',
  energy: 'energyAmount',
  environment: 'environmentAmount',
};

/** The detail field of each factor: land-use type, funding channel, position, or free text. */
function DetailField({ factor }: { factor: FactorKind }) {
  const { t } = useTranslation();
  const landUses = useEnumOptions(LAND_USE_TYPES, LAND_USE_TYPE_LABELS);
  const channels = useEnumOptions(FUNDING_CHANNELS, FUNDING_CHANNEL_LABELS);
  const required = { required: true, message: t('validation.required') };
  switch (factor) {
    case 'land':
      return (
        <Form.Item name="detail" label={t('factors.form.landUse')} rules={[required]}>
          <Select options={landUses} data-testid="factor-detail-select" />
        </Form.Item>
      );
    case 'funds':
      return (
        <Form.Item name="detail" label={t('factors.form.channel')} rules={[required]}>
          <Select options={channels} data-testid="factor-detail-select" />
        </Form.Item>
      );
    case 'talent':
      return (
        <Form.Item name="detail" label={t('factors.form.position')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={100} placeholder={t('factors.form.positionPlaceholder')} data-testid="factor-detail" />
        </Form.Item>
      );
    default: {
      const key = factor === 'energy' ? 'energyDetail' : 'environmentDetail';
      return (
        <Form.Item name="detail" label={t(`factors.form.${key}`)}>
          <Input maxLength={100} placeholder={t(`factors.form.${key}Placeholder`)} data-testid="factor-detail" />
        </Form.Item>
      );
    }
  }
}

/** 提出要素需求 (or change one): per factor its detail and amount, the supplying unit, a note. */
export function FactorRequestModal({ open, onClose, project, request }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateFactorRequest();
  const update = useUpdateFactorRequest();
  const reload = useReloadFactors();
  const applyIssues = useApplyFieldIssues();
  const [error, setError] = useState<unknown>(null);
  const [extra, setExtra] = useState<string[]>([]);
  const kinds = useEnumOptions(FACTOR_KINDS, FACTOR_KIND_LABELS);
  const factor: FactorKind = Form.useWatch('factor', form) ?? request?.factor ?? 'land';
  const editing = Boolean(request);
  const fixedProject = request ? request.project : project;
  const amountMessage =
    factor === 'talent'
      ? t('factors.form.headcountInvalid')
      : t('factors.form.amountInvalid', { decimals: inputDecimals(factor) });

  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    setExtra([]);
    const amount = parseFactorAmount(v.factor, v.amount) ?? '';
    const detail = (v.detail ?? '').trim();
    const note = (v.note ?? '').trim();
    try {
      if (request) {
        await update.mutateAsync({
          id: request.id,
          body: {
            version: request.version,
            detail,
            amount,
            supplierUnitId: v.supplierUnitId ?? null,
            note,
            ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
          },
        });
        void message.success(t('factors.done.updated'));
      } else {
        await create.mutateAsync({
          projectId: fixedProject?.id ?? v.projectId ?? '',
          factor: v.factor,
          detail,
          amount,
          supplierUnitId: v.supplierUnitId ?? null,
          note,
        });
        void message.success(t('factors.done.created'));
      }
      form.resetFields();
      onClose();
    } catch (e) {
      setError(e);
      // The server's amount code speaks of 万元 and its detail code has no text: say both here.
      const issues = serverFieldIssues(e);
      const own = (field: string) => issues.some((i) => i.path[0] === field);
      const others = issues.filter((i) => i.path[0] !== 'amount' && i.path[0] !== 'detail');
      setExtra(applyIssues(form, others, fieldMapper(FIELDS)));
      if (own('amount')) form.setFields([{ name: 'amount', errors: [amountMessage] }]);
      if (own('detail')) form.setFields([{ name: 'detail', errors: [t('validation.required')] }]);
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? t('factors.actions.edit') : t('factors.create')}
      okText={t('common.submit')}
      okButtonProps={{ loading: create.isPending || update.isPending, ...{ 'data-testid': 'factor-request-submit' } }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => {
        setError(null);
        setExtra([]);
        onClose();
      }}
      destroyOnHidden
      width={600}
    >
      <ApiErrorAlert
        error={error}
        extra={extra}
        onReload={() => {
          // Someone else changed the request: read it again and reopen it from the list.
          reload();
          onClose();
        }}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          projectId: fixedProject?.id ?? null,
          factor: request?.factor ?? 'land',
          detail: request ? request.detail : undefined,
          amount: request ? factorAmountInput(request.factor, request.amount) : '',
          supplierUnitId: request?.supplier?.id ?? null,
          note: request?.note ?? '',
        }}
        onValuesChange={(changed: Partial<Values>) => {
          if ('factor' in changed) form.setFieldsValue({ detail: undefined, amount: '' });
        }}
        data-testid="factor-request-form"
      >
        {fixedProject ? (
          <Form.Item label={t('factors.form.project')}>
            <Input value={fixedProject.name} disabled />
          </Form.Item>
        ) : (
          <Form.Item
            name="projectId"
            label={t('factors.form.project')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <ProjectSelect value={null} onChange={() => undefined} />
          </Form.Item>
        )}
        <Form.Item name="factor" label={t('factors.form.factor')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={kinds} disabled={editing} data-testid="factor-kind" />
        </Form.Item>
        <DetailField key={factor} factor={factor} />
        <Form.Item
          name="amount"
          label={t(`factors.form.${AMOUNT_LABEL[factor]}`)}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            {
              validator: async (_, value: string | undefined) => {
                if (!value?.trim()) return;
                const amount = parseFactorAmount(factor, value);
                if (!amount || !/[1-9]/.test(amount)) throw new Error(amountMessage);
              },
            },
          ]}
        >
          <Input inputMode="decimal" maxLength={24} data-testid="factor-amount" />
        </Form.Item>
        <Form.Item name="supplierUnitId" label={t('factors.form.supplier')}>
          <UnitSelect
            knownOptions={request?.supplier ? [{ value: request.supplier.id, label: request.supplier.name }] : []}
            placeholder={t('factors.form.supplierPlaceholder')}
            allowClear
          />
        </Form.Item>
        <Form.Item name="note" label={t('factors.form.note')}>
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('factors.form.notePlaceholder')} />
        </Form.Item>
        {editing ? (
          <Form.Item name="reason" label={t('factors.form.reason')}>
            <Input maxLength={500} placeholder={t('common.reasonPlaceholder')} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

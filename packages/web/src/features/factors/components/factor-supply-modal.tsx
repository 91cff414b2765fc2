import { useState } from 'react';
import { App, Descriptions, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  FACTOR_KIND_LABELS,
  FACTOR_REQUEST_STATUS_LABELS,
  FACTOR_REQUEST_STATUSES,
  type FactorRequestStatus,
} from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { serverFieldIssues } from '../../../lib/form-errors';
import { useEnumLabel, useEnumOptions } from '../../../lib/use-locale';
import type { FactorRequest } from '../api/factors-api';
import { useReloadFactors, useUpdateFactorRequest } from '../hooks/use-factors';
import { factorAmountInput, inputDecimals, parseFactorAmount } from './factor-format';
import { FactorStatusTag, useFactorAmountText, useFactorDetailLabel, useFactorUnitLabel } from './factor-tags';

type Values = { suppliedAmount: string; status: FactorRequestStatus | null; reason: string };

/** 登记保障情况: the supplying unit (or the office) records what was supplied, and may set the status. */
export function FactorSupplyModal({ request, onClose }: { request: FactorRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const enumLabel = useEnumLabel();
  const detailLabel = useFactorDetailLabel();
  const amountText = useFactorAmountText();
  const unitLabel = useFactorUnitLabel();
  const statuses = useEnumOptions(FACTOR_REQUEST_STATUSES, FACTOR_REQUEST_STATUS_LABELS);
  const [form] = Form.useForm<Values>();
  const update = useUpdateFactorRequest();
  const reload = useReloadFactors();
  const [error, setError] = useState<unknown>(null);
  if (!request) return null;
  const r = request;
  const amountMessage =
    r.factor === 'talent'
      ? t('factors.supply.headcountInvalid')
      : t('factors.supply.amountInvalid', { decimals: inputDecimals(r.factor) });

  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    try {
      await update.mutateAsync({
        id: r.id,
        body: {
          version: r.version,
          suppliedAmount: parseFactorAmount(r.factor, v.suppliedAmount) ?? '',
          ...(v.status ? { status: v.status } : {}),
          ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
        },
      });
      void message.success(t('factors.done.supplied'));
      onClose();
    } catch (e) {
      setError(e);
      if (serverFieldIssues(e).some((i) => i.path[0] === 'suppliedAmount'))
        form.setFields([{ name: 'suppliedAmount', errors: [amountMessage] }]);
    }
  };

  return (
    <Modal
      open
      title={t('factors.supply.title')}
      okText={t('common.submit')}
      okButtonProps={{ loading: update.isPending, ...{ 'data-testid': 'factor-supply-submit' } }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <ApiErrorAlert
        error={error}
        onReload={() => {
          // Someone else changed the request: read it again and reopen it from the list.
          reload();
          onClose();
        }}
      />
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'project', label: t('factors.columns.project'), children: r.project.name },
          {
            key: 'factor',
            label: t('factors.columns.factor'),
            children: `${enumLabel(FACTOR_KIND_LABELS, r.factor)} · ${detailLabel(r.factor, r.detail)}`,
          },
          {
            key: 'amount',
            label: t('factors.supply.requested'),
            children: amountText(r.factor, r.unitOfMeasure, r.amount),
          },
          {
            key: 'supplier',
            label: t('factors.columns.supplier'),
            children: r.supplier?.name ?? t('factors.noSupplier'),
          },
          { key: 'status', label: t('factors.columns.status'), children: <FactorStatusTag status={r.status} /> },
          ...(r.note
            ? [
                {
                  key: 'note',
                  label: t('factors.form.note'),
                  children: <span style={{ whiteSpace: 'pre-wrap' }}>{r.note}</span>,
                },
              ]
            : []),
        ]}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ suppliedAmount: factorAmountInput(r.factor, r.suppliedAmount), status: null, reason: '' }}
        data-testid="factor-supply-form"
      >
        <Form.Item
          name="suppliedAmount"
          label={t('factors.withUnit', {
            label: t('factors.supply.suppliedAmount'),
            unit: unitLabel(r.factor, r.unitOfMeasure),
          })}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            {
              validator: async (_, value: string | undefined) => {
                if (value?.trim() && !parseFactorAmount(r.factor, value)) throw new Error(amountMessage);
              },
            },
          ]}
        >
          <Input inputMode="decimal" maxLength={24} data-testid="factor-supplied-amount" />
        </Form.Item>
        <Form.Item
          name="status"
          label={t('factors.supply.status')}
          extra={<Typography.Text type="secondary">{t('factors.supply.statusHint')}</Typography.Text>}
        >
          <Select
            allowClear
            options={statuses}
            placeholder={t('factors.supply.statusAuto')}
            data-testid="factor-supply-status"
          />
        </Form.Item>
        <Form.Item name="reason" label={t('factors.supply.reason')}>
          <Input.TextArea rows={2} maxLength={500} placeholder={t('factors.supply.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { useState } from 'react';
import { App, Button, Card, Checkbox, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FORMALITY_CHAINS, FORMALITY_CHAIN_LABELS, type FormalityChain } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { UnitSelect } from '../../../components/org-selects';
import { fieldMapper, useApplyFieldIssues } from '../../../lib/form-errors';
import { useEnumOptions } from '../../../lib/use-locale';
import type { FormalityTemplate } from '../api/formalities-api';
import { useSaveTemplate } from '../hooks/use-formalities';
import { useFormalityIssues } from '../hooks/use-formality-issues';

type StepValues = {
  code: string;
  name: string;
  approverUnitId: string | null;
  limitWorkingDays: number;
  isConstructionPermit: boolean;
};
type Values = { name: string; appliesTo: FormalityChain; targetWorkingDays: number; steps: StepValues[] };

const CODE = /^[a-z][a-z0-9_]{0,39}$/;

/** The office creates or edits a template: its name, the projects it applies to, the target and the ordered steps. */
export function TemplateEditModal({ template, onClose }: { template: FormalityTemplate | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveTemplate();
  const issuesOf = useFormalityIssues();
  const applyIssues = useApplyFieldIssues();
  const chains = useEnumOptions(FORMALITY_CHAINS, FORMALITY_CHAIN_LABELS);
  const [error, setError] = useState<unknown>(null);
  const [extra, setExtra] = useState<string[]>([]);
  const required = { required: true, whitespace: true, message: t('validation.required') };
  const known = (template?.steps ?? [])
    .filter((s) => s.approverUnit)
    .map((s) => ({ value: s.approverUnit!.id, label: s.approverUnit!.name }));

  const initialValues: Values = template
    ? {
        name: template.name,
        appliesTo: template.appliesTo,
        targetWorkingDays: template.targetWorkingDays,
        steps: template.steps.map((s) => ({
          code: s.code,
          name: s.name,
          approverUnitId: s.approverUnit?.id ?? null,
          limitWorkingDays: s.limitWorkingDays,
          isConstructionPermit: s.isConstructionPermit,
        })),
      }
    : { name: '', appliesTo: 'government_approval', targetWorkingDays: 120, steps: [] };

  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    setExtra([]);
    const body = {
      name: v.name.trim(),
      appliesTo: v.appliesTo,
      targetWorkingDays: v.targetWorkingDays,
      steps: v.steps.map((s) => ({
        code: s.code.trim(),
        name: s.name.trim(),
        approverUnitId: s.approverUnitId ?? null,
        limitWorkingDays: s.limitWorkingDays,
        isConstructionPermit: !!s.isConstructionPermit,
      })),
    };
    try {
      await save.mutateAsync({
        id: template?.id ?? null,
        body: template ? { ...body, version: template.version } : body,
      });
      void message.success(t('formalities.templates.saved'));
      onClose();
    } catch (e) {
      setError(e);
      setExtra(applyIssues(form, issuesOf(e), fieldMapper(['name', 'appliesTo', 'targetWorkingDays', 'steps'])));
    }
  };

  return (
    <Modal
      open
      title={template ? t('formalities.templates.edit') : t('formalities.templates.new')}
      okText={t('common.save')}
      okButtonProps={{ loading: save.isPending, ...{ 'data-testid': 'template-save' } }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
      width={760}
    >
      <ApiErrorAlert error={error} extra={extra} onReload={onClose} />
      <Form<Values> form={form} layout="vertical" initialValues={initialValues}>
        <Flex gap={12} wrap>
          <Form.Item
            name="name"
            label={t('formalities.templates.name')}
            rules={[required, { max: 100 }]}
            style={{ flex: '2 1 240px' }}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="appliesTo" label={t('formalities.templates.appliesTo')} style={{ flex: '1 1 200px' }}>
            <Select options={chains} />
          </Form.Item>
          <Form.Item
            name="targetWorkingDays"
            label={t('formalities.templates.target')}
            rules={[{ required: true, message: t('validation.required') }]}
            style={{ flex: '1 1 140px' }}
          >
            <InputNumber min={1} max={3650} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.List
          name="steps"
          rules={[
            {
              validator: async (_, steps?: unknown[]) =>
                steps?.length ? undefined : Promise.reject(new Error(t('validation.required'))),
            },
          ]}
        >
          {(fields, { add, remove, move }, { errors }) => (
            <Flex vertical gap={8}>
              {fields.map((field, i) => (
                <Card key={field.key} size="small" styles={{ body: { padding: 10 } }}>
                  <Flex gap={8} wrap align="flex-start">
                    <Form.Item
                      name={[field.name, 'name']}
                      label={`${i + 1}. ${t('formalities.templates.stepName')}`}
                      rules={[required, { max: 100 }]}
                      style={{ flex: '2 1 200px', marginBottom: 8 }}
                    >
                      <Input maxLength={100} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'code']}
                      label={t('formalities.templates.code')}
                      tooltip={t('formalities.templates.codeHint')}
                      rules={[required, { pattern: CODE, message: t('formalities.validation.step_code_invalid') }]}
                      style={{ flex: '1 1 160px', marginBottom: 8 }}
                    >
                      <Input maxLength={40} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'approverUnitId']}
                      label={t('formalities.templates.approver')}
                      style={{ flex: '2 1 200px', marginBottom: 8 }}
                    >
                      <UnitSelect knownOptions={known} allowClear />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'limitWorkingDays']}
                      label={t('formalities.templates.limit')}
                      rules={[{ required: true, message: t('validation.required') }]}
                      style={{ flex: '0 1 100px', marginBottom: 8 }}
                    >
                      <InputNumber min={0} max={3650} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Flex>
                  <Flex justify="space-between" align="center" wrap gap={8}>
                    <Form.Item name={[field.name, 'isConstructionPermit']} valuePropName="checked" noStyle>
                      <Checkbox>{t('formalities.templates.permit')}</Checkbox>
                    </Form.Item>
                    <Flex gap={4}>
                      <Button
                        size="small"
                        icon={<ArrowUpOutlined />}
                        aria-label={t('common.moveUp')}
                        disabled={i === 0}
                        onClick={() => move(i, i - 1)}
                      />
                      <Button
                        size="small"
                        icon={<ArrowDownOutlined />}
                        aria-label={t('common.moveDown')}
                        disabled={i === fields.length - 1}
                        onClick={() => move(i, i + 1)}
                      />
                      <Button
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('common.remove')}
                        onClick={() => remove(i)}
                      />
                    </Flex>
                  </Flex>
                </Card>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() =>
                  add({ code: '', name: '', approverUnitId: null, limitWorkingDays: 20, isConstructionPermit: false })
                }
              >
                {t('formalities.templates.addStep')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

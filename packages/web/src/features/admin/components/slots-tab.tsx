import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Input, Select, Space, Switch, Table, Tag } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { SLOT_KINDS, slotsUpdate, type SlotKind, type SlotList } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { LoadError, PageSpin } from '../../../components/page-states';
import { fieldMapper, serverFieldIssues, useApplyFieldIssues, type FieldIssue } from '../../../lib/form-errors';
import { useSlots } from '../../../lib/use-org-lookups';
import { useSaveSlots } from '../hooks/use-admin';

type Row = {
  key: string;
  labelZh: string;
  labelEn: string;
  kind: SlotKind;
  required: boolean;
  multiple: boolean;
  system: boolean;
  /** Added in this session: its key and kind may still be chosen. */
  isNew: boolean;
};
type Values = { slots: Row[]; reason?: string };

const mapPath = fieldMapper(['slots', 'reason']);

function toRows(list: SlotList): Row[] {
  return [...list.slots].sort((a, b) => a.position - b.position).map((s) => ({ ...s, isNew: false }));
}

function SlotsEditor({ list, onReload }: { list: SlotList; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rows: Row[] = Form.useWatch('slots', { form, preserve: true }) ?? toRows(list);
  const applyIssues = useApplyFieldIssues();
  const save = useSaveSlots();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const show = (issues: readonly FieldIssue[]) => setUnplaced(applyIssues(form, issues, mapPath));

  const onFinish = async (v: Values) => {
    setUnplaced([]);
    const parsed = slotsUpdate.safeParse({
      version: list.version,
      reason: v.reason?.trim() || undefined,
      slots: v.slots.map(({ key, labelZh, labelEn, kind, required, multiple }) => ({
        key: key.trim(),
        labelZh,
        labelEn,
        kind,
        required,
        multiple,
      })),
    });
    if (!parsed.success) return show(parsed.error.issues);
    try {
      const saved = await save.mutateAsync(parsed.data);
      form.setFieldsValue({ slots: toRows(saved), reason: '' });
      void message.success(t('admin.slots.saved'));
    } catch (error) {
      show(serverFieldIssues(error));
    }
  };

  const kindOptions = SLOT_KINDS.map((k) => ({ value: k, label: t(`admin.slots.kinds.${k}`) }));

  return (
    <Form<Values> form={form} initialValues={{ slots: toRows(list), reason: '' }} onFinish={(v) => void onFinish(v)}>
      <Alert type="info" showIcon title={t('admin.slots.systemHint')} style={{ marginBottom: 16 }} />
      <ApiErrorAlert error={save.error} extra={unplaced} onReload={onReload} />
      <Form.List name="slots">
        {(fields, { add, remove, move }) => (
          <>
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={fields}
              scroll={{ x: 900 }}
              columns={[
                {
                  title: t('admin.slots.key'),
                  width: 170,
                  render: (_, field) => {
                    const row = rows[field.name];
                    return (
                      <Space size={4}>
                        <Form.Item name={[field.name, 'key']} style={{ marginBottom: 0 }}>
                          <Input disabled={!row?.isNew} maxLength={40} />
                        </Form.Item>
                        {row?.system ? <Tag color="gold">{t('admin.slots.system')}</Tag> : null}
                      </Space>
                    );
                  },
                },
                {
                  title: t('admin.slots.labelZh'),
                  render: (_, field) => (
                    <Form.Item name={[field.name, 'labelZh']} style={{ marginBottom: 0 }}>
                      <Input maxLength={30} />
                    </Form.Item>
                  ),
                },
                {
                  title: t('admin.slots.labelEn'),
                  render: (_, field) => (
                    <Form.Item name={[field.name, 'labelEn']} style={{ marginBottom: 0 }}>
                      <Input maxLength={60} />
                    </Form.Item>
                  ),
                },
                {
                  title: t('admin.slots.kind'),
                  width: 150,
                  render: (_, field) => (
                    <Form.Item name={[field.name, 'kind']} style={{ marginBottom: 0 }}>
                      <Select options={kindOptions} disabled={!rows[field.name]?.isNew} />
                    </Form.Item>
                  ),
                },
                {
                  title: t('admin.slots.required'),
                  width: 80,
                  render: (_, field) => (
                    <Form.Item name={[field.name, 'required']} valuePropName="checked" style={{ marginBottom: 0 }}>
                      <Switch size="small" />
                    </Form.Item>
                  ),
                },
                {
                  title: t('admin.slots.multiple'),
                  width: 90,
                  render: (_, field) => (
                    <Form.Item name={[field.name, 'multiple']} valuePropName="checked" style={{ marginBottom: 0 }}>
                      <Switch size="small" />
                    </Form.Item>
                  ),
                },
                {
                  title: t('common.actions'),
                  width: 130,
                  render: (_, field, index) => (
                    <Space size={0}>
                      <Button
                        type="text"
                        size="small"
                        icon={<ArrowUpOutlined />}
                        aria-label={t('common.moveUp')}
                        disabled={index === 0}
                        onClick={() => move(index, index - 1)}
                      />
                      <Button
                        type="text"
                        size="small"
                        icon={<ArrowDownOutlined />}
                        aria-label={t('common.moveDown')}
                        disabled={index === fields.length - 1}
                        onClick={() => move(index, index + 1)}
                      />
                      <Button
                        type="text"
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('common.remove')}
                        disabled={!!rows[field.name]?.system}
                        onClick={() => remove(field.name)}
                      />
                    </Space>
                  ),
                },
              ]}
            />
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              style={{ marginTop: 12 }}
              disabled={fields.length >= 12}
              onClick={() =>
                add({
                  key: '',
                  labelZh: '',
                  labelEn: '',
                  kind: 'person',
                  required: false,
                  multiple: false,
                  system: false,
                  isNew: true,
                } satisfies Row)
              }
            >
              {t('admin.slots.addSlot')}
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item name="reason" label={t('form.reason')} style={{ marginTop: 16 }}>
        <Input.TextArea rows={2} maxLength={500} placeholder={t('form.reasonPlaceholder')} />
      </Form.Item>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="slots-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}

export function SlotsTab() {
  const slots = useSlots();
  if (slots.isPending) return <PageSpin />;
  if (slots.isError) return <LoadError error={slots.error} onRetry={() => void slots.refetch()} />;
  // Re-mount the editor when the server version changes so a reload shows the fresh configuration.
  return <SlotsEditor key={slots.data.version} list={slots.data} onReload={() => void slots.refetch()} />;
}

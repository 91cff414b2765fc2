import { useMemo, useState } from 'react';
import { App, Form, Input, Modal, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  assignmentsUpdate,
  LEAD_LEADER_SLOT,
  type AssignmentsUpdate,
  type ProjectDetail,
  type SlotList,
} from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { UnitSelect, UserSelect } from '../../../components/org-selects';
import { serverFieldIssues, useApplyFieldIssues } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/use-locale';
import { useUpdateResponsibility } from '../hooks/use-project-mutations';
import { assigneeName, slotLabel, sortedSlots } from './responsibility-panel';

type SlotValue = string | string[] | null | undefined;
type Values = { slots: Record<string, SlotValue>; reason?: string };

type Props = {
  project: ProjectDetail;
  slots: SlotList | undefined;
  open: boolean;
  onClose: () => void;
  onReload: () => void;
};

function asList(value: SlotValue): string[] {
  if (Array.isArray(value)) return value.map((v) => v.trim()).filter(Boolean);
  return value && value.trim() ? [value.trim()] : [];
}

export function ResponsibilityModal({ project, slots, open, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const applyIssues = useApplyFieldIssues();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const mutation = useUpdateResponsibility(project.id);
  const ordered = useMemo(() => sortedSlots(slots), [slots]);

  const initialValues = useMemo<Values>(() => {
    const values: Record<string, SlotValue> = {};
    for (const slot of ordered) {
      const assigned = project.assignments.filter((a) => a.slotKey === slot.key);
      const ids = assigned
        .map((a) => (slot.kind === 'person' ? a.userId : slot.kind === 'unit' ? a.unitId : a.text))
        .filter((v): v is string => !!v);
      values[slot.key] = slot.multiple ? ids : (ids[0] ?? null);
    }
    return { slots: values, reason: '' };
  }, [ordered, project.assignments]);

  const known = (slotKey: string) =>
    project.assignments
      .filter((a) => a.slotKey === slotKey)
      .map((a) => ({ value: a.userId ?? a.unitId ?? '', label: assigneeName(a) }))
      .filter((o) => o.value);

  const submit = async (values: Values) => {
    setUnplaced([]);
    const missing = ordered.filter((s) => s.required && asList(values.slots[s.key]).length === 0);
    if (missing.length > 0) {
      form.setFields(missing.map((s) => ({ name: ['slots', s.key], errors: [t('validation.required')] })));
      return;
    }
    const assignments: AssignmentsUpdate['assignments'] = ordered.flatMap((slot) =>
      asList(values.slots[slot.key]).map((v) =>
        slot.kind === 'person'
          ? { slotKey: slot.key, userId: v }
          : slot.kind === 'unit'
            ? { slotKey: slot.key, unitId: v }
            : { slotKey: slot.key, text: v },
      ),
    );
    const reason = values.reason?.trim();
    const parsed = assignmentsUpdate.safeParse({ version: project.version, reason: reason || undefined, assignments });
    if (!parsed.success) {
      setUnplaced(applyIssues(form, parsed.error.issues, () => null));
      return;
    }
    try {
      await mutation.mutateAsync(parsed.data);
      void message.success(t('detail.assigned'));
      onClose();
    } catch (error) {
      setUnplaced(applyIssues(form, serverFieldIssues(error), () => null));
    }
  };

  return (
    <Modal
      open={open}
      title={t('detail.assignTitle')}
      width={640}
      okText={t('common.save')}
      okButtonProps={{ loading: mutation.isPending }}
      onOk={() => form.submit()}
      onCancel={() => {
        mutation.reset();
        setUnplaced([]);
        onClose();
      }}
      destroyOnHidden
    >
      <ApiErrorAlert
        error={mutation.error}
        extra={unplaced}
        onReload={() => {
          mutation.reset();
          onReload();
          onClose();
        }}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => void submit(v)}
        preserve={false}
      >
        {ordered.map((slot) => (
          <Form.Item
            key={slot.key}
            name={['slots', slot.key]}
            required={slot.required}
            label={
              <Space size={4}>
                <span>{slotLabel(slot, locale)}</span>
                {slot.multiple ? <Tag>{t('detail.multiple')}</Tag> : null}
              </Space>
            }
          >
            {slot.kind === 'person' ? (
              <UserSelect
                multiple={slot.multiple}
                role={slot.key === LEAD_LEADER_SLOT ? 'leader' : undefined}
                knownOptions={known(slot.key)}
              />
            ) : slot.kind === 'unit' ? (
              <UnitSelect multiple={slot.multiple} knownOptions={known(slot.key)} />
            ) : slot.multiple ? (
              <Select mode="tags" placeholder={t('detail.documentPlaceholder')} open={false} />
            ) : (
              <Input.TextArea rows={2} maxLength={500} placeholder={t('detail.documentPlaceholder')} />
            )}
          </Form.Item>
        ))}
        <Form.Item name="reason" label={t('form.reason')}>
          <Input.TextArea rows={2} maxLength={500} placeholder={t('form.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

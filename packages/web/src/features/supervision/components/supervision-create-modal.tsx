import { useCallback } from 'react';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SUPERVISION_SOURCE_LABELS, SUPERVISION_SOURCES, type SupervisionSource } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { UnitSelect } from '../../../components/org-selects';
import { RemoteSelect, type SelectOption } from '../../../components/remote-select';
import { DATE_FORMAT, DISTRICT_TZ } from '../../../lib/format';
import { fetchProjectOptions, progressKeys } from '../../../lib/progress-api';
import { useEnumOptions } from '../../../lib/use-locale';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useCreateSupervisionItem } from '../hooks/use-supervision';

type Values = {
  source: SupervisionSource;
  title: string;
  requirement: string;
  assigneeUnitId: string | null;
  dueDate: Dayjs | null;
  projectId: string | null;
};

const FIELDS = ['source', 'title', 'requirement', 'assigneeUnitId', 'dueDate', 'projectId'];

// A meeting decision (议定事项) is made into an item from its meeting, which names it (sourceId);
// here the office records the other sources.
const SOURCES_HERE = SUPERVISION_SOURCES.filter((s) => s !== 'meeting_decision');

/** 新建督办事项: source, title, requirement, assignee unit, due date and, optionally, the project. */
export function SupervisionCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateSupervisionItem();
  const { error, extra, clear, submit: send } = useFormSubmit(form, FIELDS);
  const sources = useEnumOptions(SOURCES_HERE, SUPERVISION_SOURCE_LABELS);
  const required = { required: true, message: t('validation.required') };
  const today = dayjs().tz(DISTRICT_TZ).format(DATE_FORMAT);

  const submit = async () => {
    await send(async (v) => {
      const created = await create.mutateAsync({
        source: v.source,
        title: v.title.trim(),
        requirement: (v.requirement ?? '').trim(),
        assigneeUnitId: v.assigneeUnitId ?? '',
        dueDate: v.dueDate?.format(DATE_FORMAT) ?? '',
        projectId: v.projectId ?? null,
      });
      void message.success(t('supervision.done.created'));
      form.resetFields();
      onClose();
      void navigate(`/supervision/${created.id}`);
    });
  };

  return (
    <Modal
      open={open}
      title={t('supervision.create')}
      okText={t('common.submit')}
      okButtonProps={{ loading: create.isPending, ...{ 'data-testid': 'supervision-create-submit' } }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => {
        clear();
        onClose();
      }}
      destroyOnHidden
      width={640}
    >
      <ApiErrorAlert error={error} extra={extra} />
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ source: 'leader', requirement: '', projectId: null, assigneeUnitId: null, dueDate: null }}
      >
        <Form.Item
          name="source"
          label={t('supervision.form.source')}
          rules={[required]}
          extra={t('supervision.form.meetingOnlyFromMeetings')}
        >
          <Select options={sources} data-testid="supervision-source" />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('supervision.form.title')}
          rules={[
            { ...required, whitespace: true },
            { min: 2, message: t('validation.too_small') },
          ]}
        >
          <Input
            maxLength={200}
            showCount
            placeholder={t('supervision.form.titlePlaceholder')}
            data-testid="supervision-title-input"
          />
        </Form.Item>
        <Form.Item name="requirement" label={t('supervision.form.requirement')}>
          <Input.TextArea
            rows={4}
            maxLength={4000}
            showCount
            placeholder={t('supervision.form.requirementPlaceholder')}
            data-testid="supervision-requirement-input"
          />
        </Form.Item>
        <Form.Item name="assigneeUnitId" label={t('supervision.form.assignee')} rules={[required]}>
          <UnitSelect />
        </Form.Item>
        <Form.Item name="dueDate" label={t('supervision.form.dueDate')} rules={[required]}>
          <DatePicker
            style={{ width: '100%' }}
            format={DATE_FORMAT}
            disabledDate={(d: Dayjs) => d.format(DATE_FORMAT) < today}
            data-testid="supervision-due-input"
          />
        </Form.Item>
        <Form.Item name="projectId" label={t('supervision.form.project')}>
          <ProjectSelectOptional />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The projects the user can see, searched by name or code; may stay empty. */
function ProjectSelectOptional({ value, onChange }: { value?: string | null; onChange?: (v: string | null) => void }) {
  const { t } = useTranslation();
  const queryKey = useCallback((q: string) => progressKeys.projectOptions(q, 20), []);
  const fetchOptions = useCallback(async (q: string, signal: AbortSignal): Promise<SelectOption[]> => {
    const list = await fetchProjectOptions(q, 20, signal);
    return list.items.map((p) => ({ value: p.id, label: p.code ? `${p.name}（${p.code}）` : p.name }));
  }, []);
  return (
    <RemoteSelect
      value={value ?? null}
      onChange={(v) => onChange?.(typeof v === 'string' ? v : null)}
      queryKey={queryKey}
      fetchOptions={fetchOptions}
      placeholder={t('progress.searchProject')}
      allowClear
    />
  );
}

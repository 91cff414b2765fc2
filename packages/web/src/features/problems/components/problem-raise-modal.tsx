import { useState } from 'react';
import { App, Button, Form, Input, Modal, Radio, Select, Upload, type UploadFile } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  DOCUMENT_EXTENSIONS,
  MAX_FILES_PER_OWNER,
  PROBLEM_CATEGORIES,
  PROBLEM_CATEGORY_LABELS,
  PROBLEM_URGENCIES,
  PROBLEM_URGENCY_LABELS,
  type ProblemCategory,
  type ProblemUrgency,
} from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { explainAttachmentError } from '../../../components/attachments/attachment-errors';
import { uploadAttachments } from '../../../components/attachments/attachments-api';
import { ProjectSelect } from '../../../components/project-select';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useEnumOptions } from '../../../lib/use-locale';
import { useRaiseProblem } from '../hooks/use-problems';

type Values = {
  projectId: string | null;
  category: ProblemCategory;
  title: string;
  description: string;
  helpNeeded: string;
  urgency: ProblemUrgency;
};

type Props = {
  open: boolean;
  onClose: () => void;
  /** Raised from a project page: the project is fixed. */
  project?: { id: string; name: string };
};

const FIELDS = ['projectId', 'category', 'title', 'description', 'helpNeeded', 'urgency'];

/** 提出问题: category, title, description, the help needed and the urgency. */
export function ProblemRaiseModal({ open, onClose, project }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const raise = useRaiseProblem();
  const { error, extra, clear, submit: send } = useFormSubmit(form, FIELDS);
  // Files picked before the problem exists: uploaded to it once it is raised.
  const [pending, setPending] = useState<UploadFile[]>([]);
  const categories = useEnumOptions(PROBLEM_CATEGORIES, PROBLEM_CATEGORY_LABELS);
  const urgencies = useEnumOptions(PROBLEM_URGENCIES, PROBLEM_URGENCY_LABELS);
  const required = { required: true, whitespace: true, message: t('validation.required') };

  const submit = async () => {
    await send(async (v) => {
      const created = await raise.mutateAsync({
        projectId: project?.id ?? v.projectId ?? '',
        category: v.category,
        title: v.title.trim(),
        description: v.description.trim(),
        helpNeeded: (v.helpNeeded ?? '').trim(),
        urgency: v.urgency,
      });
      void message.success(t('problems.done.raised'));
      const files = pending.map((f) => f.originFileObj).filter((f): f is NonNullable<typeof f> => !!f);
      if (files.length > 0) {
        try {
          await uploadAttachments({ kind: 'problem', id: created.id }, files);
        } catch (e) {
          const limits = { size: '', limit: MAX_FILES_PER_OWNER, left: MAX_FILES_PER_OWNER };
          const reason = explainAttachmentError(t, e, limits);
          void message.warning(t('attachments.raisedUploadFailed', { reason }), 8);
        }
      }
      setPending([]);
      form.resetFields();
      onClose();
      void navigate(`/problems/${created.id}`);
    });
  };

  return (
    <Modal
      open={open}
      title={t('problems.raise')}
      okText={t('common.submit')}
      okButtonProps={{ loading: raise.isPending, ...{ 'data-testid': 'problem-raise-submit' } }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => {
        clear();
        setPending([]);
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
        initialValues={{ urgency: 'normal', helpNeeded: '', projectId: project?.id ?? null }}
        data-testid="problem-raise-form"
      >
        {project ? (
          <Form.Item label={t('problems.form.project')}>
            <Input value={project.name} disabled />
          </Form.Item>
        ) : (
          <Form.Item name="projectId" label={t('problems.form.project')} rules={[required]}>
            <ProjectSelect value={null} onChange={() => undefined} />
          </Form.Item>
        )}
        <Form.Item name="category" label={t('problems.form.category')} rules={[{ ...required, whitespace: false }]}>
          <Select options={categories} data-testid="problem-category" />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('problems.form.title')}
          rules={[required, { min: 2, message: t('validation.too_small') }]}
        >
          <Input
            maxLength={100}
            showCount
            placeholder={t('problems.form.titlePlaceholder')}
            data-testid="problem-title-input"
          />
        </Form.Item>
        <Form.Item name="description" label={t('problems.form.description')} rules={[required]}>
          <Input.TextArea
            rows={4}
            maxLength={4000}
            showCount
            placeholder={t('problems.form.descriptionPlaceholder')}
            data-testid="problem-description-input"
          />
        </Form.Item>
        <Form.Item name="helpNeeded" label={t('problems.form.helpNeeded')}>
          <Input.TextArea
            rows={3}
            maxLength={2000}
            showCount
            placeholder={t('problems.form.helpNeededPlaceholder')}
            data-testid="problem-help-input"
          />
        </Form.Item>
        <Form.Item name="urgency" label={t('problems.form.urgency')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={urgencies} data-testid="problem-urgency" />
        </Form.Item>
        <Form.Item label={t('attachments.pendingFiles')} extra={t('attachments.pendingHint')}>
          <Upload
            multiple
            accept={DOCUMENT_EXTENSIONS.join(',')}
            fileList={pending}
            beforeUpload={(file) => {
              setPending((list) => [...list, { uid: file.uid, name: file.name, size: file.size, originFileObj: file }]);
              return false;
            }}
            onRemove={(file) => setPending((list) => list.filter((f) => f.uid !== file.uid))}
          >
            <Button icon={<PaperClipOutlined />} data-testid="problem-raise-files">
              {t('attachments.pick')}
            </Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}

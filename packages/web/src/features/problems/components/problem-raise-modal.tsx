import { useState } from 'react';
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  PROBLEM_CATEGORIES,
  PROBLEM_CATEGORY_LABELS,
  PROBLEM_URGENCIES,
  PROBLEM_URGENCY_LABELS,
  type ProblemCategory,
  type ProblemUrgency,
} from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { ProjectSelect } from '../../../components/project-select';
import { fieldMapper, serverFieldIssues, useApplyFieldIssues } from '../../../lib/form-errors';
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
  const applyIssues = useApplyFieldIssues();
  const [error, setError] = useState<unknown>(null);
  const [extra, setExtra] = useState<string[]>([]);
  const categories = useEnumOptions(PROBLEM_CATEGORIES, PROBLEM_CATEGORY_LABELS);
  const urgencies = useEnumOptions(PROBLEM_URGENCIES, PROBLEM_URGENCY_LABELS);
  const required = { required: true, whitespace: true, message: t('validation.required') };

  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    setExtra([]);
    try {
      const created = await raise.mutateAsync({
        projectId: project?.id ?? v.projectId ?? '',
        category: v.category,
        title: v.title.trim(),
        description: v.description.trim(),
        helpNeeded: (v.helpNeeded ?? '').trim(),
        urgency: v.urgency,
      });
      void message.success(t('problems.done.raised'));
      form.resetFields();
      onClose();
      void navigate(`/problems/${created.id}`);
    } catch (e) {
      setError(e);
      setExtra(applyIssues(form, serverFieldIssues(e), fieldMapper(FIELDS)));
    }
  };

  return (
    <Modal
      open={open}
      title={t('problems.raise')}
      okText={t('common.submit')}
      okButtonProps={{ loading: raise.isPending, ...{ 'data-testid': 'problem-raise-submit' } }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => {
        setError(null);
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
      </Form>
    </Modal>
  );
}

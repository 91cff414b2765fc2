import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { projectCreate, projectUpdate, type ProjectDetail, type ProjectUpdate } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { ForbiddenResult, LoadError, PageSpin } from '../../../components/page-states';
import { serverFieldIssues, useApplyFieldIssues, type FieldIssue, type PathMapper } from '../../../lib/form-errors';
import { useCreateProject, useUpdateProject } from '../hooks/use-project-mutations';
import { useProject } from '../hooks/use-projects';
import { ProjectFormFields } from './project-form-fields';
import {
  changedKeys,
  EMPTY_FORM,
  FORM_FIELDS,
  formFieldOf,
  PAYLOAD_KEYS,
  toPayload,
  valuesFromProject,
  type PayloadKey,
  type ProjectFormValues,
} from './project-form-model';

const mapPath: PathMapper = (path) => {
  const head = path[0];
  if (typeof head !== 'string') return null;
  const name = formFieldOf(head);
  return FORM_FIELDS.includes(name) ? [name] : null;
};

type FormProps = {
  project: ProjectDetail | null;
  onReload?: () => Promise<ProjectDetail | undefined>;
};

function ProjectForm({ project, onReload }: FormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ProjectFormValues>();
  const applyIssues = useApplyFieldIssues();
  const create = useCreateProject();
  const update = useUpdateProject(project?.id ?? '');
  const mutation = project ? update : create;
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const stage = Form.useWatch('stage', form);

  const editFields = project?.permissions.editFields ?? null;
  const mayEdit = (key: string) =>
    !editFields || editFields.includes(key) || (key === 'tagIds' && editFields.includes('tags'));
  const editableFormField = (name: string) =>
    name === 'reason' || mayEdit(name === 'totalInvestmentWan' ? 'totalInvestment' : name);
  const restricted = !!project && PAYLOAD_KEYS.some((k) => !mayEdit(k));

  const show = (issues: readonly FieldIssue[]) => setUnplaced(applyIssues(form, issues, mapPath));

  const onFinish = async (values: ProjectFormValues) => {
    setUnplaced([]);
    mutation.reset();
    const { payload, issues } = toPayload(values);

    if (!project) {
      const parsed = projectCreate.safeParse(payload);
      const all = [...issues, ...(parsed.success ? [] : parsed.error.issues)];
      if (all.length > 0 || !parsed.success) return show(all);
      try {
        const created = await create.mutateAsync(parsed.data);
        void message.success(t('form.created'));
        void navigate(`/projects/${created.id}`, { replace: true });
      } catch (error) {
        show(serverFieldIssues(error));
      }
      return;
    }

    // The whole form is checked so that cross-field rules see both ends; only changes are sent.
    const full = projectUpdate.safeParse({ ...payload, version: project.version });
    const codeIssue =
      payload.stage !== 'reserve' && !payload.code && (payload.stage !== project.stage || payload.code !== project.code)
        ? [{ path: ['code'], message: 'project_code_required' }]
        : [];
    const all = [...issues, ...codeIssue, ...(full.success ? [] : full.error.issues)];
    const relevant = all.filter((i) => typeof i.path[0] !== 'string' || mayEdit(i.path[0]));
    if (relevant.length > 0) return show(relevant);

    const before = toPayload(valuesFromProject(project)).payload;
    const keys = changedKeys(before, payload, (k: PayloadKey) => mayEdit(k));
    const reason = values.reason?.trim();
    if (keys.length === 0) {
      void message.info(t('form.noChanges'));
      return;
    }
    const body: Record<string, unknown> = { version: project.version };
    if (reason) body.reason = reason;
    for (const k of keys) body[k] = payload[k];
    const parsed = projectUpdate.safeParse(body);
    if (!parsed.success) return show(parsed.error.issues);
    try {
      await update.mutateAsync(parsed.data satisfies ProjectUpdate);
      void message.success(t('form.saved'));
      void navigate(`/projects/${project.id}`, { replace: true });
    } catch (error) {
      show(serverFieldIssues(error));
    }
  };

  const reload = async () => {
    const fresh = await onReload?.();
    mutation.reset();
    setUnplaced([]);
    if (fresh) form.setFieldsValue(valuesFromProject(fresh));
  };

  return (
    <Form<ProjectFormValues>
      form={form}
      layout="vertical"
      initialValues={project ? valuesFromProject(project) : EMPTY_FORM}
      onFinish={(v) => void onFinish(v)}
      scrollToFirstError
    >
      {restricted ? <Alert type="info" showIcon title={t('form.restricted')} style={{ marginBottom: 16 }} /> : null}
      <ApiErrorAlert error={mutation.error} extra={unplaced} onReload={project ? () => void reload() : undefined} />
      <ProjectFormFields
        editable={editableFormField}
        isEdit={!!project}
        owner={project?.owner ?? null}
        codeRequired={(stage ?? project?.stage) !== undefined && (stage ?? project?.stage) !== 'reserve'}
      />
      <Flex justify="flex-end">
        <Space>
          <Button onClick={() => void navigate(project ? `/projects/${project.id}` : '/projects')}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={mutation.isPending} data-testid="project-form-submit">
            {project ? t('form.submitEdit') : t('form.submitCreate')}
          </Button>
        </Space>
      </Flex>
    </Form>
  );
}

export function ProjectCreatePage() {
  const { t } = useTranslation();
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('form.createTitle')}
      </Typography.Title>
      <ProjectForm project={null} />
    </Card>
  );
}

export function ProjectEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const project = useProject(id);
  if (project.isPending) return <PageSpin />;
  if (project.isError) return <LoadError error={project.error} onRetry={() => void project.refetch()} />;
  const p = project.data;
  if (!p.permissions.edit) return <ForbiddenResult />;
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('form.editTitle')} · {p.name}
      </Typography.Title>
      <ProjectForm project={p} onReload={async () => (await project.refetch()).data} />
    </Card>
  );
}

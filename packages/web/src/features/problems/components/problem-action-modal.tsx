import { App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  PROBLEM_CATEGORIES,
  PROBLEM_CATEGORY_LABELS,
  PROBLEM_URGENCIES,
  PROBLEM_URGENCY_LABELS,
  type ProblemAction,
} from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { UnitSelect } from '../../../components/org-selects';
import { DATE_FORMAT, DISTRICT_TZ } from '../../../lib/format';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useEnumOptions } from '../../../lib/use-locale';
import type { ProblemDetail } from '../api/problems-api';
import { useProblemAction } from '../hooks/use-problems';

/** The actions that ask for something in a dialog; the meeting flags go straight to the server. */
export type ModalAction = Exclude<ProblemAction, 'flag_for_meeting' | 'unflag_for_meeting'>;

type Values = {
  leadUnitId?: string | null;
  helperUnitIds?: string[];
  dueDate?: Dayjs | null;
  note?: string;
  reason?: string;
  category?: string;
  title?: string;
  description?: string;
  helpNeeded?: string;
  urgency?: string;
};

type Props = {
  problem: ProblemDetail;
  action: ModalAction | null;
  onClose: () => void;
  onReload: () => void;
};

const FIELDS = [
  'leadUnitId',
  'helperUnitIds',
  'dueDate',
  'note',
  'reason',
  'category',
  'title',
  'description',
  'helpNeeded',
  'urgency',
];

function bodyOf(action: ModalAction, v: Values, version: number): unknown {
  const note = (v.note ?? '').trim();
  switch (action) {
    case 'assign':
      return {
        version,
        leadUnitId: v.leadUnitId,
        helperUnitIds: v.helperUnitIds ?? [],
        dueDate: v.dueDate?.format(DATE_FORMAT),
        note,
      };
    case 'reopen':
      return { version, reason: (v.reason ?? '').trim() };
    case 'comment':
      return { note };
    case 'edit':
      return {
        version,
        category: v.category,
        title: v.title?.trim(),
        description: v.description?.trim(),
        helpNeeded: (v.helpNeeded ?? '').trim(),
        urgency: v.urgency,
        ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
      };
    default:
      return { version, note };
  }
}

/** One dialog for the actions with input: assign (交办), progress, solve, close (销号), reopen, comment, edit. */
export function ProblemActionModal({ problem, action, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const act = useProblemAction(problem.id);
  const { error, extra, clear, submit: send } = useFormSubmit(form, FIELDS);
  const categories = useEnumOptions(PROBLEM_CATEGORIES, PROBLEM_CATEGORY_LABELS);
  const urgencies = useEnumOptions(PROBLEM_URGENCIES, PROBLEM_URGENCY_LABELS);
  const required = { required: true, whitespace: true, message: t('validation.required') };
  const today = dayjs().tz(DISTRICT_TZ).format(DATE_FORMAT);

  const close = () => {
    clear();
    onClose();
  };

  const submit = async () => {
    if (!action) return;
    await send(async (v) => {
      await act.mutateAsync({ action, body: bodyOf(action, v, problem.version) });
      void message.success(t(`problems.done.${action}`));
      close();
    });
  };

  const reassign = action === 'assign' && !!problem.leadUnit;
  const title = action ? (reassign ? t('problems.actions.reassign') : t(`problems.actions.${action}`)) : '';
  const initialValues: Values =
    action === 'assign'
      ? {
          leadUnitId: problem.leadUnit?.id ?? null,
          helperUnitIds: problem.helperUnits.map((u) => u.id),
          dueDate: problem.dueDate ? dayjs(problem.dueDate) : null,
          note: '',
        }
      : action === 'edit'
        ? {
            category: problem.category,
            title: problem.title,
            description: problem.description,
            helpNeeded: problem.helpNeeded,
            urgency: problem.urgency,
          }
        : { note: '' };
  const noteLabel =
    action === 'progress'
      ? t('problems.form.progressNote')
      : action === 'solve'
        ? t('problems.form.solveNote')
        : action === 'close'
          ? t('problems.form.closeNote')
          : action === 'comment'
            ? t('problems.form.commentNote')
            : t('problems.form.note');
  const noteRequired = action === 'progress' || action === 'solve' || action === 'comment';
  const knownUnits = [...(problem.leadUnit ? [problem.leadUnit] : []), ...problem.helperUnits].map((u) => ({
    value: u.id,
    label: u.name,
  }));

  return (
    <Modal
      open={action !== null}
      title={title}
      okText={title}
      okButtonProps={{
        loading: act.isPending,
        danger: action === 'reopen',
        ...{ 'data-testid': 'problem-action-submit' },
      }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={close}
      destroyOnHidden
      width={560}
    >
      {action === 'close' ? <p>{t('problems.form.closeConfirm')}</p> : null}
      <ApiErrorAlert
        error={error}
        extra={extra}
        onReload={() => {
          close();
          onReload();
        }}
      />
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={initialValues}>
        {action === 'assign' ? (
          <>
            <Form.Item
              name="leadUnitId"
              label={t('problems.form.leadUnit')}
              rules={[{ required: true, message: t('validation.required') }]}
              data-testid="assign-lead-unit"
            >
              <UnitSelect knownOptions={knownUnits} />
            </Form.Item>
            <Form.Item
              name="helperUnitIds"
              label={t('problems.form.helperUnits')}
              dependencies={['leadUnitId']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value: string[] | undefined) =>
                    value?.includes(getFieldValue('leadUnitId') as string)
                      ? Promise.reject(new Error(t('problems.form.helperIsLead')))
                      : Promise.resolve(),
                }),
              ]}
              data-testid="assign-helper-units"
            >
              <UnitSelect multiple knownOptions={knownUnits} />
            </Form.Item>
            <Form.Item
              name="dueDate"
              label={t('problems.form.dueDate')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <DatePicker
                style={{ width: '100%' }}
                format={DATE_FORMAT}
                disabledDate={(d: Dayjs) => d.format(DATE_FORMAT) < today}
                data-testid="assign-due-date"
              />
            </Form.Item>
          </>
        ) : null}
        {action === 'edit' ? (
          <>
            <Form.Item name="category" label={t('problems.form.category')} rules={[{ required: true }]}>
              <Select options={categories} />
            </Form.Item>
            <Form.Item name="title" label={t('problems.form.title')} rules={[required]}>
              <Input maxLength={100} showCount />
            </Form.Item>
            <Form.Item name="description" label={t('problems.form.description')} rules={[required]}>
              <Input.TextArea rows={4} maxLength={4000} showCount />
            </Form.Item>
            <Form.Item name="helpNeeded" label={t('problems.form.helpNeeded')}>
              <Input.TextArea rows={3} maxLength={2000} showCount />
            </Form.Item>
            <Form.Item name="urgency" label={t('problems.form.urgency')}>
              <Radio.Group optionType="button" options={urgencies} />
            </Form.Item>
            <Form.Item name="reason" label={t('problems.form.editReason')}>
              <Input maxLength={500} />
            </Form.Item>
          </>
        ) : null}
        {action === 'reopen' ? (
          <Form.Item name="reason" label={t('problems.form.reason')} rules={[required, { max: 500 }]}>
            <Input.TextArea rows={3} maxLength={500} showCount data-testid="problem-reason-input" />
          </Form.Item>
        ) : null}
        {action !== null && action !== 'edit' && action !== 'reopen' ? (
          <Form.Item name="note" label={noteLabel} rules={noteRequired ? [required] : []}>
            <Input.TextArea rows={3} maxLength={2000} showCount data-testid="problem-note-input" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

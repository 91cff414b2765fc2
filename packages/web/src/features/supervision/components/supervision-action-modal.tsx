import { App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SupervisionAction } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { DATE_FORMAT, DISTRICT_TZ } from '../../../lib/format';
import { useFormSubmit } from '../../../lib/use-form-submit';
import type { SupervisionDetail } from '../api/supervision-api';
import { useSupervisionAction } from '../hooks/use-supervision';

type Values = { text?: string; note?: string; reason?: string; title?: string; requirement?: string; dueDate?: Dayjs };

type Props = {
  item: SupervisionDetail;
  action: SupervisionAction | null;
  onClose: () => void;
  onReload: () => void;
};

const FIELDS = ['text', 'note', 'reason', 'title', 'requirement', 'dueDate'];

/** The request of an action: a step's body, or the changed fields of an edit (a moved due date with its reason). */
function inputOf(action: SupervisionAction, v: Values, item: SupervisionDetail) {
  const version = item.version;
  switch (action) {
    case 'report':
      return { action, body: { version, text: (v.text ?? '').trim() } } as const;
    case 'accept':
      return { action, body: { version, note: (v.note ?? '').trim() } } as const;
    case 'return':
    case 'reopen':
      return { action, body: { version, reason: (v.reason ?? '').trim() } } as const;
    case 'edit': {
      const due = v.dueDate?.format(DATE_FORMAT);
      const moved = due !== undefined && due !== item.dueDate;
      return {
        action,
        body: {
          version,
          title: v.title?.trim(),
          requirement: (v.requirement ?? '').trim(),
          ...(moved ? { dueDate: due, reason: (v.reason ?? '').trim() } : {}),
        },
      } as const;
    }
  }
}

/** One dialog for every action: report (反馈), accept, return and reopen with a reason, edit. */
export function SupervisionActionModal({ item, action, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const act = useSupervisionAction(item.id);
  const { error, extra, clear, submit: send } = useFormSubmit(form, FIELDS);
  const dueDate = Form.useWatch('dueDate', form);
  const required = { required: true, whitespace: true, message: t('validation.required') };
  const today = dayjs().tz(DISTRICT_TZ).format(DATE_FORMAT);
  const dueMoved = action === 'edit' && !!dueDate && dueDate.format(DATE_FORMAT) !== item.dueDate;

  const close = () => {
    clear();
    onClose();
  };

  const submit = async () => {
    if (!action) return;
    await send(async (v) => {
      await act.mutateAsync(inputOf(action, v, item));
      void message.success(t(`supervision.done.${action}`));
      close();
    });
  };

  const title = action ? t(`supervision.actions.${action}`) : '';
  const initialValues: Values =
    action === 'edit' ? { title: item.title, requirement: item.requirement, dueDate: dayjs(item.dueDate) } : {};

  return (
    <Modal
      open={action !== null}
      title={title}
      okText={title}
      okButtonProps={{
        loading: act.isPending,
        danger: action === 'return' || action === 'reopen',
        ...{ 'data-testid': 'supervision-action-submit' },
      }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={close}
      destroyOnHidden
      width={560}
    >
      {action === 'accept' ? <p>{t('supervision.form.acceptConfirm')}</p> : null}
      <ApiErrorAlert
        error={error}
        extra={extra}
        onReload={() => {
          close();
          onReload();
        }}
      />
      <Form<Values> form={form} layout="vertical" preserve={false} initialValues={initialValues}>
        {action === 'report' ? (
          <Form.Item name="text" label={t('supervision.form.reportText')} rules={[required]}>
            <Input.TextArea
              rows={5}
              maxLength={4000}
              showCount
              placeholder={t('supervision.form.reportPlaceholder')}
              data-testid="supervision-text-input"
            />
          </Form.Item>
        ) : null}
        {action === 'accept' ? (
          <Form.Item name="note" label={t('supervision.form.acceptNote')}>
            <Input.TextArea rows={3} maxLength={1000} showCount data-testid="supervision-note-input" />
          </Form.Item>
        ) : null}
        {action === 'return' || action === 'reopen' ? (
          <Form.Item
            name="reason"
            label={action === 'return' ? t('supervision.form.returnReason') : t('supervision.form.reopenReason')}
            rules={[required, { max: 500, message: t('validation.too_big') }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount data-testid="supervision-reason-input" />
          </Form.Item>
        ) : null}
        {action === 'edit' ? (
          <>
            <Form.Item
              name="title"
              label={t('supervision.form.title')}
              rules={[required, { min: 2, message: t('validation.too_small') }]}
            >
              <Input maxLength={200} showCount />
            </Form.Item>
            <Form.Item name="requirement" label={t('supervision.form.requirement')}>
              <Input.TextArea rows={4} maxLength={4000} showCount />
            </Form.Item>
            <Form.Item
              name="dueDate"
              label={t('supervision.form.dueDate')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <DatePicker
                style={{ width: '100%' }}
                format={DATE_FORMAT}
                allowClear={false}
                disabledDate={(d: Dayjs) => d.format(DATE_FORMAT) < today}
              />
            </Form.Item>
            {dueMoved ? (
              <Form.Item
                name="reason"
                label={t('supervision.form.editReason')}
                extra={t('supervision.form.editReasonHint')}
                rules={[required, { max: 500, message: t('validation.too_big') }]}
              >
                <Input.TextArea rows={2} maxLength={500} showCount data-testid="supervision-reason-input" />
              </Form.Item>
            ) : null}
          </>
        ) : null}
      </Form>
    </Modal>
  );
}

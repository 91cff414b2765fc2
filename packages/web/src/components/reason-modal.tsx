import { useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from './api-error-alert';

type Props = {
  open: boolean;
  title: string;
  hint?: string;
  okText?: string;
  danger?: boolean;
  /** Rejects with the API error to keep the modal open and show it. */
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
  onReload?: () => void;
};

/** Asks for the required reason of a change (archive, restore…) before doing it. */
export function ReasonModal({ open, title, hint, okText, danger, onSubmit, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const { reason } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(reason.trim());
      form.resetFields();
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger, loading: busy, ...{ 'data-testid': 'reason-submit' } }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
    >
      {hint ? <p>{hint}</p> : null}
      <ApiErrorAlert error={error} onReload={onReload} />
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label={t('common.reason')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: 500, message: t('validation.too_big') },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder={t('common.reasonPlaceholder')}
            data-testid="reason-input"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

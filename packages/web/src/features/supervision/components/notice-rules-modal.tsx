import { useEffect } from 'react';
import { App, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useDescribeError } from '../../../lib/error-messages';
import { useNoticeRules, useSaveNoticeRules } from '../hooks/use-notice-rules';

type Values = { blueWithinDays: number; reason?: string };

/** 提醒设置: how many days before the due date an item turns blue (the supervision office's). */
export function NoticeRulesModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const rules = useNoticeRules(open);
  const save = useSaveNoticeRules();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (open && rules.data) form.setFieldsValue({ blueWithinDays: rules.data.rules.blueWithinDays, reason: '' });
  }, [open, rules.data, form]);

  const onOk = async () => {
    const v = await form.validateFields();
    try {
      await save.mutateAsync({
        version: rules.data?.version ?? 0,
        rules: { blueWithinDays: v.blueWithinDays },
        reason: v.reason?.trim() || undefined,
      });
      void message.success(t('noticeRules.saved'));
      onClose();
    } catch (error) {
      void message.error(describe(error));
    }
  };

  return (
    <Modal
      open={open}
      title={t('noticeRules.title')}
      onCancel={onClose}
      onOk={() => void onOk()}
      okText={t('noticeRules.save')}
      confirmLoading={save.isPending}
      okButtonProps={{ disabled: !rules.data, 'data-testid': 'notice-rules-save' }}
      destroyOnHidden
    >
      {rules.isError ? <ApiErrorAlert error={rules.error} /> : null}
      <Typography.Paragraph type="secondary">{t('noticeRules.explain')}</Typography.Paragraph>
      <Form form={form} layout="vertical" disabled={!rules.data}>
        <Form.Item
          name="blueWithinDays"
          label={t('noticeRules.blueWithinDays')}
          rules={[{ required: true, type: 'integer', min: 0, max: 60, message: t('noticeRules.range') }]}
        >
          <InputNumber min={0} max={60} precision={0} addonAfter={t('noticeRules.days')} />
        </Form.Item>
        <Form.Item name="reason" label={t('noticeRules.reason')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

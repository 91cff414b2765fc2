import { useState } from 'react';
import { App, Checkbox, Form, Input, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CHANNEL_KINDS,
  NOTIFICATION_KINDS,
  SIGNED_CHANNEL_KINDS,
  channelCreate,
  channelUpdate,
  type Channel,
  type ChannelKind,
  type NotificationKind,
} from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { fieldMapper, serverFieldIssues, useApplyFieldIssues, type FieldIssue } from '../../../lib/form-errors';
import { useSaveChannel } from '../hooks/use-channels';

type Values = {
  kind?: ChannelKind;
  name?: string;
  target?: string;
  secret?: string;
  clearSecret?: boolean;
  kinds?: NotificationKind[];
  enabled?: boolean;
};

const mapPath = fieldMapper(['kind', 'name', 'target', 'secret', 'kinds', 'enabled']);

type Props = { channel: Channel | null; districtId: string | null; onClose: () => void };

export function ChannelModal({ channel, districtId, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const applyIssues = useApplyFieldIssues();
  const save = useSaveChannel();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const kind = Form.useWatch('kind', form) ?? channel?.kind;
  const clearSecret = Form.useWatch('clearSecret', form) ?? false;
  const signed = kind !== undefined && SIGNED_CHANNEL_KINDS.includes(kind);

  // The channel's own message codes are translated here; the rest by the common table.
  const show = (issues: readonly FieldIssue[]) =>
    setUnplaced(
      applyIssues(
        form,
        issues.map((i) => ({
          ...i,
          message: t(`notifications.channels.validation.${i.message}`, { defaultValue: i.message }),
        })),
        mapPath,
      ),
    );

  const onFinish = async (v: Values) => {
    setUnplaced([]);
    const secret = signed && v.secret?.trim() ? v.secret.trim() : undefined;
    try {
      if (channel) {
        const parsed = channelUpdate.safeParse({
          version: channel.version,
          name: v.name ?? '',
          target: v.target ?? '',
          kinds: v.kinds ?? [],
          enabled: v.enabled ?? true,
          ...(v.clearSecret ? { secret: null } : secret ? { secret } : {}),
        });
        if (!parsed.success) return show(parsed.error.issues);
        await save.mutateAsync({ id: channel.id, body: parsed.data });
      } else {
        const parsed = channelCreate.safeParse({
          ...(districtId ? { districtId } : {}),
          kind: v.kind,
          name: v.name ?? '',
          target: v.target ?? '',
          kinds: v.kinds ?? [],
          enabled: v.enabled ?? true,
          ...(secret ? { secret } : {}),
        });
        if (!parsed.success) return show(parsed.error.issues);
        await save.mutateAsync({ id: null, body: parsed.data });
      }
      void message.success(t('common.saved'));
      onClose();
    } catch (error) {
      show(serverFieldIssues(error));
    }
  };

  return (
    <Modal
      open
      title={channel ? t('notifications.channels.editTitle') : t('notifications.channels.createTitle')}
      okText={t('common.save')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'save-channel' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ApiErrorAlert error={save.error} extra={unplaced} onReload={onClose} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          channel
            ? {
                kind: channel.kind,
                name: channel.name,
                target: channel.target,
                kinds: channel.kinds,
                enabled: channel.enabled,
              }
            : { kind: 'dingtalk', kinds: [], enabled: true }
        }
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item name="kind" label={t('notifications.channels.kind')} required>
          <Select<ChannelKind>
            disabled={Boolean(channel)}
            options={CHANNEL_KINDS.map((k) => ({ value: k, label: t(`notifications.channels.kindNames.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('notifications.channels.name')} required>
          <Input maxLength={100} placeholder={t('notifications.channels.namePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="target"
          label={kind === 'email' ? t('notifications.channels.targetEmail') : t('notifications.channels.target')}
          extra={kind ? t(`notifications.channels.targetHints.${kind}`) : undefined}
          required
        >
          {kind === 'email' ? (
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
          ) : (
            <Input maxLength={2000} placeholder="https://" />
          )}
        </Form.Item>
        {signed ? (
          <>
            <Form.Item
              name="secret"
              label={t('notifications.channels.secret')}
              extra={t(`notifications.channels.secretHints.${kind as 'webhook' | 'dingtalk'}`)}
            >
              <Input.Password
                autoComplete="new-password"
                maxLength={200}
                disabled={clearSecret}
                placeholder={channel?.hasSecret ? t('notifications.channels.secretKeep') : undefined}
              />
            </Form.Item>
            {channel?.hasSecret ? (
              <Form.Item name="clearSecret" valuePropName="checked" style={{ marginTop: -12 }}>
                <Checkbox>{t('notifications.channels.clearSecret')}</Checkbox>
              </Form.Item>
            ) : null}
          </>
        ) : null}
        <Form.Item name="kinds" label={t('notifications.channels.kinds')} extra={t('notifications.channels.kindsHint')}>
          <Checkbox.Group
            options={NOTIFICATION_KINDS.map((k) => ({
              value: k,
              label: t(`notifications.kinds.${k}`, { defaultValue: k }),
            }))}
          />
        </Form.Item>
        <Form.Item name="enabled" label={t('notifications.channels.status')} valuePropName="checked">
          <Switch
            checkedChildren={t('notifications.channels.enabled')}
            unCheckedChildren={t('notifications.channels.disabled')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { RegionSelect, UserSelect } from '../../../components/org-selects';
import { useDescribeError } from '../../../lib/error-messages';
import { useMe } from '../../../lib/session-context';
import { useEscalationContacts, useSaveEscalationContacts } from '../hooks/use-escalation';
import { useUrlListState } from '../hooks/use-url-list-state';

/**
 * 升级名单: who hears of a problem still unsolved long after its due date — after the project's
 * lead leader, the people on this list (the project office itself when it is empty).
 */
export function EscalationTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const me = useMe();
  const { values, set } = useUrlListState(['district'] as const);
  const several = me.districtIds.length > 1;
  const districtId = several ? (values.district ?? null) : null;
  const needsDistrict = several && !districtId;
  const list = useEscalationContacts(districtId, !needsDistrict);
  const save = useSaveEscalationContacts();
  // What the office picked and has not saved yet; null while it shows the stored list.
  const [edited, setEdited] = useState<{ districtId: string | null; ids: string[] } | null>(null);
  const known = list.data?.contacts.map((c) => ({ value: c.id, label: c.name })) ?? [];
  const stored = list.data?.contacts.map((c) => c.id) ?? [];
  const picked = edited && edited.districtId === districtId ? edited.ids : stored;
  const setPicked = (ids: string[]) => setEdited({ districtId, ids });
  const changed = picked.length !== stored.length || picked.some((id) => !stored.includes(id));

  const onSave = async () => {
    try {
      await save.mutateAsync({ userIds: picked, ...(districtId ? { districtId } : {}) });
      setEdited(null);
      void message.success(t('escalation.saved'));
    } catch (error) {
      void message.error(describe(error));
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('escalation.explain')}
      </Typography.Paragraph>
      {several ? (
        <div style={{ maxWidth: 320 }}>
          <RegionSelect
            levels={['district']}
            value={districtId}
            onChange={(v) => set({ district: v })}
            placeholder={t('notifications.channels.chooseDistrict')}
          />
        </div>
      ) : null}
      {needsDistrict ? (
        <Alert type="info" showIcon title={t('notifications.channels.chooseDistrict')} />
      ) : list.isError ? (
        <ApiErrorAlert error={list.error} />
      ) : (
        <Card size="small" loading={list.isLoading}>
          <Form layout="vertical">
            <Form.Item label={t('escalation.people')} htmlFor="escalation-people" style={{ marginBottom: 12 }}>
              <UserSelect
                id="escalation-people"
                multiple
                value={picked}
                knownOptions={known}
                onChange={(v) => setPicked(Array.isArray(v) ? v : v ? [v] : [])}
              />
            </Form.Item>
          </Form>
          <Flex gap={8} wrap align="center" justify="space-between">
            <span data-testid="escalation-current">
              {stored.length ? (
                list.data?.contacts.map((c) => <Tag key={c.id}>{c.name}</Tag>)
              ) : (
                <Typography.Text type="secondary">{t('escalation.empty')}</Typography.Text>
              )}
            </span>
            <Button
              type="primary"
              disabled={!changed}
              loading={save.isPending}
              onClick={() => void onSave()}
              data-testid="escalation-save"
            >
              {t('escalation.save')}
            </Button>
          </Flex>
        </Card>
      )}
    </Space>
  );
}

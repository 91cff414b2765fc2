import { Card, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { hasAnyRole, useSession } from '../../../lib/session-context';
import { ChannelsTab } from './channels-tab';
import { EscalationTab } from './escalation-tab';
import { JournalTab } from './journal-tab';
import { SlotsTab } from './slots-tab';
import { UnitsTab } from './units-tab';
import { UsersTab } from './users-tab';

const TABS = ['users', 'units', 'slots', 'journal', 'channels', 'escalation'] as const;
type Tab = (typeof TABS)[number];
/** The project office manages only its district's notification channels and escalation list here. */
const OFFICE_TABS: readonly Tab[] = ['channels', 'escalation'];

export function AdminPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const { user } = useSession();
  const tabs: readonly Tab[] = hasAnyRole(user, ['admin']) ? TABS : OFFICE_TABS;
  const first = tabs[0]!;
  const current = searchParams.get('tab');
  const tab = (tabs as readonly string[]).includes(current ?? '') ? (current as Tab) : first;

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('admin.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        // Each tab keeps its own list filters in the URL; switching tabs starts them afresh.
        onChange={(key) => setSearchParams(key === first ? {} : { tab: key })}
        destroyOnHidden
        items={[
          { key: 'users', label: t('admin.tabs.users'), children: <UsersTab /> },
          { key: 'units', label: t('admin.tabs.units'), children: <UnitsTab /> },
          { key: 'slots', label: t('admin.tabs.slots'), children: <SlotsTab /> },
          { key: 'journal', label: t('admin.tabs.journal'), children: <JournalTab /> },
          { key: 'channels', label: t('notifications.channels.tab'), children: <ChannelsTab /> },
          { key: 'escalation', label: t('escalation.tab'), children: <EscalationTab /> },
        ].filter((item) => tabs.includes(item.key as Tab))}
      />
    </Card>
  );
}

import { Card, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { JournalTab } from './journal-tab';
import { SlotsTab } from './slots-tab';
import { UnitsTab } from './units-tab';
import { UsersTab } from './users-tab';

const TABS = ['users', 'units', 'slots', 'journal'] as const;

export function AdminPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const current = searchParams.get('tab');
  const tab = (TABS as readonly string[]).includes(current ?? '') ? (current ?? 'users') : 'users';

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('admin.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        // Each tab keeps its own list filters in the URL; switching tabs starts them afresh.
        onChange={(key) => setSearchParams(key === 'users' ? {} : { tab: key })}
        destroyOnHidden
        items={[
          { key: 'users', label: t('admin.tabs.users'), children: <UsersTab /> },
          { key: 'units', label: t('admin.tabs.units'), children: <UnitsTab /> },
          { key: 'slots', label: t('admin.tabs.slots'), children: <SlotsTab /> },
          { key: 'journal', label: t('admin.tabs.journal'), children: <JournalTab /> },
        ]}
      />
    </Card>
  );
}

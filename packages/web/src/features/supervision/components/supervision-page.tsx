import { useState } from 'react';
import { Button, Card, Flex, Tabs, Typography } from 'antd';
import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { hasAnyRole, useSession } from '../../../lib/session-context';
import { listQueryOf, useSupervisionParams, type SupervisionTab } from '../hooks/use-supervision-params';
import { NoticeRulesModal } from './notice-rules-modal';
import { NoticeSummary } from './notice-summary';
import { RankingsPanel } from './rankings-panel';
import { SupervisionCreateModal } from './supervision-create-modal';
import { SupervisionFilters } from './supervision-filters';
import { SupervisionList } from './supervision-list';

/** 督查督办: the items with their notice lights and filters, and the rankings of units and leaders. */
export function SupervisionPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { params, update, reset, filterCount } = useSupervisionParams();
  const [creating, setCreating] = useState(false);
  const [settingRules, setSettingRules] = useState(false);
  // The supervision office (and the administrators) create items; the server checks again.
  const mayCreate = hasAnyRole(user, ['supervisor', 'admin']);
  const query = listQueryOf(params);

  return (
    <Card styles={{ body: { padding: 'clamp(12px, 3vw, 24px)' } }}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('supervision.title')}
        </Typography.Title>
        {mayCreate ? (
          <Flex gap={8} wrap>
            <Button icon={<SettingOutlined />} onClick={() => setSettingRules(true)} data-testid="notice-rules">
              {t('noticeRules.title')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="supervision-create"
            >
              {t('supervision.create')}
            </Button>
          </Flex>
        ) : null}
      </Flex>
      <Tabs
        activeKey={params.tab}
        onChange={(key) => update({ tab: key as SupervisionTab })}
        destroyOnHidden
        items={[
          {
            key: 'items',
            label: <span data-testid="supervision-tab-items">{t('supervision.tabs.items')}</span>,
            children: (
              <>
                <SupervisionFilters params={params} update={update} reset={reset} filterCount={filterCount} />
                <NoticeSummary
                  query={{ ...query, notice: [], page: undefined, pageSize: undefined, sort: undefined }}
                  selected={params.notice}
                  onChange={(notice) => update({ notice })}
                />
                <SupervisionList
                  query={query}
                  onPage={(page, pageSize) => update({ page, pageSize })}
                  emptyText={params.mine ? t('supervision.mineEmpty') : undefined}
                />
              </>
            ),
          },
          {
            key: 'rankings',
            label: <span data-testid="supervision-tab-rankings">{t('supervision.tabs.rankings')}</span>,
            children: <RankingsPanel params={params} update={update} />,
          },
        ]}
      />
      <SupervisionCreateModal open={creating} onClose={() => setCreating(false)} />
      <NoticeRulesModal open={settingRules} onClose={() => setSettingRules(false)} />
    </Card>
  );
}

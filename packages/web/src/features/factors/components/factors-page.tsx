import { useState } from 'react';
import { Button, Card, Flex, Tabs, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session-context';
import { ledgerQueryOf, listQueryOf, useFactorsParams, type FactorTab } from '../hooks/use-factors-params';
import { FactorFilters } from './factor-filters';
import { FactorLedgerPanel } from './factor-ledger';
import { FactorList } from './factor-list';
import { FactorRequestModal } from './factor-request-modal';

/** Projects ask through their owner or the project office; the server decides per project. */
const ASKERS = ['owner', 'office', 'admin'] as const;

/** 要素保障: the requests of the projects (filters in the URL) and the factor ledger. */
export function FactorsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { params, update, reset, filterCount } = useFactorsParams();
  const [asking, setAsking] = useState(false);
  const mayAsk = Boolean(user?.roles.some((r) => (ASKERS as readonly string[]).includes(r)));
  const filters = (ledger: boolean) => (
    <FactorFilters params={params} update={update} reset={reset} filterCount={filterCount} ledger={ledger} />
  );

  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('factors.title')}
        </Typography.Title>
        {mayAsk ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAsking(true)} data-testid="factor-create">
            {t('factors.create')}
          </Button>
        ) : null}
      </Flex>
      <Tabs
        activeKey={params.tab}
        onChange={(key) => update({ tab: key as FactorTab })}
        destroyOnHidden
        items={[
          {
            key: 'requests',
            label: <span data-testid="factor-tab-requests">{t('factors.tabs.requests')}</span>,
            children: (
              <>
                {filters(false)}
                <FactorList query={listQueryOf(params)} onPage={(page, pageSize) => update({ page, pageSize })} />
              </>
            ),
          },
          {
            key: 'ledger',
            label: <span data-testid="factor-tab-ledger">{t('factors.tabs.ledger')}</span>,
            children: (
              <>
                {filters(true)}
                <FactorLedgerPanel query={ledgerQueryOf(params)} />
              </>
            ),
          },
        ]}
      />
      <FactorRequestModal open={asking} onClose={() => setAsking(false)} />
    </Card>
  );
}

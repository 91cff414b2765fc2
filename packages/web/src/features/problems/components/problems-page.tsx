import { useState } from 'react';
import { Button, Card, Flex, Tabs, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { listQueryOf, useProblemsParams, type ProblemTab } from '../hooks/use-problems-params';
import { ProblemBoard } from './problem-board';
import { ProblemFilters } from './problem-filters';
import { ProblemList } from './problem-list';
import { ProblemRaiseModal } from './problem-raise-modal';
import { ProblemStatsPanel } from './problem-stats';

/** 问题协调: the board (kanban by status), the list, my desk and the closure figures per unit. */
export function ProblemsPage() {
  const { t } = useTranslation();
  const { params, update, reset, filterCount } = useProblemsParams();
  const [raising, setRaising] = useState(false);
  const query = listQueryOf(params);
  const onPage = (page: number, pageSize: number) => update({ page, pageSize });
  const filters = (board: boolean) => (
    <ProblemFilters
      params={params}
      update={update}
      reset={reset}
      filterCount={filterCount}
      showStatus={!board}
      showSort={!board}
    />
  );

  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('problems.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setRaising(true)} data-testid="problem-raise">
          {t('problems.raise')}
        </Button>
      </Flex>
      <Tabs
        activeKey={params.tab}
        onChange={(key) => update({ tab: key as ProblemTab })}
        destroyOnHidden
        items={[
          {
            key: 'board',
            label: <span data-testid="problem-tab-board">{t('problems.tabs.board')}</span>,
            children: (
              <>
                {filters(true)}
                <ProblemBoard query={query} />
              </>
            ),
          },
          {
            key: 'list',
            label: <span data-testid="problem-tab-list">{t('problems.tabs.list')}</span>,
            children: (
              <>
                {filters(false)}
                <ProblemList query={query} onPage={onPage} />
              </>
            ),
          },
          {
            key: 'desk',
            label: <span data-testid="problem-tab-desk">{t('problems.tabs.desk')}</span>,
            children: (
              <>
                <Typography.Paragraph type="secondary">{t('problems.deskHint')}</Typography.Paragraph>
                <ProblemList
                  query={{ mine: true, sort: params.sort, page: params.page, pageSize: params.pageSize }}
                  onPage={onPage}
                  emptyText={t('problems.deskEmpty')}
                  testId="problem-desk"
                />
              </>
            ),
          },
          {
            key: 'stats',
            label: <span data-testid="problem-tab-stats">{t('problems.tabs.stats')}</span>,
            children: <ProblemStatsPanel params={params} update={update} />,
          },
        ]}
      />
      <ProblemRaiseModal open={raising} onClose={() => setRaising(false)} />
    </Card>
  );
}

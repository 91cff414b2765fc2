import { useState } from 'react';
import { Empty, Pagination, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JournalEntry, SlotList } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PageSpin } from '../../../components/page-states';
import { formatDateTime } from '../../../lib/format';
import { useProjectHistory } from '../hooks/use-projects';
import { useChangeFormatter } from '../hooks/use-change-formatter';

const PAGE_SIZE = 20;
const HIDDEN_FIELDS = new Set(['version', 'updatedAt']);

const ACTION_COLORS: Record<JournalEntry['action'], string> = {
  create: 'green',
  update: 'blue',
  archive: 'gray',
  restore: 'green',
  assign: 'purple',
  approve: 'cyan',
  submit: 'blue',
  return: 'orange',
  accept: 'green',
  reopen: 'gold',
  delete: 'red',
  edit: 'blue',
  reject: 'red',
  withdraw: 'gray',
  progress: 'blue',
  solve: 'cyan',
  close: 'green',
  flag_for_meeting: 'purple',
  unflag_for_meeting: 'gray',
  apply_template: 'purple',
  waive: 'gray',
  replace_year: 'blue',
  report: 'blue',
};

export function HistoryPanel({ projectId, slots }: { projectId: string; slots: SlotList | undefined }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const history = useProjectHistory(projectId, page, PAGE_SIZE);
  const { fieldLabel, formatValue } = useChangeFormatter(slots);

  if (history.isPending) return <PageSpin />;
  if (history.isError) return <ApiErrorAlert error={history.error} />;
  const { items, total } = history.data;
  // The version number changes with every write and says nothing to a reader.
  const visibleChanges = (entry: JournalEntry) => entry.changes.filter((c) => !HIDDEN_FIELDS.has(c.field));
  if (items.length === 0) return <Empty description={t('history.empty')} />;

  return (
    <div data-testid="history-list">
      <Timeline
        items={items.map((entry) => ({
          key: entry.seq,
          color: ACTION_COLORS[entry.action],
          content: (
            <Space orientation="vertical" size={4} style={{ width: '100%' }}>
              <Space size={8} wrap>
                <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatDateTime(entry.at)}
                </Typography.Text>
                <Typography.Text strong>{entry.actor?.name ?? t('history.system')}</Typography.Text>
                <Tag color={ACTION_COLORS[entry.action]}>{t(`history.actions.${entry.action}`)}</Tag>
                {entry.entity !== 'project' ? (
                  <Typography.Text type="secondary">
                    {t(`history.entities.${entry.entity}`, { defaultValue: entry.entity })}
                  </Typography.Text>
                ) : null}
              </Space>
              {entry.reason ? (
                <Typography.Text type="secondary">
                  {t('history.reason')}
                  {t('common.colon')}
                  {entry.reason}
                </Typography.Text>
              ) : null}
              {visibleChanges(entry).length > 0 ? (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {visibleChanges(entry).map((c, i) => (
                    <li key={`${c.field}-${i}`}>
                      <Typography.Text>{fieldLabel(c.field)}</Typography.Text>
                      {t('common.colon')}
                      {entry.action === 'create' ? null : (
                        <>
                          <Typography.Text delete type="secondary">
                            {formatValue(c.field, c.from)}
                          </Typography.Text>
                          {' → '}
                        </>
                      )}
                      <Typography.Text>{formatValue(c.field, c.to)}</Typography.Text>
                    </li>
                  ))}
                </ul>
              ) : entry.action === 'update' ? (
                <Typography.Text type="secondary">{t('history.noFieldChanges')}</Typography.Text>
              ) : null}
            </Space>
          ),
        }))}
      />
      {total > PAGE_SIZE ? (
        <Pagination
          align="end"
          current={page}
          pageSize={PAGE_SIZE}
          total={total}
          showSizeChanger={false}
          showTotal={(n) => t('common.total', { count: n })}
          onChange={setPage}
        />
      ) : null}
    </div>
  );
}

import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SupervisionListItem } from '../api/supervision-api';
import { NoticeTag, SourceTag, SupervisionStatusTag } from './supervision-tags';

/** One item in the phone list: title, notice, status, source, unit, due date and rounds. */
export function SupervisionCard({ item }: { item: SupervisionListItem }) {
  const { t } = useTranslation();
  return (
    <Card size="small" styles={{ body: { padding: 10 } }}>
      <Flex vertical gap={4}>
        <Link to={`/supervision/${item.id}`} style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
          {item.title}
        </Link>
        {item.project ? (
          <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
            {item.project.name}
          </Typography.Text>
        ) : null}
        <NoticeTag notice={item.notice} testId="row-notice" />
        <Flex wrap gap={4} align="center">
          <SupervisionStatusTag status={item.status} testId="row-status" />
          <SourceTag source={item.source} />
        </Flex>
        <Typography.Text style={{ fontSize: 12, overflowWrap: 'anywhere' }}>{item.assignee.name}</Typography.Text>
        <Flex wrap gap={8} style={{ fontSize: 12 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('supervision.card.due', { date: item.dueDate })}
          </Typography.Text>
          {item.rounds > 0 ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('supervision.card.rounds', { count: item.rounds })}
            </Typography.Text>
          ) : null}
        </Flex>
      </Flex>
    </Card>
  );
}

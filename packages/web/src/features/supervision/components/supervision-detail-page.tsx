import { useState } from 'react';
import { Button, Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { SUPERVISION_SOURCE_LABELS, supervisionDoneOn, type SupervisionAction } from '@tuijin/shared';
import { DetailTitle } from '../../../components/detail-title';
import { LoadError, PageSpin } from '../../../components/page-states';
import { formatDateTime } from '../../../lib/format';
import { useEnumLabel } from '../../../lib/use-locale';
import { useSupervisionItem } from '../hooks/use-supervision';
import { FeedbackTimeline } from './feedback-timeline';
import { SupervisionActionModal } from './supervision-action-modal';
import { NoticeTag, SupervisionStatusTag } from './supervision-tags';

const PRIMARY: readonly SupervisionAction[] = ['report', 'accept'];
const DANGER: readonly SupervisionAction[] = ['return', 'reopen'];
// The unit's and the office's steps first, editing last.
const ORDER: readonly SupervisionAction[] = ['report', 'accept', 'return', 'reopen', 'edit'];

/** A supervision item: the requirement, the due date and its notice, the feedback rounds, and what the caller may do. */
export function SupervisionDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const item = useSupervisionItem(id);
  const [modal, setModal] = useState<SupervisionAction | null>(null);

  if (item.isPending) return <PageSpin />;
  if (item.isError) return <LoadError error={item.error} onRetry={() => void item.refetch()} />;
  const s = item.data;
  // Only what the server offers the caller.
  const actions = ORDER.filter((a) => s.actions.includes(a));
  // On time when the accepted report came by the due date (the office's own delay does not count).
  const doneOn = supervisionDoneOn(s.status, s.feedback);

  return (
    <Card styles={{ body: { padding: 'clamp(12px, 3vw, 24px)' } }}>
      <Flex vertical gap={8} style={{ marginBottom: 12 }}>
        <DetailTitle backLabel={t('supervision.detail.back')} testId="supervision-title">
          {s.title}
        </DetailTitle>
        <Flex wrap gap={6} align="center">
          <SupervisionStatusTag status={s.status} testId="supervision-status" />
          <NoticeTag notice={s.notice} testId="supervision-notice" />
          {doneOn ? (
            <Tag color={doneOn <= s.dueDate ? 'green' : 'red'} data-testid="supervision-on-time">
              {doneOn <= s.dueDate ? t('supervision.closedOnTime') : t('supervision.closedLate')}
            </Tag>
          ) : null}
        </Flex>
        {actions.length > 0 ? (
          <Flex wrap gap={8} data-testid="supervision-actions">
            {actions.map((a) => (
              <Button
                key={a}
                type={PRIMARY.includes(a) ? 'primary' : 'default'}
                danger={DANGER.includes(a)}
                onClick={() => setModal(a)}
                data-testid={`supervision-action-${a}`}
              >
                {t(`supervision.actions.${a}`)}
              </Button>
            ))}
          </Flex>
        ) : null}
      </Flex>

      <Row gutter={[24, 16]}>
        <Col xs={24} lg={13}>
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, sm: 1, md: 2 }}
            styles={{ label: { whiteSpace: 'nowrap' } }}
            data-testid="supervision-details"
            items={[
              {
                key: 'source',
                label: t('supervision.detail.source'),
                children: enumLabel(SUPERVISION_SOURCE_LABELS, s.source),
              },
              {
                key: 'assignee',
                label: t('supervision.detail.assignee'),
                children: <span data-testid="supervision-assignee">{s.assignee.name}</span>,
              },
              {
                key: 'dueDate',
                label: t('supervision.detail.dueDate'),
                children: <span data-testid="supervision-due">{s.dueDate}</span>,
              },
              {
                key: 'project',
                label: t('supervision.detail.project'),
                children: s.project ? <Link to={`/projects/${s.project.id}`}>{s.project.name}</Link> : t('common.none'),
              },
              {
                key: 'createdBy',
                label: t('supervision.detail.createdBy'),
                children: s.createdBy?.name ?? t('common.none'),
              },
              {
                key: 'createdAt',
                label: t('supervision.detail.createdAt'),
                children: formatDateTime(s.createdAt),
              },
              ...(s.closedAt
                ? [{ key: 'closedAt', label: t('supervision.detail.closedAt'), children: formatDateTime(s.closedAt) }]
                : []),
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('supervision.detail.requirement')}
          </Typography.Title>
          <Typography.Paragraph
            type={s.requirement ? undefined : 'secondary'}
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            data-testid="supervision-requirement"
          >
            {s.requirement || t('supervision.detail.noRequirement')}
          </Typography.Paragraph>
        </Col>
        <Col xs={24} lg={11}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('supervision.detail.feedback')}
          </Typography.Title>
          <FeedbackTimeline rounds={s.feedback} onFilesChanged={() => void item.refetch()} />
        </Col>
      </Row>

      <SupervisionActionModal
        item={s}
        action={modal}
        onClose={() => setModal(null)}
        onReload={() => void item.refetch()}
      />
    </Card>
  );
}

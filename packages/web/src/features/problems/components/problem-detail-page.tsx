import { useState } from 'react';
import { App, Button, Card, Col, Descriptions, Flex, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PROBLEM_ACTIONS, PROBLEM_CAPACITY_LABELS, PROBLEM_CATEGORY_LABELS, type ProblemAction } from '@tuijin/shared';
import { DetailTitle } from '../../../components/detail-title';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { AttachmentList } from '../../../components/attachments/attachment-list';
import { LoadError, PageSpin } from '../../../components/page-states';
import { formatDateTime } from '../../../lib/format';
import { useEnumLabel } from '../../../lib/use-locale';
import { useProblem, useProblemAction } from '../hooks/use-problems';
import { ProblemActionModal, type ModalAction } from './problem-action-modal';
import { EscalationTag, OverdueText, ProblemStatusTag, UrgencyTag } from './problem-tags';
import { ProblemTimeline } from './problem-timeline';

const PRIMARY: readonly ProblemAction[] = ['assign', 'solve', 'close'];
const DIRECT: readonly ProblemAction[] = ['flag_for_meeting', 'unflag_for_meeting'];

/** A problem: what it is, where it stands, its timeline, and the buttons the server offers the caller. */
export function ProblemDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const enumLabel = useEnumLabel();
  const problem = useProblem(id);
  const act = useProblemAction(id);
  const [modal, setModal] = useState<ModalAction | null>(null);
  const [directError, setDirectError] = useState<unknown>(null);

  if (problem.isPending) return <PageSpin />;
  if (problem.isError) return <LoadError error={problem.error} onRetry={() => void problem.refetch()} />;
  const p = problem.data;
  const reload = () => {
    setDirectError(null);
    void problem.refetch();
  };

  const runDirect = async (action: ProblemAction) => {
    setDirectError(null);
    try {
      await act.mutateAsync({ action, body: { version: p.version } });
      void message.success(t(`problems.done.${action}`));
    } catch (e) {
      setDirectError(e);
    }
  };

  // Only what the server lists, in the order of the state machine.
  const actions = PROBLEM_ACTIONS.filter((a) => p.actions.includes(a));

  return (
    <Card styles={{ body: { padding: 'clamp(12px, 3vw, 24px)' } }}>
      <Flex vertical gap={8} style={{ marginBottom: 12 }}>
        <DetailTitle backLabel={t('problems.detail.back')} testId="problem-title">
          {p.title}
        </DetailTitle>
        <Flex wrap gap={6} align="center">
          <ProblemStatusTag status={p.status} testId="problem-status" />
          <UrgencyTag urgency={p.urgency} />
          <EscalationTag level={p.escalationLevel} />
          {p.forMeeting ? <Tag color="purple">{t('problems.forMeeting')}</Tag> : null}
          <OverdueText days={p.daysOverdue} />
        </Flex>
        {actions.length > 0 ? (
          <Flex wrap gap={8} data-testid="problem-actions">
            {actions.map((a) => (
              <Button
                key={a}
                type={PRIMARY.includes(a) ? 'primary' : 'default'}
                danger={a === 'reopen'}
                loading={DIRECT.includes(a) && act.isPending}
                onClick={() => (DIRECT.includes(a) ? void runDirect(a) : setModal(a as ModalAction))}
                data-testid={`problem-action-${a}`}
              >
                {a === 'assign' && p.leadUnit ? t('problems.actions.reassign') : t(`problems.actions.${a}`)}
              </Button>
            ))}
          </Flex>
        ) : null}
      </Flex>
      <ApiErrorAlert error={directError} onReload={reload} />

      <Row gutter={[24, 16]}>
        <Col xs={24} lg={14}>
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, sm: 1, md: 2 }}
            styles={{ label: { whiteSpace: 'nowrap' } }}
            data-testid="problem-details"
            items={[
              {
                key: 'project',
                label: t('problems.detail.project'),
                span: 'filled',
                children: <Link to={`/projects/${p.project.id}`}>{p.project.name}</Link>,
              },
              {
                key: 'category',
                label: t('problems.detail.category'),
                children: enumLabel(PROBLEM_CATEGORY_LABELS, p.category),
              },
              {
                key: 'raisedBy',
                label: t('problems.detail.raisedBy'),
                children: p.raisedBy.name,
              },
              {
                key: 'raisedOn',
                label: t('problems.detail.raisedOn'),
                children: (
                  <span title={formatDateTime(p.createdAt)}>
                    {p.raisedOn}（{t('problems.detail.age', { count: p.ageDays })}）
                  </span>
                ),
              },
              {
                key: 'leadLeader',
                label: t('problems.detail.leadLeader'),
                children: p.leadLeader?.name ?? t('common.none'),
              },
              {
                key: 'leadUnit',
                label: t('problems.detail.leadUnit'),
                children: (
                  <span data-testid="problem-lead-unit">{p.leadUnit?.name ?? t('problems.detail.notAssigned')}</span>
                ),
              },
              {
                key: 'dueDate',
                label: t('problems.detail.dueDate'),
                children: p.dueDate ?? t('common.none'),
              },
              {
                key: 'helperUnits',
                label: t('problems.detail.helperUnits'),
                span: 'filled',
                children: p.helperUnits.length > 0 ? p.helperUnits.map((u) => u.name).join('、') : t('common.none'),
              },
              ...(p.capacities.length > 0
                ? [
                    {
                      key: 'myRoles',
                      label: t('problems.detail.myRoles'),
                      span: 'filled' as const,
                      children: (
                        <Space size={4} wrap>
                          {p.capacities.map((c) => (
                            <Tag key={c}>{enumLabel(PROBLEM_CAPACITY_LABELS, c)}</Tag>
                          ))}
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('problems.detail.description')}
          </Typography.Title>
          <Typography.Paragraph
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            data-testid="problem-description"
          >
            {p.description}
          </Typography.Paragraph>
          {p.helpNeeded ? (
            <>
              <Typography.Title level={5}>{t('problems.detail.helpNeeded')}</Typography.Title>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {p.helpNeeded}
              </Typography.Paragraph>
            </>
          ) : null}
          <div style={{ marginTop: 16 }}>
            <AttachmentList
              owner={{ kind: 'problem', id: p.id }}
              title
              knownCount={p.attachmentCount}
              onChanged={() => void problem.refetch()}
            />
          </div>
        </Col>
        <Col xs={24} lg={10}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('problems.detail.timeline')}
          </Typography.Title>
          <ProblemTimeline problem={p} />
        </Col>
      </Row>

      <ProblemActionModal problem={p} action={modal} onClose={() => setModal(null)} onReload={reload} />
    </Card>
  );
}

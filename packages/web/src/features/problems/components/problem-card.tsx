import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PROBLEM_CATEGORY_LABELS } from '@tuijin/shared';
import { useEnumLabel } from '../../../lib/use-locale';
import type { ProblemListItem } from '../api/problems-api';
import { EscalationTag, OverdueText, ProblemStatusTag, UrgencyTag } from './problem-tags';

/** One problem on the board or in the phone list: title, project, lead unit, due date, overdue, escalation. */
export function ProblemCard({ problem: p, showStatus }: { problem: ProblemListItem; showStatus?: boolean }) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  return (
    <Card size="small" data-testid="problem-card" data-problem-id={p.id} styles={{ body: { padding: 10 } }}>
      <Flex vertical gap={4}>
        <Link to={`/problems/${p.id}`} style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
          {p.title}
        </Link>
        <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
          {p.project.name}
        </Typography.Text>
        <Flex wrap gap={4} align="center">
          {showStatus ? <ProblemStatusTag status={p.status} /> : null}
          <UrgencyTag urgency={p.urgency} />
          <Typography.Text style={{ fontSize: 12 }}>{enumLabel(PROBLEM_CATEGORY_LABELS, p.category)}</Typography.Text>
          {p.forMeeting ? (
            <Typography.Text style={{ fontSize: 12 }}>· {t('problems.forMeeting')}</Typography.Text>
          ) : null}
        </Flex>
        <Typography.Text style={{ fontSize: 12 }}>
          {p.leadUnit ? p.leadUnit.name : t('problems.card.unassigned')}
        </Typography.Text>
        <Flex wrap gap={8} align="center" style={{ fontSize: 12 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {p.dueDate ? t('problems.card.due', { date: p.dueDate }) : t('problems.card.noDue')}
          </Typography.Text>
          <OverdueText days={p.daysOverdue} />
          <EscalationTag level={p.escalationLevel} />
        </Flex>
      </Flex>
    </Card>
  );
}

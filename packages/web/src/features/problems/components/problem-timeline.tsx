import { Flex, Tag, Timeline, Typography } from 'antd';
import { RiseOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  ESCALATION_LEVEL_LABELS,
  ESCALATION_LEVELS,
  PROBLEM_EVENT_LABELS,
  type ProblemEventKind,
} from '@tuijin/shared';
import { formatDateTime } from '../../../lib/format';
import { useEnumLabel } from '../../../lib/use-locale';
import type { ProblemDetail, ProblemEvent } from '../api/problems-api';

const EVENT_COLORS: Partial<Record<ProblemEventKind, string>> = {
  raise: 'blue',
  assign: 'blue',
  progress: 'cyan',
  solve: 'green',
  close: 'green',
  reopen: 'orange',
  escalate: 'red',
  comment: 'gray',
};

function stringOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function AssignDetails({ event, problem }: { event: ProblemEvent; problem: ProblemDetail }) {
  const { t } = useTranslation();
  // The event keeps the ids; the names are those of the units on the problem now (when still there).
  const units = new Map(
    [...(problem.leadUnit ? [problem.leadUnit] : []), ...problem.helperUnits].map((u) => [u.id, u.name]),
  );
  const lead = units.get(stringOf(event.data.leadUnitId) ?? '') ?? '';
  const due = stringOf(event.data.dueDate) ?? '';
  const helperIds = Array.isArray(event.data.helperUnitIds) ? (event.data.helperUnitIds as unknown[]) : [];
  const helpers = helperIds.map((id) => units.get(String(id))).filter((n): n is string => !!n);
  return (
    <>
      <Typography.Text>
        {t('problems.timeline.assigned', { unit: lead || t('common.none'), date: due })}
      </Typography.Text>
      {helpers.length > 0 ? (
        <Typography.Text type="secondary">
          {t('problems.timeline.helpers', { units: helpers.join('、') })}
        </Typography.Text>
      ) : null}
    </>
  );
}

/** The problem's history, oldest first: who (and for which unit) did what, with the note; escalations in red. */
export function ProblemTimeline({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  return (
    <Timeline
      data-testid="problem-timeline"
      items={problem.events.map((e) => {
        const escalation = e.kind === 'escalate';
        const level = typeof e.data.level === 'number' ? e.data.level : 0;
        const levelKey = ESCALATION_LEVELS[level] ?? 'none';
        const daysOverdue = typeof e.data.daysOverdue === 'number' ? e.data.daysOverdue : 0;
        return {
          key: e.id,
          color: EVENT_COLORS[e.kind] ?? 'blue',
          icon: escalation ? <RiseOutlined style={{ color: '#cf1322' }} /> : undefined,
          content: (
            <Flex vertical gap={2} data-testid="timeline-event" data-kind={e.kind}>
              <Flex wrap gap={6} align="center">
                {escalation ? (
                  <Tag color="red" icon={<RiseOutlined />}>
                    {enumLabel(PROBLEM_EVENT_LABELS, e.kind)}
                  </Tag>
                ) : (
                  <Typography.Text strong>{enumLabel(PROBLEM_EVENT_LABELS, e.kind)}</Typography.Text>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(e.at)}
                </Typography.Text>
              </Flex>
              {e.by || e.byUnit ? (
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {[e.by?.name, e.byUnit?.name].filter(Boolean).join(' · ')}
                </Typography.Text>
              ) : null}
              {escalation ? (
                <Typography.Text type="danger">
                  {t('problems.timeline.escalatedTo', {
                    days: daysOverdue,
                    level: enumLabel(ESCALATION_LEVEL_LABELS, levelKey),
                  })}
                </Typography.Text>
              ) : null}
              {e.kind === 'assign' ? <AssignDetails event={e} problem={problem} /> : null}
              {e.note ? (
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {e.kind === 'reopen' ? t('problems.timeline.reason', { reason: e.note }) : e.note}
                </Typography.Paragraph>
              ) : null}
            </Flex>
          ),
        };
      })}
    />
  );
}

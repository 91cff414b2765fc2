import { Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FEEDBACK_VERDICT_LABELS, type FeedbackVerdict } from '@tuijin/shared';
import { AttachmentList } from '../../../components/attachments/attachment-list';
import { formatDateTime } from '../../../lib/format';
import { useEnumLabel } from '../../../lib/use-locale';
import type { FeedbackRoundBody } from '../api/supervision-api';

const VERDICT_COLORS: Record<FeedbackVerdict, string> = { pending: 'gold', accepted: 'green', returned: 'red' };

/** The unit's feedback rounds, oldest first: what it reported and the office's verdict (with the reason of a return). */
export function FeedbackTimeline({
  rounds,
  onFilesChanged,
}: {
  rounds: readonly FeedbackRoundBody[];
  /** After a file was added to or deleted from a round (its count is read again). */
  onFilesChanged?: () => void;
}) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  if (rounds.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.detail.noFeedback')} />;
  return (
    <Timeline
      data-testid="feedback-timeline"
      items={rounds.map((r) => ({
        key: r.id,
        color: VERDICT_COLORS[r.verdict],
        content: (
          <Flex vertical gap={4} data-testid="feedback-round" data-verdict={r.verdict} data-round={r.round}>
            <Flex wrap gap={6} align="center">
              <Typography.Text strong>{t('supervision.timeline.round', { round: r.round })}</Typography.Text>
              <Tag color={VERDICT_COLORS[r.verdict]}>{enumLabel(FEEDBACK_VERDICT_LABELS, r.verdict)}</Tag>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('supervision.timeline.reportedBy', { name: r.by.name, at: formatDateTime(r.at) })}
            </Typography.Text>
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {r.text}
            </Typography.Paragraph>
            {/* Evidence: a round waiting for its verdict may still get files; a judged one shows what it had. */}
            {r.attachmentCount > 0 || r.verdict === 'pending' ? (
              <AttachmentList
                owner={{ kind: 'supervision_feedback', id: r.id }}
                knownCount={r.attachmentCount}
                onChanged={onFilesChanged}
              />
            ) : null}
            {r.verdict !== 'pending' ? (
              <Flex
                vertical
                gap={2}
                style={{
                  borderInlineStart: `3px solid ${r.verdict === 'returned' ? '#ff4d4f' : '#52c41a'}`,
                  paddingInlineStart: 8,
                }}
              >
                {r.verdictBy && r.verdictAt ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('supervision.timeline.verdictBy', { name: r.verdictBy.name, at: formatDateTime(r.verdictAt) })}
                  </Typography.Text>
                ) : null}
                {r.verdictNote ? (
                  <Typography.Text
                    type={r.verdict === 'returned' ? 'danger' : undefined}
                    style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                    data-testid="feedback-verdict-note"
                  >
                    {r.verdict === 'returned'
                      ? t('supervision.timeline.returnReason', { reason: r.verdictNote })
                      : t('supervision.timeline.acceptNote', { note: r.verdictNote })}
                  </Typography.Text>
                ) : null}
              </Flex>
            ) : null}
          </Flex>
        ),
      }))}
    />
  );
}

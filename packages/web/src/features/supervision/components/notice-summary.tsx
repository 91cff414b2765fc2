import { Flex, Grid, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NOTICE_LEVEL_LABELS, NOTICE_LEVELS, type NoticeLevel } from '@tuijin/shared';
import { useEnumLabel } from '../../../lib/use-locale';
import type { SupervisionListQuery } from '../api/supervision-api';
import { useSupervisionCounts } from '../hooks/use-supervision';

const DOT: Record<NoticeLevel, string> = { blue: '#1677ff', yellow: '#faad14', red: '#f5222d' };

type Props = {
  /** The list's filters without the notice one, so each light shows all it could add. */
  query: SupervisionListQuery;
  selected: readonly NoticeLevel[];
  onChange: (notice: NoticeLevel[]) => void;
};

/** How many items carry each notice light; a click filters the list by that light. */
export function NoticeSummary({ query, selected, onChange }: Props) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const narrow = Grid.useBreakpoint().md === false;
  const counts = useSupervisionCounts(query);
  return (
    <Flex wrap gap={6} align="center" style={{ marginBottom: 12 }} data-testid="notice-summary">
      {narrow ? null : <Typography.Text type="secondary">{t('supervision.noticeSummary')}</Typography.Text>}
      {NOTICE_LEVELS.map((level) => {
        const on = selected.includes(level);
        return (
          <Tag.CheckableTag
            key={level}
            checked={on}
            onChange={(checked) => onChange(checked ? [...selected, level] : selected.filter((l) => l !== level))}
            data-testid={`notice-count-${level}`}
            style={{ border: `1px solid ${on ? DOT[level] : '#d9d9d9'}`, padding: '2px 8px', marginInlineEnd: 0 }}
          >
            <span aria-hidden style={{ color: on ? '#fff' : DOT[level], marginInlineEnd: 4 }}>
              ●
            </span>
            {enumLabel(NOTICE_LEVEL_LABELS, level)} <strong>{counts.data?.notice[level] ?? '–'}</strong>
          </Tag.CheckableTag>
        );
      })}
    </Flex>
  );
}

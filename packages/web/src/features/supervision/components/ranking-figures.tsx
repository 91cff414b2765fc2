import { Flex, Tag, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RankingRow } from '../api/supervision-api';

/** 0.834 → "83.4%"; a dash when there is nothing to count. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

function signed(value: number): string {
  const fixed = value.toFixed(1);
  return value > 0 ? `+${fixed}` : fixed;
}

/** A change quarter over quarter, green up and red down; nothing without last quarter's figure. */
export function Delta({ value, points }: { value: number | null; points?: boolean }) {
  const { t } = useTranslation();
  if (value === null) return null;
  const type = value > 0 ? 'success' : value < 0 ? 'danger' : 'secondary';
  return (
    <Typography.Text type={type} style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
      {points ? t('rankings.points', { value: signed(value) }) : signed(value)}
    </Typography.Text>
  );
}

/** The move in rank since last quarter: ↑3, ↓1, –, or "new". */
export function RankChange({ change }: { change: RankingRow['change'] }) {
  const { t } = useTranslation();
  const d = change.rankChange;
  if (d === null)
    return change.previousRank === null ? (
      <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
        {t('rankings.isNew')}
      </Tag>
    ) : null;
  const label = d > 0 ? t('rankings.up', { count: d }) : d < 0 ? t('rankings.down', { count: -d }) : t('rankings.same');
  return (
    <Tooltip title={label}>
      <Typography.Text
        type={d > 0 ? 'success' : d < 0 ? 'danger' : 'secondary'}
        aria-label={label}
        data-testid="rank-change"
        style={{ whiteSpace: 'nowrap' }}
      >
        {d > 0 ? <ArrowUpOutlined /> : d < 0 ? <ArrowDownOutlined /> : <MinusOutlined />}
        {d !== 0 ? ` ${Math.abs(d)}` : null}
      </Typography.Text>
    </Tooltip>
  );
}

const DOT: Record<'green' | 'yellow' | 'red', string> = { green: '#52c41a', yellow: '#faad14', red: '#f5222d' };

/** The projects' lights as three coloured counts. */
export function LightCounts({ lights }: { lights: RankingRow['lights'] }) {
  const { t } = useTranslation();
  return (
    <Flex gap={10} wrap>
      {(['green', 'yellow', 'red'] as const).map((c) => (
        <Tooltip key={c} title={t(`rankings.${c}`, { count: lights[c] })}>
          <span style={{ whiteSpace: 'nowrap' }} aria-label={t(`rankings.${c}`, { count: lights[c] })}>
            <span aria-hidden style={{ color: DOT[c] }}>
              ●
            </span>{' '}
            {lights[c]}
          </span>
        </Tooltip>
      ))}
    </Flex>
  );
}

/** on time / counted, e.g. 7/9; a dash when nothing was due. */
export function Sums({ sums }: { sums: { due: number; onTime: number } }) {
  const { t } = useTranslation();
  return sums.due === 0 ? (
    <Typography.Text type="secondary">—</Typography.Text>
  ) : (
    <span style={{ whiteSpace: 'nowrap' }}>{t('rankings.sums', { onTime: sums.onTime, due: sums.due })}</span>
  );
}

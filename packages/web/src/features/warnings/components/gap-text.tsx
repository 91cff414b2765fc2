import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPoints, NO_FIGURE } from '@tuijin/shared';

/** A pace gap as words: "落后 33.8 个百分点" / "超前 2.1 个百分点", red when behind. */
export function GapText({ gap }: { gap: number | null }) {
  const { t } = useTranslation();
  const f = formatPoints(gap);
  if (!f) return <Typography.Text type="secondary">{NO_FIGURE}</Typography.Text>;
  if (f.direction === 'on_pace') return <Typography.Text>{t('indicators.gap.onPace')}</Typography.Text>;
  return (
    <Typography.Text type={f.direction === 'behind' ? 'danger' : 'success'} style={{ whiteSpace: 'nowrap' }}>
      {t(`indicators.gap.${f.direction}`, { points: f.points })}
    </Typography.Text>
  );
}

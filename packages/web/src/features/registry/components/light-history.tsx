import { Card, Flex, Skeleton, Tooltip, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { parsePeriodKey, periodLabel, type LightHistory } from '@tuijin/shared';
import { useLocale } from '../../../lib/use-locale';
import { useLightHistory } from '../hooks/use-project-indicators';

type Item = LightHistory['items'][number];

/** 亮灯历史: one cell a month for two years, coloured by the light kept for that month. */
export function LightHistoryStrip({
  projectId,
  to,
  selected,
  onSelect,
}: {
  projectId: string;
  to: string;
  selected: string;
  onSelect: (period: string) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { token } = theme.useToken();
  const history = useLightHistory(projectId, to);
  const colour: Record<Item['colour'], string> = {
    green: token.colorSuccess,
    yellow: token.colorWarning,
    red: token.colorError,
  };
  const items = history.data?.items ?? [];
  return (
    <Card size="small" title={t('indicators.history.title')} style={{ marginBottom: 16 }} data-testid="light-history">
      {history.isError ? (
        <Typography.Text type="danger">{t('indicators.history.failed')}</Typography.Text>
      ) : !history.data ? (
        <Skeleton.Input active block size="small" />
      ) : items.length === 0 ? (
        <Typography.Text type="secondary">{t('indicators.history.empty')}</Typography.Text>
      ) : (
        <Flex gap={3} wrap role="list" aria-label={t('indicators.history.title')}>
          {items.map((item) => {
            const label = periodLabel(parsePeriodKey(item.period), locale);
            const reasons = item.reasons.map((r) => r.text[locale]).join('；');
            return (
              <Tooltip
                key={item.period}
                title={`${label} · ${t(`indicators.lights.${item.colour}`)}${reasons ? `：${reasons}` : ''}`}
              >
                <button
                  type="button"
                  role="listitem"
                  aria-label={`${label} ${t(`indicators.lights.${item.colour}`)}`}
                  aria-current={item.period === selected ? 'true' : undefined}
                  data-period={item.period}
                  data-colour={item.colour}
                  onClick={() => onSelect(item.period)}
                  style={{
                    width: 18,
                    height: 24,
                    padding: 0,
                    cursor: 'pointer',
                    borderRadius: 3,
                    background: colour[item.colour],
                    border: item.period === selected ? `2px solid ${token.colorText}` : '2px solid transparent',
                    opacity: item.period === selected ? 1 : 0.8,
                  }}
                />
              </Tooltip>
            );
          })}
        </Flex>
      )}
      {items.length > 0 ? (
        <Flex justify="space-between" style={{ fontSize: 12, maxWidth: items.length * 21 }}>
          <Typography.Text type="secondary">{periodLabel(parsePeriodKey(items[0]!.period), locale)}</Typography.Text>
          <Typography.Text type="secondary">
            {periodLabel(parsePeriodKey(items.at(-1)!.period), locale)}
          </Typography.Text>
        </Flex>
      ) : null}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
        {t('indicators.history.hint')}
      </Typography.Paragraph>
    </Card>
  );
}

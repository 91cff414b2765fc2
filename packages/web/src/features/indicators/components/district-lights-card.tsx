import { Card, Col, Flex, Row, Statistic, Typography, theme } from 'antd';
import { AlertOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPercent, formatPoints, NO_FIGURE, parsePeriodKey, periodLabel, type Light } from '@tuijin/shared';
import { hasAnyRole, useMe } from '../../../lib/session-context';
import { useLocale } from '../../../lib/use-locale';
import { useDistrictLights } from '../hooks/use-district-lights';

/** 工作台: red, yellow and green project counts of the user's scope, linking to the warning board. */
export function DistrictLightsCard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { token } = theme.useToken();
  const summary = useDistrictLights();
  // Leaders, units and owners see their own projects only: the card says so.
  const wide = hasAnyRole(useMe(), ['admin', 'office', 'supervisor']);
  const total = summary.data?.total;
  const lights = total?.lights ?? { red: 0, yellow: 0, green: 0 };
  const count = lights.red + lights.yellow + lights.green;
  const points = formatPoints(total?.gap ?? null);
  const gap = !points
    ? null
    : points.direction === 'on_pace'
      ? t('indicators.gap.onPace')
      : t(`indicators.gap.${points.direction}`, points);
  const colours: { colour: Light['colour']; color: string }[] = [
    { colour: 'red', color: token.colorError },
    { colour: 'yellow', color: token.colorWarning },
    { colour: 'green', color: token.colorSuccess },
  ];

  return (
    <Card
      title={wide ? t('indicators.home.title') : t('indicators.home.titleMine')}
      extra={
        <Link to="/warnings" data-testid="district-lights-open">
          <AlertOutlined /> {t('indicators.home.open')}
        </Link>
      }
      loading={summary.isPending}
      data-testid="district-lights"
    >
      {summary.isError ? (
        <Typography.Text type="secondary">{t('errors.unknown')}</Typography.Text>
      ) : (
        <Flex vertical gap={12}>
          {summary.data ? (
            <Typography.Text type="secondary">
              {t('indicators.home.subtitle', {
                period: periodLabel(parsePeriodKey(summary.data.period), locale),
                count,
              })}
            </Typography.Text>
          ) : null}
          <Row gutter={8}>
            {colours.map(({ colour, color }) => {
              const figure = (
                <Statistic
                  title={t(`indicators.lights.${colour}`)}
                  value={lights[colour]}
                  styles={{ content: { color } }}
                />
              );
              return (
                <Col span={8} key={colour} data-testid={`district-lights-${colour}`}>
                  {colour === 'green' ? figure : <Link to={`/warnings?colour=${colour}`}>{figure}</Link>}
                </Col>
              );
            })}
          </Row>
          <Typography.Text>
            {t('indicators.home.rate', { rate: formatPercent(total?.rate ?? null), gap: gap ?? NO_FIGURE })}
          </Typography.Text>
        </Flex>
      )}
    </Card>
  );
}

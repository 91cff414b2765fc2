import { Card, Col, Row, Statistic, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WarningColour } from '../api/warnings-api';
import { useWarningCount } from '../hooks/use-warnings';
import type { WarningsParams } from '../hooks/use-warnings-params';

type Props = { params: WarningsParams; update: (patch: Partial<WarningsParams>) => void };

/** Red and yellow counts under the other filters; a click filters the list by that colour. */
export function WarningCounters({ params, update }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const red = useWarningCount(params, 'red');
  const yellow = useWarningCount(params, 'yellow');
  const counters: { colour: WarningColour; count: typeof red; color: string; bg: string }[] = [
    { colour: 'red', count: red, color: token.colorError, bg: token.colorErrorBg },
    { colour: 'yellow', count: yellow, color: token.colorWarning, bg: token.colorWarningBg },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      {counters.map(({ colour, count, color, bg }) => {
        const active = params.colour === colour;
        const toggle = () => update({ colour: active ? null : colour });
        return (
          <Col key={colour} xs={12} sm={8} lg={6}>
            <Card
              size="small"
              hoverable
              role="button"
              tabIndex={0}
              aria-pressed={active}
              onClick={toggle}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  toggle();
                }
              }}
              style={{ borderColor: active ? color : undefined, background: active ? bg : undefined }}
              data-testid={`warning-count-${colour}`}
            >
              <Statistic
                title={t(`warnings.counters.${colour}`)}
                value={count.data ?? 0}
                loading={count.isPending}
                // The previous figure stays, dimmed, while the new filters load.
                style={{ opacity: count.isPlaceholderData ? 0.45 : 1 }}
                suffix={t('warnings.counters.unit')}
                styles={{ content: { color } }}
              />
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}

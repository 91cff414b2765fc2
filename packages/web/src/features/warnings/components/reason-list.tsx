import { Badge, Flex, Typography } from 'antd';
import { useLocale } from '../../../lib/use-locale';
import type { LightReason } from '../api/warnings-api';

const DOT: Record<LightReason['colour'], 'error' | 'warning'> = { red: 'error', yellow: 'warning' };

/** Every reason of a light, in full and in the language of the screen. */
export function ReasonList({ reasons }: { reasons: readonly LightReason[] }) {
  const locale = useLocale();
  return (
    <Flex vertical gap={4} component="ul" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
      {reasons.map((r, i) => (
        <li key={`${r.rule}-${i}`}>
          <Badge status={DOT[r.colour]} text={<Typography.Text>{r.text[locale]}</Typography.Text>} />
        </li>
      ))}
    </Flex>
  );
}

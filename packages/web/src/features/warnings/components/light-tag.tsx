import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/use-locale';
import type { LightColour, LightReason } from '../api/warnings-api';

export const LIGHT_TAG_COLOURS: Record<LightColour, string> = { red: 'red', yellow: 'gold', green: 'green' };

/** A light as a coloured tag; the first reason shows on hover (all of them are in the expanded row). */
export function LightTag({ colour, reasons }: { colour: LightColour; reasons: readonly LightReason[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const first = reasons[0];
  const tag = (
    <Tag color={LIGHT_TAG_COLOURS[colour]} style={{ marginInlineEnd: 0 }} data-colour={colour}>
      {t(`indicators.lightShort.${colour}`)}
    </Tag>
  );
  return first ? <Tooltip title={first.text[locale]}>{tag}</Tooltip> : tag;
}

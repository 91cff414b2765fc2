import { Tag } from 'antd';
import { STAGE_LABELS, type Stage } from '@tuijin/shared';
import { useEnumLabel } from '../lib/use-locale';

const STAGE_COLORS: Record<Stage, string> = {
  reserve: 'default',
  preparation: 'gold',
  new_start: 'green',
  continuing: 'blue',
  completed: 'purple',
  operating: 'cyan',
};

export function StageTag({ stage }: { stage: Stage }) {
  const enumLabel = useEnumLabel();
  return <Tag color={STAGE_COLORS[stage]}>{enumLabel(STAGE_LABELS, stage)}</Tag>;
}

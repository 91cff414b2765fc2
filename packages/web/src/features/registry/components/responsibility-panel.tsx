import { Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Assignment, ProjectDetail, SlotList } from '@tuijin/shared';
import { useLocale } from '../../../lib/use-locale';

type Slot = SlotList['slots'][number];

export function slotLabel(slot: Pick<Slot, 'labelZh' | 'labelEn'>, locale: string): string {
  return locale === 'zh-CN' ? slot.labelZh : slot.labelEn;
}

export function assigneeName(a: Assignment): string {
  return a.name ?? a.text ?? '';
}

export function sortedSlots(slots: SlotList | undefined): Slot[] {
  return [...(slots?.slots ?? [])].sort((a, b) => a.position - b.position);
}

export function ResponsibilityPanel({ project, slots }: { project: ProjectDetail; slots: SlotList | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const ordered = sortedSlots(slots);
  if (ordered.length === 0) return <Empty />;

  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { width: 200 } }}
      items={ordered.map((slot) => {
        const assigned = project.assignments.filter((a) => a.slotKey === slot.key);
        return {
          key: slot.key,
          label: (
            <Space size={4}>
              <span>{slotLabel(slot, locale)}</span>
              {slot.required ? <Typography.Text type="danger">*</Typography.Text> : null}
            </Space>
          ),
          children:
            assigned.length === 0 ? (
              <Typography.Text type="secondary">{t('detail.noAssignee')}</Typography.Text>
            ) : slot.kind === 'document' ? (
              <Space orientation="vertical" size={2}>
                {assigned.map((a, i) => (
                  <Typography.Text key={`${a.slotKey}-${i}`} style={{ whiteSpace: 'pre-wrap' }}>
                    {assigneeName(a)}
                  </Typography.Text>
                ))}
              </Space>
            ) : (
              <Space size={[4, 4]} wrap>
                {assigned.map((a, i) => (
                  <Tag key={a.userId ?? a.unitId ?? i} color={slot.kind === 'person' ? 'blue' : 'geekblue'}>
                    {assigneeName(a)}
                  </Tag>
                ))}
              </Space>
            ),
        };
      })}
    />
  );
}

import { Descriptions, Space, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  DIRECTION_LABELS,
  FIELD_LABELS,
  INVESTOR_TYPE_LABELS,
  TAG_CATEGORY_LABELS,
  type ProjectDetail,
} from '@tuijin/shared';
import { StageTag } from '../../../components/stage-tag';
import { formatDate, formatDateTime, formatMoney } from '../../../lib/format';
import { useEnumLabel } from '../../../lib/use-locale';

export function ProjectOverview({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const none = t('common.none');
  const text = (v: string | null | undefined) => (v ? v : none);
  const yesNo = (v: boolean) => (v ? t('common.yes') : t('common.no'));
  const f = (key: string) => t(`project.fields.${key}`);

  const items: DescriptionsProps['items'] = [
    { key: 'name', label: f('name'), children: project.name, span: 2 },
    { key: 'code', label: f('code'), children: text(project.code) },
    { key: 'owner', label: f('owner'), children: project.owner.name },
    { key: 'investorType', label: f('investorType'), children: enumLabel(INVESTOR_TYPE_LABELS, project.investorType) },
    { key: 'field', label: f('field'), children: enumLabel(FIELD_LABELS, project.field) },
    { key: 'direction', label: f('direction'), children: enumLabel(DIRECTION_LABELS, project.direction) },
    { key: 'industry', label: f('industry'), children: text(project.industry) },
    { key: 'stage', label: f('stage'), children: <StageTag stage={project.stage} /> },
    { key: 'inStatistics', label: f('inStatistics'), children: yesNo(project.inStatistics) },
    {
      key: 'totalInvestment',
      label: f('totalInvestment'),
      children: <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMoney(project.totalInvestment)}</span>,
    },
    { key: 'plannedStart', label: f('plannedStart'), children: formatDate(project.plannedStart) || none },
    { key: 'plannedEnd', label: f('plannedEnd'), children: formatDate(project.plannedEnd) || none },
    { key: 'street', label: f('street'), children: text(project.street?.name) },
    { key: 'address', label: f('address'), children: text(project.address), span: 2 },
    { key: 'lng', label: f('lng'), children: project.lng ?? none },
    { key: 'lat', label: f('lat'), children: project.lat ?? none },
    { key: 'leader', label: f('leader'), children: text(project.leader?.name) },
    { key: 'responsibleUnit', label: f('responsibleUnit'), children: text(project.responsibleUnit?.name) },
    { key: 'publishable', label: f('publishable'), children: yesNo(project.publishable) },
    {
      key: 'tags',
      label: f('tags'),
      span: 2,
      children:
        project.tags.length > 0 ? (
          <Space size={[4, 4]} wrap>
            {project.tags.map((tag) => (
              <Tag key={tag.id}>{`${enumLabel(TAG_CATEGORY_LABELS, tag.category)} · ${tag.name}`}</Tag>
            ))}
          </Space>
        ) : (
          none
        ),
    },
    {
      key: 'content',
      label: f('content'),
      span: 'filled',
      children: project.content ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
          {project.content}
        </Typography.Paragraph>
      ) : (
        none
      ),
    },
    { key: 'createdAt', label: f('createdAt'), children: formatDateTime(project.createdAt) },
    { key: 'updatedAt', label: f('updatedAt'), children: formatDateTime(project.updatedAt) },
    ...(project.archivedAt
      ? [{ key: 'archivedAt', label: f('archivedAt'), children: formatDateTime(project.archivedAt) }]
      : []),
  ];

  return <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2, lg: 3 }} items={items} />;
}

import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { Button, Card, Empty, Flex, Pagination, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DIRECTION_LABELS, formatPercent, type ListResponse } from '@tuijin/shared';
import { useEnumLabel } from '../../../lib/use-locale';
import type { WarningItem } from '../api/warnings-api';
import type { WarningsParams } from '../hooks/use-warnings-params';
import { GapText } from './gap-text';
import { LightTag } from './light-tag';
import { ReasonList } from './reason-list';

type Props = {
  params: WarningsParams;
  update: (patch: Partial<WarningsParams>) => void;
  data: ListResponse<WarningItem> | undefined;
  loading: boolean;
};

const CARD_PROPS = { 'data-testid': 'warning-row' } as HTMLAttributes<HTMLDivElement>;

function WarningCard({ item }: { item: WarningItem }) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const [open, setOpen] = useState(false);
  const none = t('common.none');
  const shown = open ? item.reasons : item.reasons.slice(0, 1);
  return (
    <Card size="small" {...CARD_PROPS}>
      <Flex vertical gap={6}>
        <Flex gap={8} align="flex-start">
          <LightTag colour={item.colour} reasons={item.reasons} />
          <Link to={`/projects/${item.project.id}`} style={{ fontWeight: 500 }}>
            {item.project.name}
          </Link>
        </Flex>
        <Typography.Text type="secondary">
          {[
            item.leader?.name ?? none,
            item.responsibleUnit?.name ?? none,
            enumLabel(DIRECTION_LABELS, item.direction),
          ].join(' · ')}
        </Typography.Text>
        <Flex gap={12} wrap>
          <span>
            {t('warnings.columns.rate')}
            {t('common.colon')}
            {formatPercent(item.rate)}
          </span>
          <GapText gap={item.gap} />
        </Flex>
        <ReasonList reasons={shown} />
        {item.reasons.length > 1 ? (
          <Button
            type="link"
            size="small"
            style={{ padding: 0, alignSelf: 'flex-start' }}
            onClick={() => setOpen((v) => !v)}
          >
            {open ? t('warnings.hideReasons') : t('warnings.showReasons', { count: item.reasons.length })}
          </Button>
        ) : null}
      </Flex>
    </Card>
  );
}

/** The board on a phone: one card per project instead of a wide table. */
export function WarningCards({ params, update, data, loading }: Props) {
  const { t } = useTranslation();
  const items = data?.items ?? [];
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={8} data-testid="warnings-table" data-layout="cards">
        {items.length === 0 && !loading ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('warnings.empty')} />
        ) : null}
        {items.map((item) => (
          <WarningCard key={item.project.id} item={item} />
        ))}
        {(data?.total ?? 0) > params.pageSize ? (
          <Pagination
            simple
            align="center"
            current={params.page}
            pageSize={params.pageSize}
            total={data?.total ?? 0}
            onChange={(page) => update({ page })}
          />
        ) : null}
      </Flex>
    </Spin>
  );
}

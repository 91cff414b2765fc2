import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FACTOR_KIND_LABELS } from '@tuijin/shared';
import { useEnumLabel } from '../../../lib/use-locale';
import type { FactorRequest } from '../api/factors-api';
import { FactorStatusTag, useFactorAmountText, useFactorDetailLabel } from './factor-tags';

type Props = {
  request: FactorRequest;
  onSupply: (r: FactorRequest) => void;
  onEdit: (r: FactorRequest) => void;
  /** On the project's own page the project goes without saying. */
  hideProject?: boolean;
};

/** One request in the phone list: factor and detail, project, amounts, supplying unit, actions. */
export function FactorCard({ request: r, onSupply, onEdit, hideProject }: Props) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const detailLabel = useFactorDetailLabel();
  const amountText = useFactorAmountText();
  const small = { fontSize: 12 };
  return (
    <Card size="small" data-testid="factor-card" data-factor-id={r.id} styles={{ body: { padding: 10 } }}>
      <Flex vertical gap={4}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
            {enumLabel(FACTOR_KIND_LABELS, r.factor)} · {detailLabel(r.factor, r.detail)}
          </Typography.Text>
          <FactorStatusTag status={r.status} testId="factor-row-status" />
        </Flex>
        {hideProject ? null : (
          <Link to={`/projects/${r.project.id}?tab=factors`} style={{ ...small, overflowWrap: 'anywhere' }}>
            {r.project.name}
          </Link>
        )}
        <Flex wrap gap={12} style={small}>
          <span data-testid="factor-row-amount">
            {t('factors.card.amount', { amount: amountText(r.factor, r.unitOfMeasure, r.amount) })}
          </span>
          <span data-testid="factor-row-supplied">
            {t('factors.card.supplied', { amount: amountText(r.factor, r.unitOfMeasure, r.suppliedAmount) })}
          </span>
          <Typography.Text type={/[1-9]/.test(r.unmet) ? 'danger' : 'secondary'} style={small}>
            <span data-testid="factor-row-unmet">
              {t('factors.card.unmet', { amount: amountText(r.factor, r.unitOfMeasure, r.unmet) })}
            </span>
          </Typography.Text>
        </Flex>
        <Typography.Text type="secondary" style={{ ...small, overflowWrap: 'anywhere' }}>
          {r.supplier ? r.supplier.name : t('factors.card.noSupplier')}
        </Typography.Text>
        {r.permissions.supply || r.permissions.edit ? (
          <Flex gap={8} justify="flex-end">
            {r.permissions.edit ? (
              <Button size="small" onClick={() => onEdit(r)} data-testid="factor-edit">
                {t('factors.actions.edit')}
              </Button>
            ) : null}
            {r.permissions.supply ? (
              <Button size="small" type="primary" onClick={() => onSupply(r)} data-testid="factor-supply">
                {t('factors.actions.supply')}
              </Button>
            ) : null}
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
}

import { Button, Flex, Popconfirm, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { CheckOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@tuijin/shared';
import { BaselineTag, PlanStatusTag } from '../../../components/progress-tags';
import { formatDateTime, formatMoney } from '../../../lib/format';

type Props = {
  plans: Plan[];
  loading: boolean;
  canEdit: boolean;
  canApprove: boolean;
  /** The version compared with the baseline. */
  compared: string | null;
  onCompare: (plan: Plan) => void;
  onEdit: (plan: Plan) => void;
  onApprove: (plan: Plan) => Promise<void>;
  willBeBaseline: boolean;
};

/** Every version of the year, newest first. */
export function PlansTable({
  plans,
  loading,
  canEdit,
  canApprove,
  compared,
  onCompare,
  onEdit,
  onApprove,
  willBeBaseline,
}: Props) {
  const { t } = useTranslation();
  const none = t('common.none');
  const columns: TableColumnsType<Plan> = [
    {
      title: t('plans.table.version'),
      key: 'version',
      width: 80,
      render: (_, p) => <Typography.Text strong>{t('plans.versionLabel', { n: p.versionNo })}</Typography.Text>,
    },
    {
      title: t('plans.table.status'),
      key: 'status',
      width: 150,
      render: (_, p) => (
        <Flex wrap gap={4}>
          <PlanStatusTag status={p.status} />
          {p.isBaseline ? <BaselineTag /> : null}
        </Flex>
      ),
    },
    {
      title: t('plans.table.planned'),
      key: 'planned',
      width: 150,
      align: 'right',
      render: (_, p) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMoney(p.plannedInvestment)}</span>,
    },
    {
      title: t('plans.table.reason'),
      key: 'reason',
      ellipsis: { showTitle: true },
      render: (_, p) => p.reason ?? none,
    },
    {
      title: t('plans.table.approved'),
      key: 'approved',
      width: 200,
      responsive: ['md'],
      render: (_, p) =>
        p.approvedBy ? (
          <Flex vertical>
            <span>{p.approvedBy.name}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(p.approvedAt)}
            </Typography.Text>
          </Flex>
        ) : (
          none
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 220,
      render: (_, p) => (
        <Space size={4} wrap>
          {/* The baseline is the left column of the comparison already. */}
          {p.isBaseline ? null : (
            <Button
              size="small"
              type={compared === p.id ? 'primary' : 'default'}
              ghost={compared === p.id}
              onClick={() => onCompare(p)}
            >
              {t('plans.table.compare')}
            </Button>
          )}
          {p.status === 'draft' && canEdit ? (
            <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(p)} data-testid="plan-edit">
              {t('common.edit')}
            </Button>
          ) : null}
          {p.status === 'draft' && canApprove ? (
            <Popconfirm
              title={t('plans.approveConfirm')}
              description={willBeBaseline ? t('plans.approveBaselineHint') : t('plans.approveHint')}
              okText={t('plans.approve')}
              cancelText={t('common.cancel')}
              onConfirm={() => void onApprove(p)}
            >
              <Button size="small" type="primary" icon={<CheckOutlined />} data-testid="plan-approve">
                {t('plans.approve')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];
  return (
    <div data-testid="plans-table">
      <Table<Plan>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={plans}
        loading={loading}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: t('plans.empty') }}
      />
    </div>
  );
}

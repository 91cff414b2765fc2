import { Alert, Card, Flex, Progress, Space, Tag, Tooltip, Typography } from 'antd';
import { CheckCircleOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/use-locale';
import type { ProjectFormalities } from '../api/formalities-api';

/** The whole chain's approval time against the reform target, the counts, and the permit compliance. */
export function ChainSummary({ data }: { data: ProjectFormalities }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const c = data.chain;
  const percent = c.targetWorkingDays > 0 ? Math.round((c.workingDays / c.targetWorkingDays) * 100) : 0;
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="chain-summary">
      <Flex wrap gap={16} align="center" justify="space-between">
        <Flex vertical gap={4} style={{ minWidth: 240, flex: '1 1 320px' }}>
          <Space size={6} wrap>
            <Typography.Text strong>{t('formalities.chain.used')}</Typography.Text>
            <Typography.Text data-testid="chain-working-days">
              {t('formalities.chain.usedDays', { count: c.workingDays, target: c.targetWorkingDays })}
            </Typography.Text>
            <Tooltip title={t('formalities.chain.hint')}>
              <InfoCircleOutlined style={{ color: 'rgba(0,0,0,0.45)' }} />
            </Tooltip>
          </Space>
          <Progress
            percent={Math.min(100, percent)}
            status={c.overTarget ? 'exception' : c.complete ? 'success' : 'active'}
            showInfo={false}
            size="small"
          />
          <Typography.Text type={c.overTarget ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
            {c.overTarget
              ? t('formalities.chain.over', { count: -c.remainingWorkingDays })
              : t('formalities.chain.remaining', { count: c.remainingWorkingDays })}
          </Typography.Text>
        </Flex>
        <Flex vertical gap={4} style={{ flex: '1 1 260px' }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {data.template
              ? t('formalities.chain.template', { name: data.template.name })
              : t('formalities.chain.noTemplate')}
          </Typography.Text>
          <Space size={4} wrap>
            {c.complete ? (
              <Tag color="success" icon={<CheckCircleOutlined />}>
                {t('formalities.chain.complete')}
              </Tag>
            ) : null}
            {c.pendingSteps > 0 ? (
              <Tag color="processing">{t('formalities.chain.pending', { count: c.pendingSteps })}</Tag>
            ) : null}
            {c.overdueSteps > 0 ? (
              <Tag color="error" data-testid="chain-overdue">
                {t('formalities.chain.overdue', { count: c.overdueSteps })}
              </Tag>
            ) : null}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('formalities.chain.limitSum', { count: c.limitWorkingDaysSum })} ·{' '}
            {t('formalities.chain.today', { date: data.today })}
          </Typography.Text>
        </Flex>
      </Flex>
      {data.compliance.violation && data.compliance.reason ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title={t('formalities.compliance')}
          description={data.compliance.reason.text[locale]}
          data-testid="permit-violation"
        />
      ) : null}
    </Card>
  );
}

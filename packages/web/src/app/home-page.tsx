import { Button, Card, Col, Descriptions, Row, Space, Statistic, Tag, Typography } from 'antd';
import { DatabaseOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ROLE_LABELS } from '@tuijin/shared';
import { DistrictLightsCard } from '../features/indicators/components/district-lights-card';
import { useVisibleProjectCount } from '../features/registry/hooks/use-project-count';
import { useMe } from '../lib/session-context';
import { useEnumLabel } from '../lib/use-locale';

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const enumLabel = useEnumLabel();
  const navigate = useNavigate();
  const count = useVisibleProjectCount();

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={16}>
        <Card>
          <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="welcome-title">
            {t('home.welcome', { name: me.displayName })}
          </Typography.Title>
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'unit', label: t('home.unit'), children: me.unit?.name ?? t('layout.noUnit') },
              {
                key: 'roles',
                label: t('home.roles'),
                children: (
                  <Space size={[4, 4]} wrap>
                    {me.roles.map((r) => (
                      <Tag key={r} color="blue">
                        {enumLabel(ROLE_LABELS, r)}
                      </Tag>
                    ))}
                  </Space>
                ),
              },
            ]}
          />
          <Button
            type="primary"
            icon={<DatabaseOutlined />}
            onClick={() => void navigate('/projects')}
            style={{ marginTop: 8 }}
          >
            {t('home.openRegistry')}
          </Button>
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card style={{ marginBottom: 16 }}>
          <Statistic
            title={t('home.projectCount')}
            value={count.data ?? 0}
            loading={count.isPending}
            suffix={t('home.projectUnit')}
            data-testid="project-count"
          />
        </Card>
        <DistrictLightsCard />
      </Col>
    </Row>
  );
}

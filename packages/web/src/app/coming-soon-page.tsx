import { Button, Result } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ModuleKey } from './modules';

export function ComingSoonPage({ module }: { module: ModuleKey }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      icon={<ClockCircleOutlined />}
      title={t('comingSoon.title', { module: t(`menu.${module}`) })}
      subTitle={t('comingSoon.subtitle')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('comingSoon.home')}
        </Button>
      }
    />
  );
}

import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../lib/api-client';
import { useDescribeError } from '../lib/error-messages';

export function PageSpin() {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', alignItems: 'center', minHeight: 240 }}>
      <Spin size="large" />
    </div>
  );
}

export function NotFoundResult() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.subtitle')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('comingSoon.home')}
        </Button>
      }
    />
  );
}

export function ForbiddenResult() {
  const { t } = useTranslation();
  return <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.subtitle')} />;
}

/** Full-page result for a failed load: 404 and 403 get their own pages, the rest a retry. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  if (isApiError(error, 'not_found')) return <NotFoundResult />;
  if (isApiError(error, 'forbidden')) return <ForbiddenResult />;
  return (
    <Result
      status="error"
      title={describe(error)}
      extra={onRetry ? <Button onClick={onRetry}>{t('common.reload')}</Button> : undefined}
    />
  );
}

import { Alert, Button } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-client';
import { useDescribeError } from '../lib/error-messages';

type Props = {
  error: unknown;
  /** Offered on version_conflict: the record changed under the user and must be read again. */
  onReload?: () => void;
  /** Extra lines (validation messages that belong to no visible field). */
  extra?: readonly string[];
};

export function ApiErrorAlert({ error, onReload, extra }: Props) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  if (!error && (!extra || extra.length === 0)) return null;
  const conflict = isApiError(error, 'version_conflict');
  return (
    <Alert
      type={conflict ? 'warning' : 'error'}
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={error ? describe(error) : t('errors.validation_failed')}
      description={
        extra && extra.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {extra.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : undefined
      }
      action={
        conflict && onReload ? (
          <Button size="small" icon={<ReloadOutlined />} onClick={onReload} data-testid="reload-record">
            {t('common.reload')}
          </Button>
        ) : undefined
      }
    />
  );
}

import { Button, Card, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { hasAnyRole, useSession } from '../../../lib/session-context';
import { useProjectList } from '../hooks/use-projects';
import { useRegistryParams } from '../hooks/use-registry-params';
import { RegistryFilters } from './registry-filters';
import { RegistryTable } from './registry-table';

export function RegistryPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const { params, update, reset, isFiltered } = useRegistryParams();
  const list = useProjectList(params);
  const canCreate = hasAnyRole(user, ['office', 'admin']);

  return (
    <Card>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }} wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('registry.title')}
        </Typography.Title>
        {canCreate ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate('/projects/new')}
            data-testid="new-project"
          >
            {t('registry.newProject')}
          </Button>
        ) : null}
      </Flex>
      <RegistryFilters params={params} update={update} reset={reset} isFiltered={isFiltered} />
      {list.isError ? <ApiErrorAlert error={list.error} /> : null}
      <RegistryTable params={params} update={update} data={list.data} loading={list.isFetching} />
    </Card>
  );
}

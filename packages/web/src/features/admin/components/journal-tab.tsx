import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { JournalVerifyResult } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useRegions } from '../../../lib/use-org-lookups';
import { useVerifyJournal } from '../hooks/use-admin';

type Chain = JournalVerifyResult['chains'][number];

export function JournalTab() {
  const { t } = useTranslation();
  const verify = useVerifyJournal();
  const { regions } = useRegions(['district']);
  const districtName = (id: string | null) =>
    id === null ? t('admin.journal.global') : (regions.find((r) => r.id === id)?.name ?? id);
  const result = verify.data;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('admin.journal.hint')}
      </Typography.Paragraph>
      <Button
        type="primary"
        icon={<SafetyCertificateOutlined />}
        loading={verify.isPending}
        onClick={() => verify.mutate()}
        data-testid="journal-verify"
      >
        {t('admin.journal.verify')}
      </Button>
      <ApiErrorAlert error={verify.error} />
      {result ? (
        <>
          <Alert
            type={result.ok ? 'success' : 'error'}
            showIcon
            title={result.ok ? t('admin.journal.allOk') : t('admin.journal.broken')}
          />
          <Table<Chain>
            rowKey={(c) => c.districtId ?? 'global'}
            size="small"
            pagination={false}
            dataSource={result.chains}
            columns={[
              { title: t('admin.journal.chain'), key: 'chain', render: (_, c) => districtName(c.districtId) },
              { title: t('admin.journal.entries'), dataIndex: 'entries', width: 120, align: 'right' },
              {
                title: t('admin.users.status'),
                key: 'status',
                render: (_, c) =>
                  c.firstBrokenSeq === null && !c.problem ? (
                    <Tag color="green">{t('admin.journal.ok')}</Tag>
                  ) : (
                    <Space orientation="vertical" size={0}>
                      {c.firstBrokenSeq !== null ? (
                        <Typography.Text type="danger" strong>
                          {t('admin.journal.firstBroken', { seq: c.firstBrokenSeq })}
                        </Typography.Text>
                      ) : null}
                      {c.problem ? <Typography.Text type="danger">{c.problem}</Typography.Text> : null}
                    </Space>
                  ),
              },
            ]}
          />
        </>
      ) : null}
    </Space>
  );
}

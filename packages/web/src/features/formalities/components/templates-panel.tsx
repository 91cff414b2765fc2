import { useState } from 'react';
import { Button, Card, Empty, Flex, Grid, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FORMALITY_CHAIN_LABELS } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PageSpin } from '../../../components/page-states';
import { useEnumLabel } from '../../../lib/use-locale';
import type { FormalityTemplate } from '../api/formalities-api';
import { useTemplates } from '../hooks/use-formalities';
import { TemplateEditModal } from './template-edit-modal';

type TemplateStep = FormalityTemplate['steps'][number];

/** The district's approval chains: each template's steps with their approving unit and limit. */
export function TemplatesPanel({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const narrow = Grid.useBreakpoint().md === false;
  const templates = useTemplates();
  const [editing, setEditing] = useState<FormalityTemplate | 'new' | null>(null);

  if (templates.isPending) return <PageSpin />;
  const items = templates.data?.items ?? [];

  return (
    <>
      <ApiErrorAlert error={templates.error} />
      {canEdit ? (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="template-new">
            {t('formalities.templates.new')}
          </Button>
        </Flex>
      ) : null}
      {items.length === 0 ? <Empty description={t('formalities.templates.empty')} /> : null}
      <Flex vertical gap={12}>
        {items.map((tpl) => (
          <Card
            key={tpl.id}
            size="small"
            data-testid="template-card"
            title={
              <Space wrap size={6}>
                <span style={{ whiteSpace: 'normal' }}>{tpl.name}</span>
                <Tag>{enumLabel(FORMALITY_CHAIN_LABELS, tpl.appliesTo)}</Tag>
              </Space>
            }
            extra={
              canEdit ? (
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => setEditing(tpl)}
                  data-testid="template-edit"
                >
                  {narrow ? null : t('common.edit')}
                </Button>
              ) : null
            }
          >
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {t('formalities.templates.targetDays', { count: tpl.targetWorkingDays })}
            </Typography.Paragraph>
            {narrow ? (
              <Flex vertical gap={6}>
                {tpl.steps.map((s) => (
                  <Flex key={s.id} justify="space-between" gap={8} style={{ fontSize: 13 }}>
                    <span style={{ overflowWrap: 'anywhere' }}>
                      {s.position + 1}. {s.name}
                      <br />
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {s.approverUnit?.name ?? t('formalities.noApprover')}
                      </Typography.Text>
                    </span>
                    <span style={{ whiteSpace: 'nowrap' }}>
                      {t('formalities.templates.limitDays', { count: s.limitWorkingDays })}
                    </span>
                  </Flex>
                ))}
              </Flex>
            ) : (
              <Table<TemplateStep>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={tpl.steps}
                columns={[
                  { key: 'pos', title: '#', width: 44, render: (_, s) => s.position + 1 },
                  {
                    key: 'name',
                    title: t('formalities.templates.stepName'),
                    render: (_, s) => (
                      <Space size={4} wrap>
                        {s.name}
                        {s.isConstructionPermit ? <Tag color="purple">{t('formalities.permit')}</Tag> : null}
                      </Space>
                    ),
                  },
                  { key: 'code', title: t('formalities.templates.code'), width: 220, dataIndex: 'code' },
                  {
                    key: 'approver',
                    title: t('formalities.templates.approver'),
                    width: 240,
                    render: (_, s) =>
                      s.approverUnit?.name ?? (
                        <Typography.Text type="secondary">{t('formalities.noApprover')}</Typography.Text>
                      ),
                  },
                  {
                    key: 'limit',
                    title: t('formalities.templates.limit'),
                    width: 120,
                    align: 'right',
                    render: (_, s) => t('formalities.templates.limitDays', { count: s.limitWorkingDays }),
                  },
                ]}
              />
            )}
          </Card>
        ))}
      </Flex>
      {editing ? (
        <TemplateEditModal template={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}

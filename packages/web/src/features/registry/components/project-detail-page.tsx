import { useState } from 'react';
import { App, Badge, Button, Card, Flex, Space, Tabs, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, InboxOutlined, TeamOutlined, UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { LoadError, PageSpin } from '../../../components/page-states';
import { ReasonModal } from '../../../components/reason-modal';
import { StageTag } from '../../../components/stage-tag';
import { useSlots } from '../../../lib/use-org-lookups';
import { ProjectFactorsTab } from '../../factors/components/project-factors-tab';
import { ProjectFormalitiesTab } from '../../formalities/components/project-formalities-tab';
import { ProjectProblemsTab } from '../../problems/components/project-problems-tab';
import { useArchiveProject } from '../hooks/use-project-mutations';
import { useProject } from '../hooks/use-projects';
import { HistoryPanel } from './history-panel';
import { IndicatorsTab } from './indicators-tab';
import { ProjectOverview } from './project-overview';
import { ProgressPanel } from './progress-panel';
import { ResponsibilityModal } from './responsibility-modal';
import { ResponsibilityPanel } from './responsibility-panel';

const TABS = [
  'overview',
  'progress',
  'indicators',
  'problems',
  'formalities',
  'factors',
  'responsibility',
  'history',
] as const;
type TabKey = (typeof TABS)[number];

export function ProjectDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const project = useProject(id);
  const slots = useSlots();
  const archive = useArchiveProject(id);
  const [reasonOpen, setReasonOpen] = useState(false);
  const [assignOpen, setAssignOpen] = useState(false);

  const tabParam = searchParams.get('tab');
  const tab: TabKey = (TABS as readonly string[]).includes(tabParam ?? '') ? (tabParam as TabKey) : 'overview';
  const setTab = (key: string) => setSearchParams(key === 'overview' ? {} : { tab: key }, { replace: true });

  if (project.isPending) return <PageSpin />;
  if (project.isError) return <LoadError error={project.error} onRetry={() => void project.refetch()} />;
  const p = project.data;
  const archived = !!p.archivedAt;
  const reload = () => void project.refetch();

  return (
    <Card>
      <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 8 }}>
        <Space orientation="vertical" size={4}>
          <Space wrap>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('common.back')}
              onClick={() => void navigate(-1)}
            />
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="project-title">
              {p.name}
            </Typography.Title>
            <StageTag stage={p.stage} />
            {archived ? <Badge status="default" text={t('project.archived')} data-testid="archived-badge" /> : null}
          </Space>
          <Typography.Text type="secondary" copyable={p.code ? { text: p.code } : false}>
            {t('project.fields.code')}
            {t('common.colon')}
            {p.code ?? t('common.none')}
          </Typography.Text>
        </Space>
        <Space wrap>
          {p.permissions.edit && !archived ? (
            <Button
              type="primary"
              icon={<EditOutlined />}
              onClick={() => void navigate(`/projects/${p.id}/edit`)}
              data-testid="edit-project"
            >
              {t('common.edit')}
            </Button>
          ) : null}
          {p.permissions.assign && !archived ? (
            <Button
              icon={<TeamOutlined />}
              onClick={() => {
                setTab('responsibility');
                setAssignOpen(true);
              }}
              data-testid="assign-project"
            >
              {t('detail.assign')}
            </Button>
          ) : null}
          {p.permissions.archive ? (
            <Button
              danger={!archived}
              icon={archived ? <UndoOutlined /> : <InboxOutlined />}
              onClick={() => setReasonOpen(true)}
              data-testid={archived ? 'restore-project' : 'archive-project'}
            >
              {archived ? t('detail.restore') : t('detail.archive')}
            </Button>
          ) : null}
        </Space>
      </Flex>

      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'overview', label: t('detail.tabs.overview'), children: <ProjectOverview project={p} /> },
          {
            key: 'progress',
            label: <span data-testid="progress-tab">{t('detail.tabs.progress')}</span>,
            children: <ProgressPanel project={p} />,
          },
          {
            key: 'indicators',
            label: <span data-testid="indicators-tab">{t('indicators.tab.title')}</span>,
            children: <IndicatorsTab projectId={p.id} />,
          },
          {
            key: 'problems',
            label: <span data-testid="problems-tab">{t('problems.title')}</span>,
            children: <ProjectProblemsTab project={p} />,
          },
          {
            key: 'formalities',
            label: <span data-testid="formalities-tab">{t('formalities.title')}</span>,
            children: <ProjectFormalitiesTab project={p} />,
          },
          {
            key: 'factors',
            label: <span data-testid="factors-tab">{t('factors.title')}</span>,
            children: <ProjectFactorsTab project={p} mayAsk={p.permissions.edit && !archived} />,
          },
          {
            key: 'responsibility',
            label: <span data-testid="responsibility-tab">{t('detail.tabs.responsibility')}</span>,
            children: slots.isError ? (
              <LoadError error={slots.error} onRetry={() => void slots.refetch()} />
            ) : (
              <ResponsibilityPanel project={p} slots={slots.data} />
            ),
          },
          {
            key: 'history',
            label: <span data-testid="history-tab">{t('detail.tabs.history')}</span>,
            children: <HistoryPanel projectId={p.id} slots={slots.data} />,
          },
        ]}
      />

      <ReasonModal
        open={reasonOpen}
        title={archived ? t('detail.restoreTitle') : t('detail.archiveTitle')}
        hint={archived ? undefined : t('detail.archiveHint')}
        okText={archived ? t('detail.restore') : t('detail.archive')}
        danger={!archived}
        onClose={() => setReasonOpen(false)}
        onReload={() => {
          setReasonOpen(false);
          reload();
        }}
        onSubmit={async (reason) => {
          await archive.mutateAsync({ version: p.version, reason, restore: archived });
          void message.success(archived ? t('detail.restored') : t('detail.archived'));
        }}
      />
      {assignOpen ? (
        <ResponsibilityModal
          project={p}
          slots={slots.data}
          open={assignOpen}
          onClose={() => setAssignOpen(false)}
          onReload={reload}
        />
      ) : null}
    </Card>
  );
}

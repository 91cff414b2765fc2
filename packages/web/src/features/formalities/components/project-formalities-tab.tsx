import { useState } from 'react';
import { Alert, Button, Flex } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FormalityStepAction } from '@tuijin/shared';
import { LoadError, PageSpin } from '../../../components/page-states';
import { hasAnyRole, useSession } from '../../../lib/session-context';
import type { FormalityStep } from '../api/formalities-api';
import { useProjectFormalities } from '../hooks/use-formalities';
import { ApplyTemplate } from './apply-template';
import { ChainSummary } from './chain-summary';
import { StepActionModal } from './step-action-modal';
import { StepEditModal } from './step-edit-modal';
import { StepTable } from './step-table';

/**
 * The project page's 前期手续 tab: the chain's time against the reform target, the checklist of
 * steps with their status, dates, document number and working days against the limit, and the
 * actions the caller may take; the office applies a template and corrects steps.
 */
export function ProjectFormalitiesTab({ project }: { project: { id: string; archivedAt: string | null } }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const office = hasAnyRole(user, ['office', 'admin']) && !project.archivedAt;
  const query = useProjectFormalities(project.id);
  const [acting, setActing] = useState<{ step: FormalityStep; action: FormalityStepAction } | null>(null);
  const [editing, setEditing] = useState<FormalityStep | null>(null);
  const [addingSteps, setAddingSteps] = useState(false);

  if (query.isPending) return <PageSpin />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  const empty = data.steps.length === 0;

  return (
    <div data-testid="project-formalities">
      {empty ? (
        office ? (
          <ApplyTemplate projectId={project.id} hasSteps={false} />
        ) : (
          <Alert type="info" showIcon title={t('formalities.apply.waiting')} />
        )
      ) : (
        <>
          <ChainSummary data={data} />
          {office ? (
            addingSteps ? (
              <ApplyTemplate projectId={project.id} hasSteps />
            ) : (
              <Flex justify="flex-end" style={{ marginBottom: 8 }}>
                <Button size="small" icon={<PlusOutlined />} onClick={() => setAddingSteps(true)}>
                  {t('formalities.apply.more')}
                </Button>
              </Flex>
            )
          ) : null}
          <StepTable
            steps={data.steps}
            emptyText={t('formalities.apply.waiting')}
            testId="formality-steps"
            onAction={(step, action) => setActing({ step, action })}
            onEdit={office ? setEditing : undefined}
          />
        </>
      )}
      <StepActionModal target={acting} today={data.today} onClose={() => setActing(null)} />
      <StepEditModal step={editing} onClose={() => setEditing(null)} />
    </div>
  );
}

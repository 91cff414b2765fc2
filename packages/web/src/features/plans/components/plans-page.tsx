import { useState } from 'react';
import { App, Button, Card, DatePicker, Empty, Flex, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Plan } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { ProjectSelect } from '../../../components/project-select';
import { useDescribeError } from '../../../lib/error-messages';
import { formatMoney } from '../../../lib/format';
import { canApprovePlans, canPrepare } from '../../../lib/progress-permissions';
import { useMe } from '../../../lib/session-context';
import {
  baselinePlanOf,
  currentPlanOf,
  draftPlanOf,
  useProjectDetail,
  useProjectPlans,
} from '../../../lib/use-progress';
import { useApprovePlan } from '../hooks/use-plan-mutations';
import { usePlansParams } from '../hooks/use-plans-params';
import { PlanCompare } from './plan-compare';
import { PlanFormDrawer } from './plan-form-drawer';
import { PlansTable } from './plans-table';

type Editing = { draft: Plan | null } | null;

/** 计划管理: a project's plan versions of a year, the baseline beside the current one, drafts. */
export function PlansPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const me = useMe();
  const { params, update } = usePlansParams();
  const project = useProjectDetail(params.projectId);
  const plans = useProjectPlans(params.projectId, params.year);
  const approve = useApprovePlan();
  const [editing, setEditing] = useState<Editing>(null);

  const list = plans.data ?? [];
  const baseline = baselinePlanOf(list, params.year);
  const current = currentPlanOf(list, params.year);
  const draft = draftPlanOf(list, params.year);
  const compared = list.find((p) => p.id === params.compare) ?? current;
  const p = project.data;
  const mayPrepare = !!p && !p.archivedAt && canPrepare(me, p.owner.id);
  const mayApprove = !!p && canApprovePlans(me);
  const approvedBefore = list.some((v) => v.status !== 'draft');

  const onApprove = async (plan: Plan) => {
    try {
      await approve.mutateAsync({ id: plan.id, version: plan.version });
      void message.success(t('plans.approved'));
    } catch (error) {
      void message.error(describe(error));
      void plans.refetch();
    }
  };

  return (
    <Card styles={{ body: { padding: 16 } }}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('plans.title')}
      </Typography.Title>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
        <div style={{ flex: '1 1 280px', minWidth: 0, maxWidth: 480 }} data-testid="plan-project-select">
          <ProjectSelect
            value={params.projectId}
            onChange={(projectId) => update({ projectId })}
            known={p ? { value: p.id, label: p.name } : null}
          />
        </div>
        <DatePicker
          picker="year"
          allowClear={false}
          inputReadOnly
          value={dayjs(`${params.year}-01-01`)}
          onChange={(d) => {
            if (d) update({ year: d.year() });
          }}
          style={{ width: 120 }}
          aria-label={t('plans.year')}
          data-testid="plan-year"
        />
        {mayPrepare ? (
          <Tooltip title={draft ? t('plans.draftExists') : undefined}>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={!!draft}
              onClick={() => setEditing({ draft: null })}
              data-testid="plan-create"
            >
              {current ? t('plans.replan') : t('plans.create')}
            </Button>
          </Tooltip>
        ) : null}
      </Flex>

      {!params.projectId ? (
        <Empty description={t('plans.chooseProject')} />
      ) : project.isError || plans.isError ? (
        <ApiErrorAlert error={project.error ?? plans.error} />
      ) : (
        <>
          {p ? (
            <Typography.Paragraph type="secondary">
              <Link to={`/projects/${p.id}?tab=progress`}>{p.name}</Link>
              {' · '}
              {t('plans.totalInvestment', { amount: formatMoney(p.totalInvestment) })}
            </Typography.Paragraph>
          ) : null}
          <PlansTable
            plans={list}
            loading={plans.isFetching || approve.isPending}
            canEdit={mayPrepare}
            canApprove={mayApprove}
            compared={compared?.id ?? null}
            onCompare={(plan) => update({ compare: plan.id })}
            onEdit={(plan) => setEditing({ draft: plan })}
            onApprove={onApprove}
            willBeBaseline={!approvedBefore}
          />
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('plans.compare.title')}
          </Typography.Title>
          <PlanCompare baseline={baseline} other={compared} />
        </>
      )}

      {editing && params.projectId ? (
        <PlanFormDrawer
          open
          projectId={params.projectId}
          year={params.year}
          draft={editing.draft}
          current={current}
          reasonRequired={approvedBefore}
          onClose={() => setEditing(null)}
          onReload={async () => {
            const fresh = await plans.refetch();
            return fresh.data?.find((v) => v.id === editing.draft?.id) ?? null;
          }}
        />
      ) : null}
    </Card>
  );
}

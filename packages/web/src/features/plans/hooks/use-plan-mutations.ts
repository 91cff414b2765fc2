import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Plan, PlanDraftUpdate, PlanInput } from '@tuijin/shared';
import { progressKeys } from '../../../lib/progress-api';
import { approvePlan, createPlan, updatePlan } from '../api/plans-api';

/** Approving one version supersedes another: every list of the project's plans is read again. */
function useOnSaved() {
  const queryClient = useQueryClient();
  return (plan: Plan) => void queryClient.invalidateQueries({ queryKey: progressKeys.plansOf(plan.projectId) });
}

export function useCreatePlan(projectId: string) {
  const onSaved = useOnSaved();
  return useMutation({ mutationFn: (body: PlanInput) => createPlan(projectId, body), onSuccess: onSaved });
}

export function useUpdatePlan() {
  const onSaved = useOnSaved();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: PlanDraftUpdate }) => updatePlan(id, body),
    onSuccess: onSaved,
  });
}

export function useApprovePlan() {
  const onSaved = useOnSaved();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => approvePlan(id, version),
    onSuccess: onSaved,
  });
}

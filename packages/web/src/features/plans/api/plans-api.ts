import type { Plan, PlanDraftUpdate, PlanInput } from '@tuijin/shared';
import { api } from '../../../lib/api-client';

export function createPlan(projectId: string, body: PlanInput): Promise<Plan> {
  return api.post<Plan>(`/projects/${encodeURIComponent(projectId)}/plans`, body);
}

/** Drafts only; an approved version is fixed (409). */
export function updatePlan(planId: string, body: PlanDraftUpdate): Promise<Plan> {
  return api.patch<Plan>(`/plans/${encodeURIComponent(planId)}`, body);
}

export function approvePlan(planId: string, version: number): Promise<Plan> {
  return api.post<Plan>(`/plans/${encodeURIComponent(planId)}/approve`, { version });
}

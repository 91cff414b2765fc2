import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Report, ReportDraft } from '@tuijin/shared';
import { progressKeys } from '../../../lib/progress-api';
import { reviewReport, saveReportDraft, submitReport, type ReviewStep } from '../api/reports-api';

/**
 * After any write: cache the fresh report and refresh what it affects: the queue, the project's
 * other months (their derived cumulative) and its plans (milestone actual dates are saved with
 * the report, on the plan's milestones).
 */
function useOnSaved() {
  const queryClient = useQueryClient();
  return (report: Report) => {
    queryClient.setQueryData(progressKeys.report(report.projectId, report.period), report);
    void queryClient.invalidateQueries({
      predicate: (q) => {
        const [head, kind, id, sub, period] = q.queryKey;
        if (head === 'plans') return kind === report.projectId;
        if (head !== 'reports') return false;
        if (kind === 'queue') return true;
        return kind === 'project' && id === report.projectId && !(sub === 'period' && period === report.period);
      },
    });
  };
}

export function useSaveReport(projectId: string, period: string) {
  const onSaved = useOnSaved();
  return useMutation({
    mutationFn: (body: ReportDraft) => saveReportDraft(projectId, period, body),
    onSuccess: onSaved,
  });
}

/** Saves the draft, then submits the version just written. */
export function useSaveAndSubmitReport(projectId: string, period: string) {
  const onSaved = useOnSaved();
  return useMutation({
    mutationFn: async (body: ReportDraft) => {
      const saved = await saveReportDraft(projectId, period, body);
      onSaved(saved);
      return submitReport(projectId, period, saved.version);
    },
    onSuccess: onSaved,
  });
}

export function useReviewReport() {
  const onSaved = useOnSaved();
  return useMutation({
    mutationFn: (v: { projectId: string; period: string; step: ReviewStep; version: number; reason?: string }) =>
      reviewReport(v.projectId, v.period, v.step, { version: v.version, reason: v.reason }),
    onSuccess: onSaved,
  });
}

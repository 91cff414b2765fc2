import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Report, ReportPhotos } from '@tuijin/shared';
import { progressKeys } from '../../../lib/progress-api';
import { deleteAttachment, fetchReportPhotos, photoKeys, uploadReportPhotos } from '../api/photos-api';

export function useReportPhotos(report: Report, enabled = true) {
  return useQuery({
    queryKey: photoKeys.report(report),
    queryFn: ({ signal }) => fetchReportPhotos(report, signal),
    enabled,
  });
}

/** After a change: the new list, and the report (its photo count) and its months read again. */
function useOnChanged(report: Report) {
  const queryClient = useQueryClient();
  return (photos: ReportPhotos | null) => {
    if (photos) queryClient.setQueryData(photoKeys.report(report), photos);
    else void queryClient.invalidateQueries({ queryKey: photoKeys.report(report) });
    void queryClient.invalidateQueries({ queryKey: progressKeys.reportsOf(report.projectId) });
  };
}

export function useUploadPhotos(report: Report) {
  const onChanged = useOnChanged(report);
  return useMutation({
    mutationFn: (files: readonly File[]) => uploadReportPhotos(report, files),
    onSuccess: onChanged,
  });
}

export function useDeletePhoto(report: Report) {
  const onChanged = useOnChanged(report);
  return useMutation({
    mutationFn: (id: string) => deleteAttachment(id),
    onSuccess: () => onChanged(null),
  });
}

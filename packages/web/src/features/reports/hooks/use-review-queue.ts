import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchReviewQueue, reportKeys, type ReviewQueueParams } from '../api/reports-api';

export function useReviewQueue(params: ReviewQueueParams) {
  return useQuery({
    queryKey: reportKeys.queue(params),
    queryFn: ({ signal }) => fetchReviewQueue(params, signal),
    placeholderData: keepPreviousData,
  });
}

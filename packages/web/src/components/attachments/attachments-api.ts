import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AttachmentOwnerKind, OwnerAttachments } from '@tuijin/shared';
import { api } from '../../lib/api-client';

/** A record that holds files: a problem, a formality step or a supervision feedback round. */
export type AttachmentOwner = { kind: AttachmentOwnerKind; id: string };

const PATHS: Record<AttachmentOwnerKind, string> = {
  problem: 'problems',
  formality_step: 'formality-steps',
  supervision_feedback: 'supervision-feedback',
};

const enc = encodeURIComponent;
const filesPath = (o: AttachmentOwner) => `/${PATHS[o.kind]}/${enc(o.id)}/attachments`;

export const attachmentKeys = {
  owner: (o: AttachmentOwner) => ['attachments', o.kind, o.id] as const,
};

export function fetchAttachments(owner: AttachmentOwner, signal?: AbortSignal): Promise<OwnerAttachments> {
  return api.get<OwnerAttachments>(filesPath(owner), { signal });
}

/** Sends the files in one request: all are kept, or none (the answer says why). */
export function uploadAttachments(owner: AttachmentOwner, files: readonly File[]): Promise<OwnerAttachments> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  return api.post<OwnerAttachments>(filesPath(owner), form);
}

export function useAttachments(owner: AttachmentOwner, enabled = true) {
  return useQuery({
    queryKey: attachmentKeys.owner(owner),
    queryFn: ({ signal }) => fetchAttachments(owner, signal),
    enabled,
  });
}

/** After a change: the new list (or the list read again), and the owner told (its count). */
function useOnChanged(owner: AttachmentOwner, onChanged?: () => void) {
  const queryClient = useQueryClient();
  return (files: OwnerAttachments | null) => {
    if (files) queryClient.setQueryData(attachmentKeys.owner(owner), files);
    else void queryClient.invalidateQueries({ queryKey: attachmentKeys.owner(owner) });
    onChanged?.();
  };
}

export function useUploadAttachments(owner: AttachmentOwner, onChanged?: () => void) {
  const changed = useOnChanged(owner, onChanged);
  return useMutation({
    mutationFn: (files: readonly File[]) => uploadAttachments(owner, files),
    onSuccess: changed,
  });
}

export function useDeleteAttachment(owner: AttachmentOwner, onChanged?: () => void) {
  const changed = useOnChanged(owner, onChanged);
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/attachments/${enc(id)}`),
    onSuccess: () => changed(null),
  });
}

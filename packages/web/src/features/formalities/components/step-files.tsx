import { useState } from 'react';
import { Button, Modal } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AttachmentList } from '../../../components/attachments/attachment-list';
import type { FormalityStep } from '../api/formalities-api';

/** 附件 (n) of a step: opens its files (application, approval document…) to read, add or delete. */
export function StepFiles({ step }: { step: FormalityStep }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  // The checklists and queues carry each step's file count.
  const changed = () =>
    void queryClient.invalidateQueries({
      predicate: (q) => q.queryKey[0] === 'formalities' && (q.queryKey[1] === 'project' || q.queryKey[1] === 'queue'),
    });
  return (
    <>
      <Button
        type="link"
        size="small"
        icon={<PaperClipOutlined />}
        style={{ padding: 0, height: 'auto', fontSize: 12 }}
        onClick={() => setOpen(true)}
        data-testid="step-files"
      >
        {step.attachmentCount > 0
          ? t('attachments.titleCount', { count: step.attachmentCount })
          : t('attachments.title')}
      </Button>
      <Modal
        open={open}
        title={`${step.name} · ${t('attachments.title')}`}
        footer={null}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        width={560}
      >
        <AttachmentList
          owner={{ kind: 'formality_step', id: step.id }}
          knownCount={step.attachmentCount}
          onChanged={changed}
        />
      </Modal>
    </>
  );
}

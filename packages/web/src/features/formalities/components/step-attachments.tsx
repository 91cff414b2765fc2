import { useState } from 'react';
import { Button, Modal } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AttachmentList } from '../../../components/attachments/attachment-list';
import { formalityKeys, type FormalityStep } from '../api/formalities-api';

/** The step's files (approval documents, application forms): a link with the count, the list in a dialog. */
export function StepAttachments({ step }: { step: FormalityStep }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        type="link"
        size="small"
        icon={<PaperClipOutlined />}
        style={{ padding: 0, height: 'auto', fontSize: 12 }}
        onClick={() => setOpen(true)}
        data-testid="step-attachments"
      >
        {t('formalities.attachments', { count: step.attachmentCount })}
      </Button>
      {open ? (
        <Modal
          open
          title={`${t('formalities.columns.attachments')} · ${step.name}`}
          footer={null}
          onCancel={() => setOpen(false)}
          width={600}
        >
          <AttachmentList
            owner={{ kind: 'formality_step', id: step.id }}
            knownCount={step.attachmentCount}
            onChanged={() => void queryClient.invalidateQueries({ queryKey: formalityKeys.all })}
          />
        </Modal>
      ) : null}
    </>
  );
}

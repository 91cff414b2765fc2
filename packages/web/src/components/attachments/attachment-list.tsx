import { useState } from 'react';
import { Alert, App, Button, Flex, Popconfirm, Skeleton, Typography, Upload } from 'antd';
import {
  DeleteOutlined,
  DownloadOutlined,
  FileExcelOutlined,
  FileImageOutlined,
  FileOutlined,
  FilePdfOutlined,
  FilePptOutlined,
  FileWordOutlined,
  PaperClipOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_EXTENSIONS, type OwnerAttachment } from '@tuijin/shared';
import { ApiErrorAlert } from '../api-error-alert';
import { formatDateTime } from '../../lib/format';
import { explainAttachmentError, formatSize, precheck } from './attachment-errors';
import { useAttachments, useDeleteAttachment, useUploadAttachments, type AttachmentOwner } from './attachments-api';

function FileIcon({ mime }: { mime: string }) {
  const style = { fontSize: 20 };
  if (mime.startsWith('image/')) return <FileImageOutlined style={{ ...style, color: '#13a8a8' }} />;
  if (mime === 'application/pdf') return <FilePdfOutlined style={{ ...style, color: '#cf1322' }} />;
  if (/word/.test(mime)) return <FileWordOutlined style={{ ...style, color: '#1677ff' }} />;
  if (/excel|sheet/.test(mime)) return <FileExcelOutlined style={{ ...style, color: '#389e0d' }} />;
  if (/powerpoint|presentation/.test(mime)) return <FilePptOutlined style={{ ...style, color: '#d46b08' }} />;
  return <FileOutlined style={style} />;
}

type Props = {
  owner: AttachmentOwner;
  /** Called after an upload or a deletion (e.g. to read the owner's attachment count again). */
  onChanged?: () => void;
  /** Shows the heading 附件 (n). */
  title?: boolean;
  /** How many files the owner is known to have (the size of the placeholder while loading). */
  knownCount?: number;
};

/**
 * 附件: the files of a problem, a formality step or a feedback round — name (a download link),
 * size, who uploaded it and when; an upload button and a delete button when the server says
 * the caller may.
 */
export function AttachmentList({ owner, onChanged, title = false, knownCount }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const files = useAttachments(owner);
  const upload = useUploadAttachments(owner, onChanged);
  const remove = useDeleteAttachment(owner, onChanged);
  const [problem, setProblem] = useState<string | null>(null);

  if (files.isPending) return <Skeleton active paragraph={{ rows: Math.min(knownCount ?? 1, 3) }} title={false} />;
  if (files.isError) return <ApiErrorAlert error={files.error} />;

  const { items, limit, maxBytes, mayUpload } = files.data;
  const size = formatSize(maxBytes);
  const left = Math.max(0, limit - items.length);
  const ctx = { size, maxBytes, limit, left };

  const add = async (list: File[]) => {
    setProblem(null);
    const refusal = precheck(t, list, DOCUMENT_EXTENSIONS, ctx);
    if (refusal) return setProblem(refusal);
    try {
      await upload.mutateAsync(list);
      void message.success(t('attachments.uploaded', { count: list.length }));
    } catch (error) {
      setProblem(explainAttachmentError(t, error, ctx));
    }
  };

  const drop = async (file: OwnerAttachment) => {
    setProblem(null);
    try {
      await remove.mutateAsync(file.id);
      void message.success(t('attachments.deleted'));
    } catch (error) {
      setProblem(explainAttachmentError(t, error, ctx));
    }
  };

  return (
    <Flex vertical gap={8} data-testid={`attachments-${owner.kind}`}>
      {title ? (
        <Typography.Title level={5} style={{ margin: 0 }}>
          <PaperClipOutlined /> {t('attachments.titleCount', { count: items.length })}
        </Typography.Title>
      ) : null}
      {problem ? (
        <Alert type="error" showIcon closable onClose={() => setProblem(null)} title={problem} role="alert" />
      ) : null}
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t('attachments.none')}</Typography.Text>
      ) : (
        <Flex vertical component="ul" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
          {items.map((f) => (
            <Flex
              key={f.id}
              component="li"
              align="center"
              gap={10}
              style={{ padding: '6px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}
              data-testid="attachment-item"
            >
              <FileIcon mime={f.mime} />
              <Flex vertical style={{ minWidth: 0, flex: 1 }}>
                <Typography.Link
                  href={f.url}
                  target={f.mime.startsWith('image/') ? '_blank' : undefined}
                  rel="noopener noreferrer"
                  style={{ overflowWrap: 'anywhere' }}
                  data-testid="attachment-name"
                >
                  {f.filename}
                </Typography.Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatSize(f.bytes)}
                  {' · '}
                  {t('attachments.uploadedBy', {
                    name: f.uploadedBy?.name ?? t('common.none'),
                    time: formatDateTime(f.createdAt),
                  })}
                </Typography.Text>
              </Flex>
              <Button
                type="text"
                size="small"
                icon={<DownloadOutlined />}
                href={f.url}
                download={f.filename}
                aria-label={`${t('attachments.download')} ${f.filename}`}
                title={t('attachments.download')}
              />
              {f.mayDelete ? (
                <Popconfirm
                  title={t('attachments.deleteConfirm', { name: f.filename })}
                  description={t('attachments.deleteConfirmHint')}
                  okText={t('attachments.delete')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={() => void drop(f)}
                >
                  <Button
                    type="text"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    loading={remove.isPending && remove.variables === f.id}
                    aria-label={`${t('attachments.delete')} ${f.filename}`}
                    title={t('attachments.delete')}
                    data-testid="attachment-delete"
                  />
                </Popconfirm>
              ) : null}
            </Flex>
          ))}
        </Flex>
      )}
      {mayUpload ? (
        <>
          <Flex wrap align="center" gap={8}>
            <Upload
              multiple
              accept={DOCUMENT_EXTENSIONS.join(',')}
              showUploadList={false}
              // All the files picked at once go in one request: kept together, or refused together.
              beforeUpload={(file, picked) => {
                if (file === picked[0]) void add(picked);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="attachment-add">
                {upload.isPending ? t('attachments.adding') : t('attachments.add')}
              </Button>
            </Upload>
            <Typography.Text type="secondary">{t('attachments.count', { count: items.length, limit })}</Typography.Text>
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('attachments.hint', { size })}
          </Typography.Text>
        </>
      ) : null}
    </Flex>
  );
}

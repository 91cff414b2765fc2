import { useRef, useState } from 'react';
import { Alert, App, Button, Flex, Image, Popconfirm, Skeleton, Typography } from 'antd';
import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { MAX_PHOTOS_PER_REPORT, PHOTO_MIME_TYPES, type Attachment, type Report } from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { isApiError } from '../../../lib/api-client';
import { describeError } from '../../../lib/error-messages';
import { formatDateTime } from '../../../lib/format';
import { useDeletePhoto, useReportPhotos, useUploadPhotos } from '../hooks/use-report-photos';

const THUMB = 96;

function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${Math.round(bytes / 1024)} KB`;
}

function detail(error: unknown, key: string): unknown {
  if (!isApiError(error) || typeof error.details !== 'object' || error.details === null) return undefined;
  return (error.details as Record<string, unknown>)[key];
}

/** The sentence for a refused upload or delete: which photo, and what to do about it. */
function explain(t: TFunction, error: unknown, size: string, left: number): string {
  const name = detail(error, 'filename');
  if (isApiError(error, 'payload_too_large')) {
    return typeof name === 'string' && name
      ? t('photos.errors.tooLarge', { name, size })
      : t('photos.errors.tooLargeAny', { size });
  }
  if (isApiError(error, 'unsupported_media_type') && typeof name === 'string') {
    return t('photos.errors.wrongType', { name });
  }
  if (isApiError(error, 'conflict')) {
    return detail(error, 'reason') === 'photo_limit'
      ? t('photos.errors.tooMany', { limit: MAX_PHOTOS_PER_REPORT, left })
      : t('photos.errors.locked');
  }
  return describeError(t, error);
}

type Props = { report: Report; editable: boolean };

/**
 * 现场照片: thumbnails that open full size; while the report is editable, an add button (the
 * phone offers its camera or its album) and a delete button under each photo.
 */
export function ReportPhotos({ report, editable }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const photos = useReportPhotos(report, editable || report.photoCount > 0);
  const upload = useUploadPhotos(report);
  const remove = useDeletePhoto(report);
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  if (!editable && report.photoCount === 0)
    return <Typography.Text type="secondary">{t('photos.none')}</Typography.Text>;
  if (photos.isPending) return <Skeleton.Image active style={{ width: THUMB, height: THUMB }} />;
  if (photos.isError) return <ApiErrorAlert error={photos.error} />;

  const { items, limit, maxBytes } = photos.data;
  const size = formatSize(maxBytes);
  const left = Math.max(0, limit - items.length);

  const add = async (list: FileList | null) => {
    const files = list ? Array.from(list) : [];
    // The same photo can be picked again after a refusal.
    if (input.current) input.current.value = '';
    if (files.length === 0) return;
    setProblem(null);
    // Checked here to spare a phone the upload; the server checks again, by the bytes.
    const big = files.find((f) => f.size > maxBytes);
    const wrong = files.find((f) => f.type && !(PHOTO_MIME_TYPES as readonly string[]).includes(f.type));
    if (files.length > left) return setProblem(t('photos.errors.tooMany', { limit, left }));
    if (big) return setProblem(t('photos.errors.tooLarge', { name: big.name, size }));
    if (wrong) return setProblem(t('photos.errors.wrongType', { name: wrong.name }));
    try {
      await upload.mutateAsync(files);
      void message.success(t('photos.uploaded', { count: files.length }));
    } catch (error) {
      setProblem(explain(t, error, size, left));
    }
  };

  const drop = async (photo: Attachment) => {
    setProblem(null);
    try {
      await remove.mutateAsync(photo.id);
      void message.success(t('photos.deleted'));
    } catch (error) {
      setProblem(explain(t, error, size, left));
    }
  };

  return (
    <Flex vertical gap={8} data-testid="report-photos">
      {problem ? (
        <Alert type="error" showIcon closable onClose={() => setProblem(null)} title={problem} role="alert" />
      ) : null}
      {items.length > 0 ? (
        <Image.PreviewGroup>
          <Flex wrap gap={8}>
            {items.map((photo) => (
              <Flex key={photo.id} vertical gap={4} align="center" style={{ width: THUMB }} data-testid="photo-item">
                <Image
                  src={photo.url}
                  alt={t('photos.photoAlt', { name: photo.filename })}
                  width={THUMB}
                  height={THUMB}
                  loading="lazy"
                  style={{ objectFit: 'cover', borderRadius: 6 }}
                  title={
                    photo.uploadedBy
                      ? `${photo.filename}\n${t('photos.uploadedBy', {
                          name: photo.uploadedBy.name,
                          time: formatDateTime(photo.createdAt),
                        })}`
                      : photo.filename
                  }
                  data-testid="photo-thumb"
                />
                {editable ? (
                  <Popconfirm
                    title={t('photos.deleteConfirm')}
                    description={t('photos.deleteConfirmHint')}
                    okText={t('photos.delete')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('common.cancel')}
                    onConfirm={() => void drop(photo)}
                  >
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      loading={remove.isPending && remove.variables === photo.id}
                      aria-label={`${t('photos.delete')} ${photo.filename}`}
                      data-testid="photo-delete"
                    >
                      {t('photos.delete')}
                    </Button>
                  </Popconfirm>
                ) : null}
              </Flex>
            ))}
          </Flex>
        </Image.PreviewGroup>
      ) : (
        <Typography.Text type="secondary">{t('photos.none')}</Typography.Text>
      )}
      {editable ? (
        <>
          <Flex wrap align="center" gap={8}>
            <Button
              icon={<CameraOutlined />}
              loading={upload.isPending}
              disabled={left === 0}
              onClick={() => input.current?.click()}
              data-testid="photo-add"
            >
              {upload.isPending ? t('photos.adding') : t('photos.add')}
            </Button>
            <Typography.Text type="secondary" data-testid="photo-count">
              {t('photos.count', { count: items.length, limit })}
            </Typography.Text>
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('photos.hint', { size })}
          </Typography.Text>
          {/* image/* without `capture`: the phone offers its camera and its album. */}
          <input
            ref={input}
            type="file"
            accept="image/*"
            multiple
            style={{ display: 'none' }}
            onChange={(e) => void add(e.target.files)}
            data-testid="photo-input"
          />
        </>
      ) : null}
    </Flex>
  );
}

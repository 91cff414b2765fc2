import type { Widen } from '../widen';

// 现场照片: photos of a monthly report, added from the phone's camera or album.
export const photosZhCN = {
  photos: {
    title: '现场照片',
    add: '添加照片',
    adding: '正在上传…',
    count: '{{count}} / {{limit}} 张',
    hint: '可拍照或从相册选择，支持 JPEG、PNG、WebP，每张不超过 {{size}}。',
    saveFirst: '保存草稿后即可添加现场照片。',
    none: '暂无照片',
    uploaded_one: '已上传 {{count}} 张照片',
    uploaded_other: '已上传 {{count}} 张照片',
    deleted: '照片已删除',
    delete: '删除',
    deleteConfirm: '删除这张照片？',
    deleteConfirmHint: '删除后不可恢复，删除记录将保留在变更记录中。',
    photoAlt: '现场照片：{{name}}',
    uploadedBy: '{{name}} 上传于 {{time}}',
    errors: {
      tooLarge: '“{{name}}”超过 {{size}}，请压缩后再上传。',
      tooLargeAny: '照片超过 {{size}}，请压缩后再上传。',
      wrongType:
        '“{{name}}”不是 JPEG、PNG 或 WebP 图片。iPhone 拍摄的 HEIC 照片请在“设置 › 相机 › 格式”中选择“兼容性最佳”。',
      tooMany: '每份月报最多 {{limit}} 张照片，还可添加 {{left}} 张。',
      locked: '月报已提交或已通过，照片不能再修改。',
    },
  },
};

export type PhotosMessages = Widen<typeof photosZhCN>;

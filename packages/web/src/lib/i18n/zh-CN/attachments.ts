import type { Widen } from '../widen';

// 附件: documents of a problem, a formality step or a supervision feedback round.
export const attachmentsZhCN = {
  attachments: {
    title: '附件',
    titleCount: '附件（{{count}}）',
    add: '上传附件',
    adding: '正在上传…',
    count: '{{count}} / {{limit}} 个',
    hint: '支持图片、PDF、Word、Excel、PowerPoint，每个不超过 {{size}}；一次可选多个。',
    none: '暂无附件',
    uploaded_one: '已上传 {{count}} 个附件',
    uploaded_other: '已上传 {{count}} 个附件',
    deleted: '附件已删除',
    delete: '删除',
    download: '下载',
    deleteConfirm: '删除附件“{{name}}”？',
    deleteConfirmHint: '删除后不可恢复，删除记录将保留在变更记录中。',
    uploadedBy: '{{name}} · {{time}}',
    pendingFiles: '附件',
    pendingHint: '问题提交后自动上传，也可稍后在问题详情中补充。',
    pick: '选择附件',
    raisedUploadFailed: '问题已提交，但附件上传失败：{{reason}} 请在问题详情中重新上传。',
    errors: {
      tooLarge: '“{{name}}”超过 {{size}}，请压缩后再上传。',
      tooLargeAny: '文件超过 {{size}}，请压缩后再上传。',
      wrongType: '“{{name}}”不是可接受的文件类型。请上传图片（JPEG、PNG、WebP）、PDF 或 Word、Excel、PowerPoint 文件。',
      tooMany: '每条记录最多 {{limit}} 个附件，还可添加 {{left}} 个。',
      locked: '当前状态下附件不能再修改。',
    },
  },
};

export type AttachmentsMessages = Widen<typeof attachmentsZhCN>;

import type { AttachmentsMessages } from '../zh-CN/attachments';

export const attachmentsEnUS: AttachmentsMessages = {
  attachments: {
    title: 'Attachments',
    titleCount: 'Attachments ({{count}})',
    add: 'Upload files',
    adding: 'Uploading…',
    count: '{{count}} / {{limit}} files',
    hint: 'Images, PDF, Word, Excel and PowerPoint files of at most {{size}} each; several at once.',
    none: 'No attachments',
    uploaded_one: '{{count}} file uploaded',
    uploaded_other: '{{count}} files uploaded',
    deleted: 'Attachment deleted',
    delete: 'Delete',
    download: 'Download',
    deleteConfirm: 'Delete the attachment “{{name}}”?',
    deleteConfirmHint: 'This cannot be undone; the deletion stays in the change history.',
    uploadedBy: '{{name}} · {{time}}',
    pendingFiles: 'Attachments',
    pendingHint: 'They are uploaded once the problem is raised; more can be added on its page later.',
    pick: 'Choose files',
    raisedUploadFailed:
      'The problem was raised, but its files were not uploaded: {{reason}} Please upload them again on its page.',
    errors: {
      tooLarge: '“{{name}}” is larger than {{size}}; please compress it and try again.',
      tooLargeAny: 'A file is larger than {{size}}; please compress it and try again.',
      wrongType:
        '“{{name}}” is not an accepted type. Upload images (JPEG, PNG, WebP), PDF, or Word, Excel and PowerPoint files.',
      tooMany: 'A record holds at most {{limit}} files; {{left}} more can be added.',
      locked: 'The attachments can no longer be changed in this state.',
    },
  },
};

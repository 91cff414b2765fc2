import type { PhotosMessages } from '../zh-CN/photos';

export const photosEnUS: PhotosMessages = {
  photos: {
    title: 'Site photos',
    add: 'Add photos',
    adding: 'Uploading…',
    count: '{{count}} / {{limit}}',
    hint: 'Take a photo or pick from the album: JPEG, PNG or WebP, at most {{size}} each.',
    saveFirst: 'Save the draft first, then add site photos.',
    none: 'No photos',
    uploaded_one: '{{count}} photo uploaded',
    uploaded_other: '{{count}} photos uploaded',
    deleted: 'Photo deleted',
    delete: 'Delete',
    deleteConfirm: 'Delete this photo?',
    deleteConfirmHint: 'This cannot be undone; the deletion stays in the change history.',
    photoAlt: 'Site photo: {{name}}',
    uploadedBy: 'Uploaded by {{name}} on {{time}}',
    errors: {
      tooLarge: '“{{name}}” is larger than {{size}}; please make it smaller and try again.',
      tooLargeAny: 'A photo is larger than {{size}}; please make it smaller and try again.',
      wrongType:
        '“{{name}}” is not a JPEG, PNG or WebP image. For iPhone HEIC photos choose “Most Compatible” under Settings › Camera › Formats.',
      tooMany: 'A monthly report holds at most {{limit}} photos; {{left}} more can be added.',
      locked: 'The report has been submitted or accepted; its photos can no longer change.',
    },
  },
};

import { describe, expect, it } from 'vitest';
import { cleanFilename, contentDisposition } from './filename.js';

describe('cleanFilename', () => {
  it.each([
    ['现场照片 3月.jpg', 'image/jpeg', '现场照片 3月.jpg'],
    ['IMG_0001.JPEG', 'image/jpeg', 'IMG_0001.JPEG'],
    ['../../etc/passwd', 'image/png', 'passwd.png'],
    ['..\\..\\windows\\system32\\evil.png', 'image/png', 'evil.png'],
    ['/var/data/files/2026/11/x.webp', 'image/webp', 'x.webp'],
    ['..', 'image/jpeg', 'photo.jpg'],
    ['.htaccess', 'image/png', 'htaccess.png'],
    ['', 'image/jpeg', 'photo.jpg'],
    [undefined, 'image/webp', 'photo.webp'],
    ['a\u0000b\r\nc.jpg', 'image/jpeg', 'abc.jpg'],
    ['photo\u202egpj.exe', 'image/jpeg', 'photogpj.exe.jpg'],
    ['<img src=x onerror=alert(1)>.png', 'image/png', '<img src=x onerror=alert(1)>.png'],
    ['shot.svg', 'image/png', 'shot.svg.png'],
  ] as const)('%j as %s → %j', (raw, mime, expected) => {
    expect(cleanFilename(raw, mime)).toBe(expected);
  });

  it('shortens a very long name and keeps its extension', () => {
    const name = cleanFilename(`${'工'.repeat(300)}.jpg`, 'image/jpeg');
    expect([...name].length).toBe(120);
    expect(name.endsWith('工.jpg')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact name encoded per RFC 5987', () => {
    expect(contentDisposition('现场 照片(1).jpg')).toBe(
      `inline; filename="__ __(1).jpg"; filename*=UTF-8''%E7%8E%B0%E5%9C%BA%20%E7%85%A7%E7%89%87%281%29.jpg`,
    );
  });

  it('keeps quotes, backslashes and semicolons out of the header', () => {
    const header = contentDisposition('a";b\\c\'d.png', 'attachment');
    expect(header).toBe(`attachment; filename="a__b_c'd.png"; filename*=UTF-8''a%22%3Bb%5Cc%27d.png`);
    expect(header).not.toMatch(/[\r\n]/);
  });
});

describe('cleanFilename for documents', () => {
  it("gives a document its type's extension, and a nameless one a neutral name", () => {
    expect(cleanFilename('合同', 'application/pdf')).toBe('合同.pdf');
    expect(cleanFilename('批复.PDF', 'application/pdf')).toBe('批复.PDF');
    expect(cleanFilename('../..', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(
      'file.docx',
    );
    expect(cleanFilename('台账.xls', 'application/vnd.ms-excel')).toBe('台账.xls');
  });
});

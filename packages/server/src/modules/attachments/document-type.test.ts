import { describe, expect, it } from 'vitest';
import { firstZipEntry, sniffDocument } from './document-type.js';

const zipWith = (entry: string) => {
  const header = Buffer.alloc(30);
  header.set([0x50, 0x4b, 0x03, 0x04]);
  header.writeUInt16LE(entry.length, 26);
  return Buffer.concat([header, Buffer.from(entry), Buffer.alloc(16)]);
};
const COMPOUND = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

describe('sniffDocument', () => {
  it('knows images and PDF by their bytes whatever the name', () => {
    expect(sniffDocument(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'x.pdf')).toBe('image/png');
    expect(sniffDocument(Buffer.from('%PDF-1.4\n'), 'scan.png')).toBe('application/pdf');
  });

  it('takes a zip as an Office file only under an Office name and with an Office part first', () => {
    expect(sniffDocument(zipWith('[Content_Types].xml'), '表.XLSX')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(sniffDocument(zipWith('_rels/.rels'), 'a.pptx')).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
    expect(sniffDocument(zipWith('[Content_Types].xml'), 'a.zip')).toBeNull();
    expect(sniffDocument(zipWith('payload.exe'), 'a.docx')).toBeNull();
    expect(sniffDocument(zipWith('[Content_Types].xml').subarray(0, 35), 'a.docx')).toBeNull();
  });

  it('takes an old compound Office file under its name only', () => {
    expect(sniffDocument(COMPOUND, '旧报表.xls')).toBe('application/vnd.ms-excel');
    expect(sniffDocument(COMPOUND, 'setup.msi')).toBeNull();
  });

  it('refuses programs, markup and nothing', () => {
    expect(sniffDocument(Buffer.from('MZ\x90\x00', 'latin1'), 'a.pdf')).toBeNull();
    expect(sniffDocument(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'a.pdf')).toBeNull();
    expect(sniffDocument(Buffer.alloc(0), 'a.pdf')).toBeNull();
  });

  it('reads the first entry of a zip only when all of its name is there', () => {
    expect(firstZipEntry(zipWith('word/document.xml'))).toBe('word/document.xml');
    expect(firstZipEntry(zipWith('word/document.xml').subarray(0, 40))).toBeNull();
  });
});

import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { acceptedImage, NotAnImageError, sniffImage } from './image-type.js';

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);

async function collect(source: AsyncIterable<Buffer>): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const c of source) out.push(c);
  return Buffer.concat(out);
}

describe('sniffImage', () => {
  it('knows JPEG, PNG and WebP by their first bytes', () => {
    expect(sniffImage(JPEG)).toBe('image/jpeg');
    expect(sniffImage(PNG)).toBe('image/png');
    expect(sniffImage(WEBP)).toBe('image/webp');
  });

  it.each([
    ['SVG', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ['HTML', '<!DOCTYPE html><html><script>alert(1)</script>'],
    ['GIF', 'GIF89a\u0001\u0000\u0001\u0000'],
    ['RIFF that is not WebP', 'RIFF\u0024\u0000\u0000\u0000WAVEfmt '],
    ['empty', ''],
    ['a truncated PNG signature', '\u0089PN'],
  ])('refuses %s', (_, text) => {
    expect(sniffImage(Buffer.from(text, 'latin1'))).toBeNull();
  });
});

describe('acceptedImage', () => {
  it('passes every byte through, whatever the chunking, and reports the type first', async () => {
    const body = Buffer.concat([PNG, Buffer.alloc(5000, 7)]);
    const chunks = [body.subarray(0, 3), body.subarray(3, 5), body.subarray(5, 4000), body.subarray(4000)];
    let seen: string | null = null;
    const out = await collect(acceptedImage(Readable.from(chunks), (m) => (seen = m)));
    expect(out.equals(body)).toBe(true);
    expect(seen).toBe('image/png');
  });

  it('accepts a tiny image shorter than the head', async () => {
    const out = await collect(acceptedImage(Readable.from([JPEG.subarray(0, 4)]), () => undefined));
    expect(out.length).toBe(4);
  });

  it('fails before passing anything on when the bytes are not an image', async () => {
    const passed: Buffer[] = [];
    const run = async () => {
      for await (const c of acceptedImage(
        Readable.from([Buffer.from('<svg><script>x</script></svg>')]),
        () => undefined,
      ))
        passed.push(c);
    };
    await expect(run()).rejects.toThrow(NotAnImageError);
    expect(passed).toEqual([]);
  });
});

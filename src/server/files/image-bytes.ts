import type { ImageType } from '../ports/files';

/**
 * Whether the first bytes really are the declared image type (magic numbers), so a script or a
 * page cannot be stored as a "photo" by lying in the Content-Type header.
 *
 * @example looksLike(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg') // true
 * @example looksLike(Buffer.from('<html>'), 'image/png') // false
 */
export function looksLike(bytes: Buffer, type: ImageType): boolean {
  switch (type) {
    case 'image/jpeg':
      return bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
    case 'image/png':
      return bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG);
    case 'image/webp':
      return bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP';
  }
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

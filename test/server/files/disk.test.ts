import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiskFileStore } from '../../../src/server/files/disk';
import { looksLike } from '../../../src/server/files/image-bytes';
import { imageTypeOf } from '../../../src/server/ports/files';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR…')]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);

describe('disk file store', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'files-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps a PNG under a random id and returns it with its type', async () => {
    const files = createDiskFileStore(join(dir, 'files'));
    const a = await files.put(PNG, { contentType: 'image/png', uploadedBy: 'staff-1' });
    const b = await files.put(PNG, { contentType: 'image/png', uploadedBy: 'staff-1' });
    expect(a.fileId).not.toBe(b.fileId);
    expect(await files.get(a.fileId)).toEqual({ bytes: PNG, contentType: 'image/png' });
    expect(readdirSync(join(dir, 'files')).sort()).toEqual([a.fileId, `${a.fileId}.json`, b.fileId, `${b.fileId}.json`].sort());
  });

  it('refuses a type other than JPEG, PNG or WebP, and bytes that do not match the declared type', async () => {
    const files = createDiskFileStore(dir);
    await expect(files.put(PNG, { contentType: 'text/html', uploadedBy: 'staff-1' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'file' });
    await expect(files.put(PNG, { contentType: 'image/jpeg', uploadedBy: 'staff-1' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(files.put(Buffer.alloc(0), { contentType: 'image/png', uploadedBy: 'staff-1' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('refuses a photo over 5 MB', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    await expect(createDiskFileStore(dir).put(big, { contentType: 'image/png', uploadedBy: 'staff-1' })).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('answers null for an unknown id and for anything shaped like a path', async () => {
    const files = createDiskFileStore(dir);
    expect(await files.get(`f_${'a'.repeat(32)}`)).toBeNull();
    for (const id of ['../station.db', 'f_../../etc/passwd', `f_${'a'.repeat(32)}.json`, '']) expect(await files.get(id)).toBeNull();
  });
});

describe('image type checks', () => {
  it('reads the type from a Content-Type header, ignoring case and parameters', () => {
    expect(imageTypeOf('IMAGE/WEBP; q=1')).toBe('image/webp');
    expect(imageTypeOf('image/gif')).toBeNull();
    expect(imageTypeOf(undefined)).toBeNull();
  });

  it('recognises JPEG, PNG and WebP by their first bytes', () => {
    expect(looksLike(Buffer.from([0xff, 0xd8, 0xff, 0xdb]), 'image/jpeg')).toBe(true);
    expect(looksLike(PNG, 'image/png')).toBe(true);
    expect(looksLike(WEBP, 'image/webp')).toBe(true);
    expect(looksLike(WEBP, 'image/png')).toBe(false);
  });
});

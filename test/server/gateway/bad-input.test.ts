import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import { functions } from '../../../src/server/functions';
import { createDiskFileStore } from '../../../src/server/files/disk';
import { post, signIn, startGateway, type Running } from './harness';

// Large bodies and real races take seconds when the machine is busy; they must not fail for that.
jest.setTimeout(30_000);

describe('bad input through the gateway is always a 4xx', () => {
  let gw: Running;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
    gw = await startGateway({ functions, files: createDiskFileStore(join(dir, 'files')) });
  });
  afterAll(async () => {
    await gw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a body nested 5,000 levels deep (9 KB) with 400 VALIDATION, not 500', async () => {
    const arrays = '{"action":"overview","x":' + '['.repeat(4500) + ']'.repeat(4500) + '}';
    const objects = '{"action":"me","x":' + '{"a":'.repeat(5000) + '1' + '}'.repeat(5000) + '}';
    expect(arrays.length).toBeGreaterThan(9000);
    for (const body of [arrays, objects]) {
      const r = await post(`${gw.url}/api/fn/info`, body);
      expect({ status: r.status, code: r.json.error.code }).toEqual({ status: 400, code: 'VALIDATION' });
      expect(r.json.error.message).toMatch(/层次太深/);
    }
  });

  it('still accepts ordinary nesting', async () => {
    const r = await post(`${gw.url}/api/fn/info`, { action: 'overview' });
    expect(r.status).toBe(200);
  });

  it('answers a 5 MB body with a 413 that fetch() can read, every time', async () => {
    const big = JSON.stringify({ action: 'overview', pad: 'x'.repeat(5 * 1024 * 1024) });
    for (let i = 0; i < 8; i++) {
      const r = await post(`${gw.url}/api/fn/info`, big);
      expect({ status: r.status, code: r.json.error.code }).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    }
  });

  it('answers a 5 MB body arriving slowly, as over a village network, with a readable 413 too', async () => {
    const chunk = new Uint8Array(256 * 1024).fill(120);
    for (let i = 0; i < 3; i++) {
      let sent = 0;
      const body = new ReadableStream({
        async pull(controller) {
          if (sent >= 20) return controller.close();
          sent++;
          await new Promise((r) => setTimeout(r, 15));
          controller.enqueue(chunk);
        },
      });
      const res = await fetch(`${gw.url}/api/fn/info`, { method: 'POST', body, duplex: 'half', headers: { 'content-type': 'application/json' } } as RequestInit);
      expect(res.status).toBe(413);
      expect((await res.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
    }
  });

  it('reads an oversized body to its end before answering, so a slow sender is never reset mid-upload', async () => {
    const { port } = new URL(gw.url);
    const total = 5 * 1024 * 1024;
    const outcome = await new Promise<{ error?: string; response: string; answeredAfterLastByte: boolean }>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1');
      let response = '';
      let lastByteAt = Infinity;
      let firstAnswerAt = 0;
      socket.on('data', (d) => {
        firstAnswerAt ||= Date.now();
        response += d.toString('utf8');
      });
      socket.on('error', (err) => resolve({ error: (err as NodeJS.ErrnoException).code, response, answeredAfterLastByte: false }));
      socket.on('close', () => resolve({ response, answeredAfterLastByte: firstAnswerAt >= lastByteAt }));
      socket.write(`POST /api/fn/info HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${total}\r\n\r\n`);
      const piece = Buffer.alloc(256 * 1024, 0x20);
      let sent = 0;
      const next = () => {
        if (socket.destroyed || sent >= total) return;
        sent += piece.length;
        if (sent >= total) lastByteAt = Date.now(); // the server cannot have the last byte before this
        socket.write(piece, () => setTimeout(next, 10));
      };
      next();
    });
    expect(outcome.error).toBeUndefined();
    expect(outcome.response).toMatch(/^HTTP\/1\.1 413/);
    expect(outcome.response).toContain('PAYLOAD_TOO_LARGE');
    expect(outcome.answeredAfterLastByte).toBe(true);
  });

  it('answers a photo over 5 MB with a readable 413 every time', async () => {
    const token = await signIn(gw.url, 'demo-staff');
    const photo = Buffer.alloc(6 * 1024 * 1024, 0xff);
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${gw.url}/api/files`, { method: 'POST', body: photo, headers: { 'content-type': 'image/jpeg', authorization: `Bearer ${token}` } });
      expect(res.status).toBe(413);
      expect((await res.json()).error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'file' });
    }
  });

  it('refuses text of only invisible characters like an empty field, naming it', async () => {
    const token = await signIn(gw.url, 'demo-resident');
    for (const content of ['\u0000\u0000', '\u200B\u200C\u200D\u2060\uFEFF', '\uD800', ' \u3164 \u00A0', '\uDC00\u200B']) {
      const r = await post(`${gw.url}/api/fn/tickets`, { action: 'submit', type: 'consultation', content, requestId: 'req-invisible-1' }, token);
      expect({ status: r.status, error: r.json.error }).toEqual({ status: 400, error: { code: 'VALIDATION', message: '「内容」不能为空', field: 'content' } });
    }
    const mine = await post(`${gw.url}/api/fn/tickets`, { action: 'mine' }, token);
    expect(mine.json.data.items).toEqual([]);
  });
});

/**
 * The WeChat cloud-call part of CloudBase's HTTP API as `wx-server-sdk` 4 speaks it
 * (`cloud.openapi.<api>(data)`): a multipart/form-data POST with fields `action=wx.openApi`,
 * `apiName` (e.g. `subscribeMessage.send`), `envName` and `requestData` — a protobuf
 * `CommApiData { apiType = OPEN_API; openapiData { repeated KeyValuePair pairs { key; bytes value } } }`
 * whose values are the JSON of each snake_case field. The answer is a raw protobuf
 * `CommOpenApiResp { bytes respData = 1; string contentType = 2; int32 errorCode = 3 }`.
 * Field numbers read from wx-server-sdk 4.0.2's generated `src/protobuf/openapi.js`.
 */

/** One multipart/form-data body as its named parts (values as bytes). */
export function parseMultipart(body: Buffer, contentType: string): Record<string, Buffer> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) throw new Error('multipart body without boundary');
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: Record<string, Buffer> = {};
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    const part = body.subarray(start + 2, next - 2); // skip CRLF after the delimiter and before the next one
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const name = /name="([^"]*)"/.exec(head)?.[1];
    if (name) parts[name] = part.subarray(split + 4);
    at = next;
  }
  return parts;
}

/** Reads protobuf fields (varint and length-delimited only: all these messages use). */
function fields(buf: Buffer): Array<{ no: number; value: number | Buffer }> {
  const out: Array<{ no: number; value: number | Buffer }> = [];
  let i = 0;
  const varint = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = buf[i++];
      if (b === undefined) throw new Error('truncated protobuf');
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result;
      shift += 7;
    }
  };
  while (i < buf.length) {
    const key = varint();
    const wire = key & 7;
    const no = Math.floor(key / 8);
    if (wire === 0) out.push({ no, value: varint() });
    else if (wire === 2) {
      const len = varint();
      out.push({ no, value: buf.subarray(i, i + len) });
      i += len;
    } else throw new Error(`unexpected protobuf wire type ${wire}`);
  }
  return out;
}

/**
 * The open-API data of a `CommApiData` request: each pair's key with its JSON value parsed.
 * @example decodeOpenApiRequest(pb) // { apiType: 0, data: { touser: 'o1', template_id: 'T1', … } }
 */
export function decodeOpenApiRequest(pb: Buffer): { apiType: number; data: Record<string, unknown> } {
  let apiType = 0;
  const data: Record<string, unknown> = {};
  for (const f of fields(pb)) {
    if (f.no === 1 && typeof f.value === 'number') apiType = f.value;
    if (f.no === 2 && Buffer.isBuffer(f.value)) {
      for (const pair of fields(f.value)) {
        if (pair.no !== 1 || !Buffer.isBuffer(pair.value)) continue;
        let key = '';
        let value: Buffer = Buffer.alloc(0);
        for (const kv of fields(pair.value)) {
          if (kv.no === 1 && Buffer.isBuffer(kv.value)) key = kv.value.toString('utf8');
          if (kv.no === 2 && Buffer.isBuffer(kv.value)) value = kv.value;
        }
        data[key] = JSON.parse(value.toString('utf8'));
      }
    }
  }
  return { apiType, data };
}

const varintBytes = (n: number): number[] => {
  const out: number[] = [];
  let v = n >>> 0;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
  return out;
};
const lengthDelimited = (no: number, bytes: Buffer) => Buffer.from([...varintBytes(no * 8 + 2), ...varintBytes(bytes.length), ...bytes]);

/**
 * A `CommOpenApiResp` carrying WeChat's JSON answer (what the cloud-call gateway returns), or
 * WeChat's bytes with their type when the API answers an image (`wxacode.getUnlimited`: PNG).
 * @example encodeOpenApiResponse({ errcode: 0, errmsg: 'ok' })
 * @example encodeOpenApiResponse({ contentType: 'image/png', bytes: png })
 */
export function encodeOpenApiResponse(answer: unknown): Buffer {
  const raw = answer as { contentType?: unknown; bytes?: unknown };
  if (typeof raw?.contentType === 'string' && Buffer.isBuffer(raw.bytes)) {
    return Buffer.concat([lengthDelimited(1, raw.bytes), lengthDelimited(2, Buffer.from(raw.contentType))]);
  }
  return Buffer.concat([lengthDelimited(1, Buffer.from(JSON.stringify(answer))), lengthDelimited(2, Buffer.from('application/json'))]);
}

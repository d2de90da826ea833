/**
 * The local HTTP gateway (`npm start`): the cloud functions' handlers over node:http.
 * - server.ts  — routes: POST /api/fn/<name>, POST /api/dev/sign-in, GET /healthz, the H5 build
 * - session.ts — signed dev sessions (HMAC-SHA256, 7 days)
 * - secret.ts  — the signing key (SESSION_SECRET or a random key kept in DATA_DIR)
 * - body.ts    — size-limited JSON (and raw) bodies
 * - files.ts   — letter photos: POST /api/files, GET /api/files/<id> (staff only)
 * - static.ts  — the H5 build with cache and CSP headers
 * - respond.ts — JSON answers and security headers
 * - main.ts    — the process entry: embedded runtime + timers + gateway + signals
 */
export { createGateway, type GatewayOptions } from './server';
export { signSession, verifySession, SESSION_TTL_MS } from './session';
export { loadSessionSecret } from './secret';

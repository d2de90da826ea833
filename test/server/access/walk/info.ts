import type { WalkPayloads } from '../walk-types';

/** `info`: what the station publishes; `me` describes the caller. */
export const payloads: WalkPayloads = {
  overview: () => ({}),
  guide: () => ({ key: 'guide:legal-aid' }),
  me: () => ({}),
};

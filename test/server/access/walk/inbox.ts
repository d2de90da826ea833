import type { WalkPayloads } from '../walk-types';

/** `inbox`: the caller's own messages (the complaint's messages went to the handler and the complainant). */
export const payloads: WalkPayloads = {
  list: () => ({}),
  markRead: (s) => ({ id: `ticket:${s.complaintId}:closed:openid:${s.complainant.openid}` }),
  recordConsent: () => ({ templateIds: ['tmpl-walk'] }),
  templates: () => ({}),
};

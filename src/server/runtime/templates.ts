/**
 * Subscribe-message template ids by purpose, from the `TEMPLATE_IDS` environment variable (a
 * JSON object such as `{"appointmentConfirmed":"abc…"}`). Missing or malformed → `{}`: without
 * template ids, notifications still reach the in-app inbox.
 *
 * @example
 * templatesFromEnv({ TEMPLATE_IDS: '{"ticketReplied":"T1"}' }) // { ticketReplied: 'T1' }
 */
export function templatesFromEnv(env: Record<string, string | undefined>): Record<string, string> {
  const raw = env.TEMPLATE_IDS;
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''),
    );
  } catch {
    return {};
  }
}

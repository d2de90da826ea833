import { templatesFromEnv } from '../../../src/server/runtime/templates';

describe('templatesFromEnv', () => {
  it('reads template ids by purpose from TEMPLATE_IDS', () => {
    expect(templatesFromEnv({ TEMPLATE_IDS: '{"ticketReplied":"T1","appointmentConfirmed":"T2"}' })).toEqual({
      ticketReplied: 'T1',
      appointmentConfirmed: 'T2',
    });
  });

  it('ignores non-string and empty ids', () => {
    expect(templatesFromEnv({ TEMPLATE_IDS: '{"a":"T1","b":2,"c":""}' })).toEqual({ a: 'T1' });
  });

  it('answers {} when TEMPLATE_IDS is missing or malformed', () => {
    expect(templatesFromEnv({})).toEqual({});
    expect(templatesFromEnv({ TEMPLATE_IDS: 'not json' })).toEqual({});
    expect(templatesFromEnv({ TEMPLATE_IDS: '["T1"]' })).toEqual({});
  });
});

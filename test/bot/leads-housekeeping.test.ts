/** LEAD_ERASE_DAYS: parsed with the store's configuration, and the housekeeping that closes requests and erases contact details on time. */
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_LEADS, loadStoreConfig } from '../../bot/config.ts';
import { leadHousekeeping } from '../../bot/leads/housekeeping.ts';
import { openSqliteStore } from '../../bot/store/sqlite.ts';

const DAY = 86_400_000;

describe('LEAD_ERASE_DAYS', () => {
  it('defaults to 30 and takes a whole number of days', () => {
    expect(loadStoreConfig({}).leads).toEqual(DEFAULT_LEADS);
    expect(loadStoreConfig({ LEAD_ERASE_DAYS: '7' }).leads.eraseAfterDays).toBe(7);
  });

  it('stops with one line naming the variable', () => {
    expect(() => loadStoreConfig({ LEAD_ERASE_DAYS: 'soon' })).toThrow(ConfigError);
    const lines = (() => {
      try {
        loadStoreConfig({ LEAD_ERASE_DAYS: '-1' });
        return [];
      } catch (error) {
        return (error as ConfigError).lines;
      }
    })();
    expect(lines).toEqual(['LEAD_ERASE_DAYS must be a whole number of days, like 30']);
  });
});

describe('the housekeeping', () => {
  it('closes a request when its reservation days run out, and erases its contact details LEAD_ERASE_DAYS later, not a day sooner', async () => {
    const store = openSqliteStore(':memory:');
    const at = new Date('2026-11-01T10:00:00Z');
    const sent = await store.leads.submit({
      name: 'Ines Duarte', company: 'Duarte Lda', email: 'ines@duarte.example', country: 'PT', city: 'Porto', kind: 'training', language: 'pt',
      description: 'Training for the sales team of twelve people.',
    }, { at, clientKey: 'k', rateLimit: { max: 5, windowMs: DAY }, reservationDays: 30 });
    const token = sent.ok ? sent.token : '';
    const config = { eraseAfterDays: 7 };
    expect(await leadHousekeeping(store, config, new Date(at.getTime() + 30 * DAY - 1))).toEqual({ closed: 0, erased: 0 });
    expect(await leadHousekeeping(store, config, new Date(at.getTime() + 30 * DAY))).toEqual({ closed: 1, erased: 0 });
    expect((await store.leads.view(token, new Date(at.getTime() + 31 * DAY)))?.closeReason).toBe('expired');
    expect(await leadHousekeeping(store, config, new Date(at.getTime() + 37 * DAY - 1))).toEqual({ closed: 0, erased: 0 });
    expect(await leadHousekeeping(store, config, new Date(at.getTime() + 37 * DAY))).toEqual({ closed: 0, erased: 1 });
    expect((await store.leads.view(token, new Date(at.getTime() + 38 * DAY)))?.erasedAt).toEqual(new Date(at.getTime() + 37 * DAY));
    await store.close();
  });
});

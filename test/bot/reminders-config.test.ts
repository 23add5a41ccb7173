/** The reminders' configuration: defaults, every variable, and one line naming each bad one. */
import { describe, expect, it } from 'vitest';
import { loadFullConfig } from '../../bot/app.ts';
import { ConfigError, DEFAULT_REMINDERS, loadReminderConfig } from '../../bot/config.ts';
import { TEST_TOKEN } from './harness.ts';

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadFullConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.lines;
    throw error;
  }
  return [];
}

describe('reminder configuration', () => {
  it('has defaults: on, 09:00 in the country\'s time zone, 30 a second, one in flight', () => {
    expect(loadReminderConfig({})).toEqual(DEFAULT_REMINDERS);
    expect(DEFAULT_REMINDERS).toMatchObject({ enabled: true, hour: 9, perSecond: 30, perChatMs: 1000, inFlight: 4, maxAttempts: 5, claimTimeoutMs: 120_000 });
    expect(loadFullConfig({ BOT_TOKEN: TEST_TOKEN }).reminders).toEqual(DEFAULT_REMINDERS);
  });

  it('reads every variable', () => {
    expect(loadReminderConfig({
      REMINDERS: 'off', REMINDER_HOUR: '8', REMINDER_TIME_ZONE: 'Europe/Berlin', REMINDER_RATE: '20',
      REMINDER_IN_FLIGHT: '3', REMINDER_MAX_ATTEMPTS: '7', REMINDER_CLAIM_TIMEOUT: '30',
    })).toEqual({ ...DEFAULT_REMINDERS, enabled: false, hour: 8, timeZone: 'Europe/Berlin', perSecond: 20, inFlight: 3, maxAttempts: 7, claimTimeoutMs: 30_000 });
  });

  it('names every bad variable of the bot and the reminders at once', () => {
    expect(problems({
      BOT_MODE: 'push', REMINDERS: 'yes', REMINDER_HOUR: '24', REMINDER_TIME_ZONE: 'Berlin', REMINDER_RATE: 'fast',
      REMINDER_IN_FLIGHT: '0', REMINDER_MAX_ATTEMPTS: 'many', REMINDER_CLAIM_TIMEOUT: '-1',
    })).toEqual([
      'BOT_TOKEN is missing: create a bot with @BotFather and set BOT_TOKEN=123456789:AA…',
      'BOT_MODE must be polling or webhook',
      'REMINDERS must be on or off',
      'REMINDER_HOUR must be an hour from 0 to 23, like 9',
      'REMINDER_TIME_ZONE must be an IANA time zone name, like Europe/Berlin',
      'REMINDER_RATE must be a number of messages per second, like 30',
      'REMINDER_IN_FLIGHT must be a whole number from 1 to 30',
      'REMINDER_MAX_ATTEMPTS must be a whole number from 1 to 20',
      'REMINDER_CLAIM_TIMEOUT must be a number of seconds, like 120',
    ]);
  });
});

/** Configuration from the environment: defaults, and one line naming each bad variable. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../bot/config.ts';
import { TEST_TOKEN } from './harness.ts';

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.lines;
    throw error;
  }
  return [];
}

describe('bot configuration', () => {
  it('needs only the token; the rest has defaults', () => {
    expect(loadConfig({ BOT_TOKEN: TEST_TOKEN, BOT_ADMIN_IDS: '' })).toEqual({
      token: TEST_TOKEN, adminIds: [], dataDir: path.resolve('data'), siteUrl: 'http://localhost:4321', mode: 'polling',
      webhook: undefined, rateLimit: { limit: 30, windowMs: 60_000 }, apiRoot: undefined,
    });
  });

  it('reads admins, the site address and webhook settings', () => {
    const config = loadConfig({
      BOT_TOKEN: TEST_TOKEN, BOT_ADMIN_IDS: '12345, 67890', SITE_URL: 'https://partners.example.com/', BOT_MODE: 'webhook',
      WEBHOOK_SECRET: 'abcdefghijklmnop-1234', PORT: '9000', DATA_DIR: '/tmp/bot',
    });
    expect(config).toMatchObject({ adminIds: [12345, 67890], siteUrl: 'https://partners.example.com', mode: 'webhook', dataDir: '/tmp/bot', webhook: { secret: 'abcdefghijklmnop-1234', port: 9000 } });
  });

  it('names every bad variable in one line each', () => {
    expect(problems({})).toEqual(['BOT_TOKEN is missing: create a bot with @BotFather and set BOT_TOKEN=123456789:AA…']);
    expect(problems({ BOT_TOKEN: 'abc', BOT_ADMIN_IDS: 'me', SITE_URL: 'partners', BOT_MODE: 'push', BOT_RATE_LIMIT: 'many' })).toEqual([
      'BOT_TOKEN does not look like a bot token from @BotFather (digits, a colon, then 30 or more letters, digits, _ or -)',
      'BOT_ADMIN_IDS must be Telegram user ids (digits) separated by commas, like 12345678,87654321',
      "SITE_URL must be the site's address, like https://partners.example.com",
      'BOT_MODE must be polling or webhook',
      'BOT_RATE_LIMIT must be a number of messages per minute',
    ]);
    expect(problems({ BOT_TOKEN: TEST_TOKEN, BOT_MODE: 'webhook' })).toEqual(['WEBHOOK_SECRET is required when BOT_MODE=webhook: set it to a random string of 16 or more letters and digits']);
    expect(problems({ BOT_TOKEN: TEST_TOKEN, BOT_MODE: 'webhook', WEBHOOK_SECRET: 'short', WEBHOOK_URL: 'http://example.com/hook' })).toEqual([
      "WEBHOOK_SECRET must be 16 to 256 letters, digits, _ or - (Telegram's rule for secret tokens)",
      'WEBHOOK_URL must be an https:// address (Telegram only calls https webhooks)',
    ]);
  });
});

/**
 * Faults, end to end with long polling (grammY's runner) against the imitation: Telegram's 429,
 * 403 and 500, malformed updates, and a handler that throws. The bot never stops, never goes
 * silent, and never logs its token.
 */
import type { RunnerHandle } from '@grammyjs/runner';
import { run } from '@grammyjs/runner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../bot/dev/fake-bot-api.ts';
import type { Harness } from './harness.ts';
import { startHarness, STRANGER, TEST_TOKEN } from './harness.ts';

let h: Harness;
let runner: RunnerHandle;
beforeAll(async () => {
  h = await startHarness();
  runner = run(h.bot, { runner: { fetch: { timeout: 1 }, silent: true } });
});
afterAll(async () => {
  await runner.stop();
  await h.close();
});

/** Waits until the bot made a call matching `test`. */
async function callMatching(test: (call: RecordedCall) => boolean, timeoutMs = 8000): Promise<RecordedCall> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = h.api.calls.find(test);
    if (found) return found;
    if (Date.now() > until) throw new Error('the bot did not make the expected call in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let nextMessageId = 1;
function say(userId: number, text: string): number {
  return h.api.pushUpdate({
    message: {
      message_id: nextMessageId++, date: 1, text, chat: { id: userId, type: 'private', first_name: 'U' }, from: { id: userId, is_bot: false, first_name: 'U' },
      ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]?.length ?? 0 }] } : {}),
    },
  });
}

const delivered = (chatId: number, text: string) => (c: RecordedCall) => c.method === 'sendMessage' && c.params.chat_id === chatId && !c.failedWith && String(c.params.text).includes(text);

// Each test writes to its own chat, so they run side by side (the 500 backoff alone takes 3 s).
describe.concurrent('Telegram errors', () => {
  it('429: waits retry_after and sends again', async () => {
    h.api.fail({ method: 'sendMessage', code: 429, retryAfter: 1, chatId: 901 });
    const started = Date.now();
    say(901, '/start');
    await callMatching(delivered(901, 'Hi!'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    const attempts = h.api.calls.filter((c) => c.method === 'sendMessage' && c.params.chat_id === 901);
    expect(attempts.map((c) => c.failedWith ?? 200)).toEqual([429, 200]);
  });

  it('500: retries with backoff', async () => {
    h.api.fail({ method: 'sendMessage', code: 500, chatId: 902 });
    say(902, '/start');
    await callMatching(delivered(902, 'Hi!'), 10_000);
    expect(h.api.calls.filter((c) => c.method === 'sendMessage' && c.params.chat_id === 902).map((c) => c.failedWith ?? 200)).toEqual([500, 200]);
  }, 15_000);

  it('403: a user who blocked the bot is recorded, and everyone else is still answered', async () => {
    h.api.fail({ method: 'sendMessage', code: 403, chatId: 903, times: 5 });
    const blocked = say(903, '/start');
    say(904, '/start');
    await callMatching(delivered(904, 'Hi!'));
    await callMatching(() => h.logs.some((l) => l.includes(`update ${blocked}: Telegram refused to deliver to chat 903`)));
    expect((await h.deps.store.stats(new Date(0))).blockedUsers).toBe(1);
    expect(h.api.calls.filter((c) => c.params.chat_id === 903 && c.method === 'sendMessage')).toHaveLength(1);
  });
});

describe('malformed updates', () => {
  it('are survived, and the next update is answered', async () => {
    h.api.pushUpdate({ message: { text: '/start' } });
    h.api.pushUpdate({ callback_query: { id: '9', data: 'c:go' } });
    h.api.pushUpdate({ something_new: { from: { id: 905 } } });
    h.api.pushUpdate({ message: { message_id: 1, date: 1, chat: { id: 905, type: 'private' }, from: { id: 905, is_bot: false, first_name: 'U' } } });
    say(906, '/tiers');
    await callMatching(delivered(906, 'The 3 partner statuses'));
    expect(runner.isRunning()).toBe(true);
  });
});

describe('a handler that throws', () => {
  it('tells the user in plain words and logs the update id, never the token', async () => {
    const count = h.deps.store.count;
    h.deps.store.count = async () => {
      throw new Error(`request to https://api.telegram.org/bot${TEST_TOKEN}/sendMessage failed`);
    };
    try {
      const id = say(STRANGER, '/tiers');
      const reply = await callMatching(delivered(STRANGER, 'Something went wrong on my side'));
      expect(String(reply.params.text)).not.toMatch(/Error|at |\.ts/);
      const line = h.logs.find((l) => l.includes(`update ${id} failed`));
      expect(line).toContain('bot<token>/sendMessage');
      expect(h.logs.join('\n')).not.toContain(TEST_TOKEN);
    } finally {
      h.deps.store.count = count;
    }
  });
});

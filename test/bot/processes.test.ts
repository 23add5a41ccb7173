/**
 * The bot's commands as processes: `npm run bot:console` with piped input, and `npm run bot`
 * stopping at a missing token and shutting down cleanly on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FakeBotApi } from '../../bot/dev/fake-bot-api.ts';
import { startFakeBotApi } from '../../bot/dev/fake-bot-api.ts';
import { openSqliteStore } from '../../bot/store/sqlite.ts';
import { projectRoot } from '../helpers.ts';
import { LAKESHORE_USER, TEST_TOKEN } from './harness.ts';

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node <script> ...args` with `input` on stdin; kills it after `timeoutMs`. */
function runNode(script: string, args: string[], options: { input?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; onStart?: (child: ReturnType<typeof spawn>) => void } = {}): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(projectRoot, script), ...args], {
      cwd: projectRoot, env: { PATH: process.env.PATH, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 25_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
    options.onStart?.(child);
  });
}

// Node starts slowly on a busy machine: every process is bounded, with room to spare.
describe.concurrent('npm run bot:console', { timeout: 30_000 }, () => {
  it('chats through piped input: commands, numbered buttons, questions, and --as a team member', async () => {
    const input = '/tiers\n1\n3\nwhat discount does gold get?\n/status\n/deadlines\n';
    const { code, stdout } = await runNode('bot/console.ts', ['--as', String(LAKESHORE_USER), '--date', '2026-11-24', '--memory'], { input });
    expect(code).toBe(0);
    expect(stdout).toContain('you> /tiers\nThe 3 partner statuses');
    expect(stdout).toContain('you> 1\nEligibility check · question 1');
    expect(stdout).toContain('you> 3\n(updated)\nEligibility check · question 2 of 8');
    expect(stdout).toContain('you> what discount does gold get?\nGold partners get a 50% discount in the store.');
    expect(stdout).toContain('you> /status\nLakeshore Workflow Inc.\nSilver since 20 December 2025 · 40% discount');
    expect(stdout).toContain('📅 20 December 2026 · in 26 days');
  });

  it('shares the store of npm start (DATA_DIR): a request sent meanwhile arrives, is reserved, and shows its contact details', async ({ expect }) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'bot-console-'));
    try {
      const child = spawn(process.execPath, [path.join(projectRoot, 'bot/console.ts'), '--as', String(LAKESHORE_USER)], {
        cwd: projectRoot, env: { PATH: process.env.PATH, DATA_DIR: dataDir }, stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      const shown = (text: string) => expect.poll(() => stdout, { timeout: 15_000, interval: 100 }).toContain(text);
      child.stdin.write('/leads\n');
      await shown('No open request for you right now.');
      // What npm start's form does: the request goes into the same store, from another process.
      const store = openSqliteStore(dataDir);
      const sent = await store.leads.submit({
        name: 'Priya Raman', company: 'Raman Dental Group', email: 'priya@ramandental.example', country: 'US', city: 'Madison',
        kind: 'workflow-automation', language: 'en', description: 'Appointment reminders and approvals for four clinics.',
      }, { at: new Date(), clientKey: 'console-test', rateLimit: { max: 5, windowMs: 60_000 }, reservationDays: 30 });
      await store.close();
      await shown(`New implementation request · ${sent.ok ? sent.reference : ''}`);
      child.stdin.write('1\n');
      await shown('priya@ramandental.example');
      child.stdin.end();
      const code = await new Promise((resolve) => child.once('close', resolve));
      expect(code).toBe(0);
      expect(stdout).toContain('[1] ✋ Reserve');
      expect(stdout).toContain('Reserved for Lakeshore Workflow Inc.');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('explains a bad option in one line and exits 2', async () => {
    const { code, stderr } = await runNode('bot/console.ts', ['--as', 'me']);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe("--as takes a Telegram user id (digits), not 'me'");
  });
});

describe.concurrent('npm run bot', { timeout: 30_000 }, () => {
  it('stops with one clear line when the token is missing', async () => {
    const { code, stderr } = await runNode('bot/main.ts', []);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('Configuration error: BOT_TOKEN is missing: create a bot with @BotFather and set BOT_TOKEN=123456789:AA…');
  });

  describe('with a Bot API', () => {
    const cleanup: (() => Promise<void>)[] = [];
    afterAll(async () => {
      for (const done of cleanup) await done();
    });
    /** A Bot API imitation and a data folder of the test's own (the tests run side by side). */
    async function fresh(): Promise<{ api: FakeBotApi; dataDir: string }> {
      const api = await startFakeBotApi({ token: TEST_TOKEN });
      const dataDir = await mkdtemp(path.join(tmpdir(), 'bot-data-'));
      cleanup.push(() => api.close(), () => rm(dataDir, { recursive: true, force: true }));
      return { api, dataDir };
    }

    it('polls, answers, and shuts down cleanly on SIGTERM', async () => {
      const { api, dataDir } = await fresh();
      const env = { BOT_TOKEN: TEST_TOKEN, BOT_API_ROOT: api.apiRoot, DATA_DIR: dataDir };
      const result = await runNode('bot/main.ts', [], {
        env,
        onStart: (child) => {
          api.pushUpdate({ message: { message_id: 1, date: 1, text: '/start', entities: [{ type: 'bot_command', offset: 0, length: 6 }], chat: { id: 77, type: 'private', first_name: 'A' }, from: { id: 77, is_bot: false, first_name: 'A' } } });
          const wait = setInterval(() => {
            if (api.calls.some((c) => c.method === 'sendMessage')) {
              clearInterval(wait);
              child.kill('SIGTERM');
            }
          }, 20);
        },
      });
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('is polling for updates');
      expect(result.stderr).toContain('SIGTERM: finishing the updates in hand, then stopping');
      expect(result.stderr).not.toContain(TEST_TOKEN);
      expect(api.calls.map((c) => c.method)).toEqual(expect.arrayContaining(['getMe', 'deleteWebhook', 'setMyCommands', 'getUpdates', 'sendMessage']));
      expect(String(api.calls.find((c) => c.method === 'sendMessage')?.params.text)).toContain('Hi!');
    });

    it('in webhook mode registers the webhook with its secret and serves it', async () => {
      const { api, dataDir } = await fresh();
      const port = 20000 + Math.floor(Math.random() * 20000);
      const env = {
        BOT_TOKEN: TEST_TOKEN, BOT_API_ROOT: api.apiRoot, DATA_DIR: dataDir, BOT_MODE: 'webhook', PORT: String(port),
        WEBHOOK_SECRET: 'secret-for-the-webhook-test', WEBHOOK_URL: 'https://bot.example.com/telegram/hook',
      };
      const statuses: number[] = [];
      const result = await runNode('bot/main.ts', [], {
        env,
        onStart: (child) => {
          const post = (secret: string) => fetch(`http://127.0.0.1:${port}/telegram/hook`, {
            method: 'POST', headers: { 'x-telegram-bot-api-secret-token': secret },
            body: JSON.stringify({ update_id: 5, message: { message_id: 1, date: 1, text: '/tiers', entities: [{ type: 'bot_command', offset: 0, length: 6 }], chat: { id: 78, type: 'private', first_name: 'A' }, from: { id: 78, is_bot: false, first_name: 'A' } } }),
          }).then((r) => statuses.push(r.status));
          const wait = setInterval(() => {
            if (!api.calls.some((c) => c.method === 'setWebhook')) return;
            clearInterval(wait);
            void post('wrong').then(() => post(env.WEBHOOK_SECRET)).then(() => child.kill('SIGTERM'));
          }, 50);
        },
      });
      expect(result.code).toBe(0);
      expect(statuses).toEqual([401, 200]);
      expect(api.calls.find((c) => c.method === 'setWebhook')?.params).toMatchObject({ url: env.WEBHOOK_URL, secret_token: env.WEBHOOK_SECRET });
      expect(String(api.calls.find((c) => c.method === 'sendMessage' && c.params.chat_id === 78)?.params.text)).toContain('The 3 partner statuses');
    });
  });
});

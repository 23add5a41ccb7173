/**
 * `npm start` with a bot token: the site and the bot together, against the local Bot API
 * imitation. Webhook mode receives updates on the site's own server; polling runs the bot beside it.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { startFakeBotApi } from '../../bot/dev/fake-bot-api.ts';
import type { FakeBotApi } from '../../bot/dev/fake-bot-api.ts';
import { webhookPath } from '../../bot/webhook.ts';
import { TEST_TOKEN } from '../bot/harness.ts';
import { projectRoot } from '../helpers.ts';
import { postForm, privatePath, requestBody } from './request-form.ts';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((f) => f()));
});

/** Starts `npm start`'s server on a free port with `env`; resolves with its URL. */
async function start(env: Record<string, string>): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'partner-hub-start-'));
  const child = spawn(process.execPath, [path.join(projectRoot, 'scripts/start.ts')], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH, CONTENT_DIR: inject('contentDir'), SITE_OUT_DIR: inject('outDir'), SKIP_BUILD: '1', PORT: '0', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
  cleanup.push(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not started:\n${out}`)), 12_000);
    child.stdout?.on('data', () => {
      const match = /running at (http:\/\/[^\s/]+)\//.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  return { url, child, output: () => out };
}

async function fakeApi(): Promise<FakeBotApi> {
  const api = await startFakeBotApi({ token: TEST_TOKEN });
  cleanup.push(() => api.close());
  return api;
}

const message = (text: string) => ({
  update_id: 1,
  message: { message_id: 1, date: 1_790_000_000, chat: { id: 424242, type: 'private', first_name: 'Ana' }, from: { id: 424242, is_bot: false, first_name: 'Ana' }, text, ...(text.startsWith('/') && { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]?.length ?? 0 }] }) },
});

const sentTexts = (api: FakeBotApi) => api.calls.filter((c) => c.method === 'sendMessage').map((c) => String(c.params.text));

describe('npm start with the bot', () => {
  it('in webhook mode serves the site and the webhook on one server', async () => {
    const api = await fakeApi();
    const secret = 'secret-for-the-start-test';
    const { url } = await start({ BOT_TOKEN: TEST_TOKEN, BOT_API_ROOT: api.apiRoot, BOT_MODE: 'webhook', WEBHOOK_SECRET: secret, SITE_URL: 'https://partners.example.org' });
    expect((await fetch(`${url}/`)).status).toBe(200);
    // The server answers at once; the bot registers its webhook once the content has loaded.
    await expect.poll(() => api.calls.some((c) => c.method === 'setWebhook'), { timeout: 10_000 }).toBe(true);
    const hook = `${url}${webhookPath({ token: TEST_TOKEN })}`;
    const refused = await fetch(hook, { method: 'POST', body: JSON.stringify(message('/tiers')), headers: { 'content-type': 'application/json' } });
    expect(refused.status).toBe(401);
    const accepted = await fetch(hook, { method: 'POST', body: JSON.stringify(message('/tiers')), headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': secret } });
    expect(accepted.status).toBe(200);
    await expect.poll(() => sentTexts(api).join('\n'), { timeout: 10_000 }).toContain('Gold');
    expect(api.calls.some((c) => c.method === 'setWebhook' && c.params.secret_token === secret)).toBe(true);
  });

  it('in polling mode runs the bot beside the site', async () => {
    const api = await fakeApi();
    const { url, output } = await start({ BOT_TOKEN: TEST_TOKEN, BOT_API_ROOT: api.apiRoot });
    // The server answers at once and /healthz says 503 "loading" until the content is in: wait for it.
    await expect.poll(async () => (await fetch(`${url}/healthz`)).status, { timeout: 15_000 }).toBe(200);
    api.pushUpdate(message('/start'));
    await expect.poll(() => sentTexts(api).length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(output()).not.toContain(TEST_TOKEN);
  });

  it('takes a request on the site and offers it in the bot at once; Reserve gives the contact details', async () => {
    const api = await fakeApi();
    const { url, output } = await start({ BOT_TOKEN: TEST_TOKEN, BOT_API_ROOT: api.apiRoot, FORM_SECRET: inject('formSecret') });
    // Lakeshore Workflow's team member opens a chat with the bot (Telegram lets bots write only then).
    const member = 3253452691;
    api.pushUpdate({ ...message('/start'), message: { ...message('/start').message, chat: { id: member, type: 'private', first_name: 'L' }, from: { id: member, is_bot: false, first_name: 'L' } } });
    await expect.poll(() => api.calls.some((c) => c.method === 'sendMessage' && c.params.chat_id === member), { timeout: 15_000 }).toBe(true);
    const posted = await postForm(url, '/request/', requestBody({ country: 'US', city: 'Milwaukee', kind: 'workflow-automation', language: 'en', email: 'ops@milwaukee-brewing.example' }));
    expect(posted.status).toBe(303);
    const offer = async () => api.calls.find((c) => c.method === 'sendMessage' && c.params.chat_id === member && String(c.params.text).includes('Milwaukee'));
    await expect.poll(offer, { timeout: 10_000 }).toBeDefined();
    const text = String((await offer())?.params.text);
    expect(text).toContain('New implementation request');
    expect(text).not.toContain('milwaukee-brewing');
    const reference = /R-[2-9A-Z]{4}-[2-9A-Z]{4}/.exec(text)?.[0] ?? '';
    api.pushUpdate({ update_id: 2, callback_query: { id: 'q1', chat_instance: '1', data: `ld:r:${reference}`, from: { id: member, is_bot: false, first_name: 'L' }, message: { message_id: 1, date: 1, chat: { id: member, type: 'private', first_name: 'L' }, text: '' } } });
    await expect.poll(() => api.calls.some((c) => c.method === 'sendMessage' && c.params.chat_id === member && String(c.params.text).includes('ops@milwaukee-brewing.example')), { timeout: 10_000 }).toBe(true);
    expect(await (await fetch(`${url}${privatePath(posted)}`)).text()).toContain('Lakeshore Workflow Inc.');
    expect(output()).not.toContain('milwaukee-brewing');
  });

  it('without a token serves the site and says how to turn the bot on', async () => {
    const { url, output } = await start({});
    expect((await fetch(`${url}/`)).status).toBe(200);
    expect(output()).toContain('The Telegram bot is off: set BOT_TOKEN to run it');
  });
});

/** Webhook mode: the handler mounted on a local server refuses strangers and answers Telegram's calls. */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhookHandler, webhookPath } from '../../bot/webhook.ts';
import type { Harness } from './harness.ts';
import { startHarness, STRANGER, TEST_TOKEN } from './harness.ts';

const SECRET = 'a-webhook-secret-for-tests-0123456789';
let h: Harness;
let server: Server;
let url: string;

beforeAll(async () => {
  h = await startHarness();
  const handle = createWebhookHandler(h.bot, SECRET, { log: h.deps.log });
  const path = webhookPath({ token: TEST_TOKEN });
  server = createServer((req, res) => (req.url === path ? void handle(req, res) : void res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await h.close();
});

const update = (text: string) => JSON.stringify({
  update_id: 1, message: { message_id: 1, date: 1, text, chat: { id: STRANGER, type: 'private', first_name: 'S' }, from: { id: STRANGER, is_bot: false, first_name: 'S' }, entities: [{ type: 'bot_command', offset: 0, length: text.length }] },
});
const post = (body: string, headers: Record<string, string> = {}) => fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers }, signal: AbortSignal.timeout(5000) });

describe('the webhook handler', () => {
  it('lives on a path derived from the token, not the token itself', () => {
    expect(webhookPath({ token: TEST_TOKEN })).toMatch(/^\/telegram\/[0-9a-f]{32}$/);
    expect(webhookPath({ token: TEST_TOKEN })).not.toContain(TEST_TOKEN.split(':')[1]);
  });

  it('refuses a request without the secret-token header, or with a wrong one', async () => {
    const before = h.api.calls.length;
    expect((await post(update('/start'))).status).toBe(401);
    expect((await post(update('/start'), { 'x-telegram-bot-api-secret-token': 'wrong' })).status).toBe(401);
    expect(h.api.calls.length).toBe(before);
  });

  it('refuses anything but POST, and a body that is not an update', async () => {
    expect((await fetch(url, { signal: AbortSignal.timeout(5000) })).status).toBe(405);
    expect((await post('{not json', { 'x-telegram-bot-api-secret-token': SECRET })).status).toBe(400);
    expect((await post('{"hello":1}', { 'x-telegram-bot-api-secret-token': SECRET })).status).toBe(400);
  });

  it('hands an update to the bot and answers 200', async () => {
    const response = await post(update('/tiers'), { 'x-telegram-bot-api-secret-token': SECRET });
    expect(response.status).toBe(200);
    const reply = h.api.calls.find((c) => c.method === 'sendMessage' && c.params.chat_id === STRANGER);
    expect(String(reply?.params.text)).toContain('The 3 partner statuses');
  });
});

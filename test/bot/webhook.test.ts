/** Webhook mode: the handler mounted on a local server refuses strangers and answers Telegram's calls. */
import { createServer, request } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhookHandler, MAX_BODY, webhookPath } from '../../bot/webhook.ts';
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

  it('refuses anything but POST, and a body that is not JSON', async () => {
    const get = await fetch(url, { signal: AbortSignal.timeout(5000) });
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
    expect((await fetch(url, { method: 'PUT', body: '{}', signal: AbortSignal.timeout(5000) })).status).toBe(405);
    expect((await post('{not json', { 'x-telegram-bot-api-secret-token': SECRET })).status).toBe(400);
    expect((await post('null', { 'x-telegram-bot-api-secret-token': SECRET })).status).toBe(400);
  });

  it('ignores JSON that is no update it knows (only Telegram has the secret), sending nothing', async () => {
    const before = h.api.calls.length;
    expect((await post('{"hello":1}', { 'x-telegram-bot-api-secret-token': SECRET })).status).toBe(200);
    expect(h.api.calls.length).toBe(before);
  });

  it('refuses a body larger than an update can be, or of unknown length, without reading it', async () => {
    // Raw requests: the body announced is never sent, so an answer can only come unread.
    const raw = (headers: Record<string, string>) => new Promise<number>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { 'x-telegram-bot-api-secret-token': SECRET, ...headers }, timeout: 5000 }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(await raw({ 'content-length': String(MAX_BODY + 1) })).toBe(413);
    expect(await raw({ 'content-length': String(50 * MAX_BODY) })).toBe(413);
    expect(await raw({ 'transfer-encoding': 'chunked' })).toBe(411);
  });

  it('hands an update to the bot and answers 200', async () => {
    const response = await post(update('/tiers'), { 'x-telegram-bot-api-secret-token': SECRET });
    expect(response.status).toBe(200);
    const reply = h.api.calls.find((c) => c.method === 'sendMessage' && c.params.chat_id === STRANGER);
    expect(String(reply?.params.text)).toContain('The 3 partner statuses');
  });

  it('answers within the time limit while a slow update carries on, and a failing one still gets 200', async () => {
    const handle = createWebhookHandler(h.bot, SECRET, { log: h.deps.log, answerWithinMs: 100 });
    const slow = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    let finished = false;
    // Poll updates reach no feature: this last middleware stands for a slow or failing one.
    h.bot.on('poll', async (ctx) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      finished = true;
      if (ctx.poll.question === 'fail') throw new Error('a handler failed');
    });
    const poll = (id: number, question: string) => JSON.stringify({ update_id: id, poll: { id: String(id), question, options: [], total_voter_count: 0, is_closed: false, is_anonymous: true, type: 'regular', allows_multiple_answers: false } });
    const slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/`;
    const started = performance.now();
    const answer = await fetch(slowUrl, { method: 'POST', body: poll(900, 'slow'), headers: { 'x-telegram-bot-api-secret-token': SECRET }, signal: AbortSignal.timeout(5000) });
    expect(answer.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(350);
    expect(finished).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(finished).toBe(true);
    const failing = await fetch(slowUrl, { method: 'POST', body: poll(901, 'fail'), headers: { 'x-telegram-bot-api-secret-token': SECRET }, signal: AbortSignal.timeout(5000) });
    expect(failing.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(h.logs.some((line) => line.includes('update 901 failed'))).toBe(true);
    slow.closeAllConnections();
    await new Promise((resolve) => slow.close(resolve));
  });
});

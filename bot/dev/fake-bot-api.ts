/**
 * An imitation of the Telegram Bot API on 127.0.0.1, for tests and `npm run bot:console`. It
 * implements the methods the bot uses, checks messages the way Telegram does (HTML, length,
 * button data), records every call, feeds updates through getUpdates with a long-poll timeout, and
 * can be told to fail: 429 with retry_after, 403 for a blocked user, 500.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update, UserFromGetMe } from 'grammy/types';
import { handleMethod } from './fake-methods.ts';

/** One call the bot made. */
export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  /** What the imitation answered, when the call succeeded. */
  result?: unknown;
  /** Error code answered, when the call failed. */
  failedWith?: number;
}

/** A failure to answer instead of a method's result. */
export interface Fault {
  method: string;
  /** 429, 403, 500... */
  code: number;
  description?: string;
  retryAfter?: number;
  /** Only for calls to this chat. */
  chatId?: number;
  /** How many calls to fail (default 1). */
  times?: number;
}

/** A message the bot sent, as the imitation keeps it. */
export interface StoredMessage {
  chatId: number;
  messageId: number;
  text: string;
  replyMarkup?: unknown;
}

/** The imitation's state, shared with the method handlers. */
export interface FakeState {
  botInfo: UserFromGetMe;
  messages: Map<string, StoredMessage>;
  nextMessageId: number;
  webhookUrl: string;
}

/** Options for `startFakeBotApi`. */
export interface FakeBotApiOptions {
  token: string;
  botInfo?: Partial<UserFromGetMe>;
}

/** The default bot user of the imitation. */
export const FAKE_BOT: UserFromGetMe = {
  id: 7000000001, is_bot: true, first_name: 'Partner Hub', username: 'partner_hub_test_bot',
  can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false,
  can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false,
} as UserFromGetMe;

/** A running imitation. */
export interface FakeBotApi {
  /** Give this to grammY as `client.apiRoot`. */
  apiRoot: string;
  calls: RecordedCall[];
  state: FakeState;
  /** Queues an update for getUpdates; returns its update_id. */
  pushUpdate(update: Omit<Update, 'update_id'> | Record<string, unknown>): number;
  /** Resolves once getUpdates asked for updates after `updateId` (sequential polling has handled it). */
  handled(updateId: number, timeoutMs?: number): Promise<void>;
  /** Makes the next matching call(s) fail. */
  fail(fault: Fault): void;
  /** Stops the server, answering any pending long poll. */
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(raw ? (JSON.parse(raw) as Record<string, unknown>) : {});
      } catch {
        resolve({});
      }
    });
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** Starts the imitation on a free port of 127.0.0.1. */
export async function startFakeBotApi(options: FakeBotApiOptions): Promise<FakeBotApi> {
  const state: FakeState = { botInfo: { ...FAKE_BOT, ...options.botInfo } as UserFromGetMe, messages: new Map(), nextMessageId: 1, webhookUrl: '' };
  const calls: RecordedCall[] = [];
  const faults: Fault[] = [];
  let queue: Update[] = [];
  let nextUpdateId = 1;
  let confirmed = 0;
  const pollers = new Set<() => void>();
  const offsetWaiters = new Set<() => void>();
  let closing = false;

  const takeUpdates = (offset: number, limit: number) => {
    if (offset > 0) {
      queue = queue.filter((u) => u.update_id >= offset);
      confirmed = Math.max(confirmed, offset - 1);
      for (const wake of offsetWaiters) wake();
    }
    return queue.slice(0, limit);
  };

  const getUpdates = async (params: Record<string, unknown>, req: IncomingMessage): Promise<Update[]> => {
    const offset = Number(params.offset ?? 0);
    const limit = Number(params.limit ?? 100);
    const timeout = Math.min(Number(params.timeout ?? 0), 50);
    let updates = takeUpdates(offset, limit);
    if (updates.length || timeout === 0 || closing) return updates;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        pollers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeout * 1000);
      pollers.add(done);
      req.once('close', done);
    });
    updates = takeUpdates(offset, limit);
    return updates;
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url?.split('?')[0] ?? '');
      if (!match) return send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
      const [, token, method = ''] = match;
      const params = await readBody(req);
      if (token !== options.token) return send(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
      const call: RecordedCall = { method, params };
      calls.push(call);
      const fault = faults.find((f) => f.method === method && (f.chatId === undefined || Number(params.chat_id) === f.chatId));
      if (fault) {
        if ((fault.times = (fault.times ?? 1) - 1) <= 0) faults.splice(faults.indexOf(fault), 1);
        call.failedWith = fault.code;
        return send(res, fault.code, {
          ok: false, error_code: fault.code, description: fault.description ?? defaultDescription(fault),
          ...(fault.retryAfter !== undefined ? { parameters: { retry_after: fault.retryAfter } } : {}),
        });
      }
      if (method === 'getUpdates') return send(res, 200, { ok: true, result: await getUpdates(params, req) });
      const answer = handleMethod(state, method, params);
      if ('error' in answer) {
        call.failedWith = answer.code;
        return send(res, answer.code, { ok: false, error_code: answer.code, description: answer.error });
      }
      call.result = answer.result;
      return send(res, 200, { ok: true, result: answer.result });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    state,
    pushUpdate(update) {
      const full = { ...update, update_id: nextUpdateId++ } as Update;
      queue.push(full);
      for (const wake of [...pollers]) wake();
      return full.update_id;
    },
    handled(updateId, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (confirmed < updateId) return;
          clearTimeout(timer);
          offsetWaiters.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          offsetWaiters.delete(check);
          reject(new Error(`update ${updateId} was not handled within ${timeoutMs} ms`));
        }, timeoutMs);
        offsetWaiters.add(check);
        check();
      });
    },
    fail(fault) {
      faults.push({ ...fault });
    },
    async close() {
      closing = true;
      for (const wake of [...pollers]) wake();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function defaultDescription(fault: Fault): string {
  if (fault.code === 429) return `Too Many Requests: retry after ${fault.retryAfter ?? 1}`;
  if (fault.code === 403) return 'Forbidden: bot was blocked by the user';
  if (fault.code >= 500) return 'Internal Server Error';
  return 'Bad Request';
}

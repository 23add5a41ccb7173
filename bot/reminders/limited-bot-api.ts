/**
 * The Bot API imitation behind Telegram's flood limits, for the rate tests and the benchmark: a
 * proxy on 127.0.0.1 that counts sendMessage calls in a sliding window (at most `perSecond` in any
 * second over all chats, and `perChatMs` between two messages to one chat) and answers 429 with
 * `retry_after` above that, as Telegram does. Everything within the limits goes on to the
 * imitation (bot/dev/fake-bot-api.ts), which keeps the messages.
 */
import { createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeBotApi } from '../dev/fake-bot-api.ts';
import { startFakeBotApi } from '../dev/fake-bot-api.ts';

/** Options for `startLimitedBotApi`. */
export interface LimitedBotApiOptions {
  token: string;
  /** Messages accepted in any one second over all chats (Telegram: about 30). */
  perSecond?: number;
  /** Least time between two messages to one chat (Telegram: about a second). */
  perChatMs?: number;
  /** The `retry_after` answered with a 429, in seconds. */
  retryAfter?: number;
  /** Added to every answer, like the round trip to Telegram's servers (about 100 ms from most places). */
  roundTripMs?: number;
}

/** A running limited imitation. */
export interface LimitedBotApi {
  /** Give this to grammY as `apiRoot`. */
  apiRoot: string;
  /** The imitation behind the limits: its `state.messages` are the messages that arrived. */
  upstream: FakeBotApi;
  /** sendMessage calls answered with 429, overall and per chat, and the chats they were for. */
  rejected: { overall: number; perChat: number; chats: string[] };
  /** When each sendMessage call arrived, before the round trip's delay (ms on this process's monotonic clock). */
  arrivals: number[];
  close(): Promise<void>;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/** Starts the imitation and the limits in front of it. */
export async function startLimitedBotApi(options: LimitedBotApiOptions): Promise<LimitedBotApi> {
  const { perSecond = 30, perChatMs = 1000, retryAfter = 1, roundTripMs = 0 } = options;
  const travel = () => (roundTripMs > 0 ? new Promise((resolve) => setTimeout(resolve, roundTripMs)) : Promise.resolve());
  const upstream = await startFakeBotApi({ token: options.token });
  const accepted: number[] = [];
  const lastByChat = new Map<string, number>();
  const rejected = { overall: 0, perChat: 0, chats: [] as string[] };
  const arrivals: number[] = [];

  const server = createServer((req, res) => {
    void (async () => {
      const text = await body(req);
      // Counted as it arrives, as Telegram counts; the round trip delays the answer. (Counted after a
      // timer instead, a busy test process would bunch messages that arrived evenly spaced.)
      let refusal: string | undefined;
      if (req.url?.endsWith('/sendMessage')) {
        arrivals.push(performance.now());
        let chat = '';
        try {
          chat = String((JSON.parse(text) as { chat_id?: unknown }).chat_id);
        } catch {
          // The imitation answers a malformed body.
        }
        const now = performance.now();
        while (accepted.length > 0 && (accepted[0] ?? 0) <= now - 1000) accepted.shift();
        const last = lastByChat.get(chat);
        const overall = accepted.length >= perSecond;
        const perChat = last !== undefined && now - last < perChatMs;
        if (overall || perChat) {
          if (overall) rejected.overall++;
          else rejected.perChat++;
          if (rejected.chats.length < 100) rejected.chats.push(chat);
          refusal = JSON.stringify({ ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } });
        } else {
          accepted.push(now);
          lastByChat.set(chat, now);
        }
      }
      await travel();
      if (refusal) {
        res.writeHead(429, { 'content-type': 'application/json' }).end(refusal);
        return;
      }
      const answer = await fetch(`${upstream.apiRoot}${req.url ?? '/'}`, { method: req.method, headers: { 'content-type': 'application/json' }, body: text || undefined });
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
    })().catch(() => res.writeHead(502).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    upstream,
    rejected,
    arrivals,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await upstream.close();
    },
  };
}

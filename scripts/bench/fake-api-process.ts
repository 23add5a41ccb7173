/**
 * The Bot API imitation in a process of its own, for the bot benchmark: Telegram is not in the
 * bot's process either. Prints `root <url>` when ready; reads updates to deliver, one JSON per line,
 * on stdin; prints `reply <chat id> <epoch ms>` for the first message sent to each chat.
 */
import { createInterface } from 'node:readline';
import { startFakeBotApi } from '../../bot/dev/fake-bot-api.ts';
import type { RecordedCall } from '../../bot/dev/fake-bot-api.ts';

const api = await startFakeBotApi({ token: process.argv[2] ?? '' });
const seen = new Set<number>();
const push = api.calls.push.bind(api.calls);
api.calls.push = (...calls: RecordedCall[]) => {
  for (const call of calls) {
    const chat = Number(call.params.chat_id);
    if (call.method === 'sendMessage' && !seen.has(chat)) {
      seen.add(chat);
      process.stdout.write(`reply ${chat} ${performance.timeOrigin + performance.now()}\n`);
    }
  }
  // Keep memory flat over long runs: the benchmark needs the times, not the record.
  push(...calls);
  if (api.calls.length > 1000) api.calls.splice(0, api.calls.length - 100);
  return api.calls.length;
};
process.stdout.write(`root ${api.apiRoot}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim()) api.pushUpdate(JSON.parse(line) as Record<string, unknown>);
}
await api.close();

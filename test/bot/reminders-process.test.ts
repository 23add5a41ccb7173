/**
 * Reminders as processes: `npm run reminders -- --send` killed with SIGKILL mid-batch and started
 * again (nothing lost, at most REMINDER_IN_FLIGHT messages twice), two senders at once on one store (nothing
 * twice), and the dry run.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays } from '../../content/index.ts';
import type { FakeBotApi } from '../../bot/dev/fake-bot-api.ts';
import { startFakeBotApi } from '../../bot/dev/fake-bot-api.ts';
import { parseTelegramHtml } from '../../bot/dev/telegram-html.ts';
import { DEFAULT_REMINDERS } from '../../bot/config.ts';
import { openSqliteStore } from '../../bot/store/sqlite.ts';
import { localDate } from '../../bot/reminders/time-zones.ts';
import { projectRoot } from '../helpers.ts';
import { TEST_TOKEN } from './harness.ts';
import { contentCopy } from './reminders-harness.ts';

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const done of cleanup.reverse()) await done();
});

interface Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node scripts/reminders.ts ...args`; `onStart` may kill it. Bounded by `timeoutMs`. */
function reminders(args: string[], env: NodeJS.ProcessEnv = {}, onStart?: (child: ChildProcess) => void, timeoutMs = 20_000): Promise<Result> {
  return runNode('scripts/reminders.ts', args, env, onStart, timeoutMs);
}

function runNode(script: string, args: string[], env: NodeJS.ProcessEnv, onStart?: (child: ChildProcess) => void, timeoutMs = 20_000): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(projectRoot, script), ...args], {
      cwd: projectRoot, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    onStart?.(child);
  });
}

/**
 * A content folder whose one partner is a Bronze partner approved 85 days before the real today,
 * with `team` people on Telegram: their 7-day Bronze reminders fell due two days ago and the cut-off
 * is five days ahead, so a sender started now catches up on one reminder each (and the kickstart
 * bonus's, if it has one). Real dates, because the sender runs on the real clock; Berlin's, because
 * the sender counts the days to the cut-off on the partner's calendar (between 23:00 and midnight UTC
 * Berlin is already a day ahead).
 */
async function crashContent(team: number[]): Promise<string> {
  const copy = await contentCopy(['lakeshore-workflow']);
  cleanup.push(copy.remove);
  await rm(path.join(copy.dir, 'partners', 'lakeshore-workflow.md'));
  const approved = addDays(localDate(new Date(), 'Europe/Berlin'), -85);
  await writeFile(path.join(copy.dir, 'partners', 'crash-test-partner.md'), `---
name: Crash Test Partner
status: bronze
country: DE
city: Berlin
program:
  applied: ${addDays(approved, -3)}
  approved: ${approved}
  statusSince: ${approved}
  telegram: [${team.map((id) => `"${id}"`).join(', ')}]
---
A partner whose whole team is due a reminder.
`);
  return copy.dir;
}

async function freshSetup(team: number[]): Promise<{ api: FakeBotApi; dataDir: string; env: NodeJS.ProcessEnv }> {
  const api = await startFakeBotApi({ token: TEST_TOKEN });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'reminders-crash-'));
  cleanup.push(() => api.close(), () => rm(dataDir, { recursive: true, force: true }));
  // The team has opened a chat with the bot: they are in the store.
  const store = openSqliteStore(dataDir);
  for (const id of team) await store.seeUser(id, new Date());
  await store.close();
  const env = {
    BOT_TOKEN: TEST_TOKEN, BOT_API_ROOT: api.apiRoot, DATA_DIR: dataDir, CONTENT_DIR: await crashContent(team),
    REMINDER_RATE: '400', REMINDER_CLAIM_TIMEOUT: '1',
  };
  return { api, dataDir, env };
}

/** What arrived: sendMessage calls that succeeded, by chat and first line. */
function arrivals(api: FakeBotApi): Map<string, number> {
  const seen = new Map<string, number>();
  for (const call of api.calls) {
    if (call.method !== 'sendMessage' || call.failedWith || !call.result) continue;
    const key = `${String(call.params.chat_id)} ${parseTelegramHtml(String(call.params.text)).plain.split('\n')[0]}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return seen;
}

const TEAM = Array.from({ length: 120 }, (_, i) => 880_000_000 + i);

// Node starts slowly on a busy machine: every process is bounded, and they run side by side.
describe.concurrent('npm run reminders -- --send', { timeout: 30_000 }, () => {
  it('killed mid-batch and started again: nothing lost, at most the messages in flight twice', async () => {
    const { api, dataDir, env } = await freshSetup(TEAM);
    const killed = await reminders(['--send'], env, (child) => {
      const wait = setInterval(() => {
        if (api.calls.filter((c) => c.method === 'sendMessage').length >= 40) {
          clearInterval(wait);
          child.kill('SIGKILL');
        }
      }, 5);
    });
    expect(killed.signal).toBe('SIGKILL');
    const before = [...arrivals(api).values()].reduce((a, b) => a + b, 0);
    expect(before).toBeGreaterThanOrEqual(40);

    const store = openSqliteStore(dataDir);
    const left = (await store.reminders.rows()).filter((r) => r.state === 'sending');
    expect(left.length).toBeGreaterThan(0); // claimed by the dead process
    // The claim timeout is a second: after it, the next sender takes the rows over.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = await reminders(['--send'], env);
    expect(again.code, again.stderr).toBe(0);

    const rows = await store.reminders.rows();
    await store.close();
    const due = rows.filter((r) => r.dueAt.getTime() <= Date.now());
    expect(due.length).toBeGreaterThanOrEqual(TEAM.length);
    expect(due.filter((r) => r.state !== 'sent' && r.state !== 'skipped')).toEqual([]);
    const seen = arrivals(api);
    const sent = due.filter((r) => r.state === 'sent');
    // Every reminder the ledger calls sent arrived, and nothing arrived that it does not know.
    expect(seen.size).toBe(sent.length);
    // Five days on Berlin's calendar; four if Berlin's midnight passed while the test ran.
    for (const id of TEAM) expect([...seen.keys()].some((key) => new RegExp(`^${id} ⏰ Bronze requirements · in [45] days`).test(key))).toBe(true);
    const copies = [...seen.values()].reduce((a, b) => a + b, 0);
    // The stated bound: at most REMINDER_IN_FLIGHT (default four) messages twice per crash.
    expect(copies - seen.size).toBeLessThanOrEqual(DEFAULT_REMINDERS.inFlight);
  });

  it('stops with one line and exit code 1 when the Bot API refuses the token, keeping the reminders', async () => {
    const { dataDir, env } = await freshSetup(TEAM.slice(0, 3));
    const other = await startFakeBotApi({ token: '987654321:ANOTHER-token-for-the-bot-api-imitation-00' });
    cleanup.push(() => other.close());
    const result = await reminders(['--send'], { ...env, BOT_API_ROOT: other.apiRoot });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The Bot API refused the bot (401 Unauthorized): check BOT_TOKEN and BOT_API_ROOT.');
    expect(result.stderr).not.toContain(TEST_TOKEN);
    const store = openSqliteStore(dataDir);
    const rows = await store.reminders.rows();
    await store.close();
    expect(rows.filter((r) => r.dueAt.getTime() <= Date.now() && r.state === 'pending').length).toBeGreaterThanOrEqual(3);
    expect(rows.every((r) => r.attempts === 0)).toBe(true);
  });

  it('npm run bot sends due reminders by itself at start, and stops cleanly on SIGTERM', async () => {
    const { api, env } = await freshSetup(TEAM.slice(0, 5));
    const bronze = (id: number) => [...arrivals(api).keys()].some((key) => key.startsWith(`${id} ⏰ Bronze requirements`));
    const result = await runNode('bot/main.ts', [], env, (child) => {
      const wait = setInterval(() => {
        // Other reminders of theirs may arrive first: wait for the five this test is about.
        if (TEAM.slice(0, 5).every(bronze)) {
          clearInterval(wait);
          child.kill('SIGTERM');
        }
      }, 20);
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/reminders sent: \d+ of \d+ claimed/);
    for (const id of TEAM.slice(0, 5)) expect(bronze(id)).toBe(true);
  });

  it('two at once on one store: each reminder goes once', async () => {
    const team = TEAM.slice(0, 60);
    const { api, env } = await freshSetup(team);
    const results = await Promise.all([reminders(['--send'], env), reminders(['--send'], env)]);
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const seen = arrivals(api);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    for (const id of team) expect([...seen.keys()].some((key) => key.startsWith(`${id} ⏰ Bronze requirements`))).toBe(true);
    const status = await reminders(['--status'], env);
    expect(status.stdout).toMatch(new RegExp(`^sent +${seen.size}$`, 'm'));
    expect(status.stdout).toMatch(/^failed +0$/m);
  });
});

describe.concurrent('npm run reminders -- --dry-run', { timeout: 30_000 }, () => {
  it('lists what goes out on a day, to whom, and the message', async () => {
    const { code, stdout } = await reminders(['--dry-run', '--as-of', '2026-12-01'], { SITE_URL: 'https://partners.example.com' });
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Reminders for Tuesday 1 December 2026 (dry run: nothing is sent)', '10 messages to 10 people at 4 partners.']);
    expect(lines.filter((l) => / UTC · /.test(l))).toEqual([
      '08:00 UTC · 09:00 Europe/Paris · Atelier Quatorze SAS (atelier-quatorze) → 1466585910, 384368813',
      '08:00 UTC · 09:00 Europe/Madrid · Eixample Tech S.L. (eixample-tech) → 9723815824, 262301442',
      '09:00 UTC · 09:00 Europe/London · Greyfriars Lane Software Ltd (greyfriars-lane-software) → 800574763, 4374355405, 859602333',
      '12:00 UTC · 09:00 America/Sao_Paulo · Paulista Integra Ltda. (paulista-integra) → 4532137631, 3966717076, 173857227',
    ]);
    expect(stdout).toContain('  award-expiry, 30 days before 2026-12-31\n  │ ⏰ Award bonus expiry · in 30 days\n');
    expect(stdout).toContain('  │ 📖 Bonuses › Award bonus <https://partners.example.com/program/bonuses/#award-bonus>');
  });

  it('explains a bad date in one line', async () => {
    const { code, stderr } = await reminders(['--dry-run', '--as-of', '2026-13-01']);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe("--as-of must be a date written YYYY-MM-DD, not '2026-13-01'");
  });
});

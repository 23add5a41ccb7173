/**
 * The bot on a copy of the content: hostile values are escaped everywhere, and content changes are
 * picked up without a restart, keeping the last good content (and telling admins) when they break.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers.ts';
import type { Harness } from './harness.ts';
import { ADMIN, startHarness, STRANGER } from './harness.ts';

const HOSTILE_USER = 987650001;
const HOSTILE_NAME = "Hostile <script>window.__xss = 'name'</script> Labs";
let h: Harness;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bot-content-'));
  await cp(path.join(projectRoot, 'content'), dir, { recursive: true, filter: (src) => !src.endsWith('.ts') && !src.includes(`${path.sep}src`) });
  await cp(path.join(projectRoot, 'test/fixtures/hostile-partners'), path.join(dir, 'partners'), { recursive: true });
  h = await startHarness({ contentDir: dir, watch: true });
});
afterAll(async () => {
  await h.close();
  await rm(dir, { recursive: true, force: true });
});

/** Waits until `test` holds. */
async function until(test: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('hostile content', () => {
  it('is shown as text in the directory and in /status (Telegram accepts every message)', async () => {
    const found = await h.chat({ userId: STRANGER }).send('/find NL integration');
    expect(found).toContain(`${HOSTILE_NAME} <https://partners.example.com/partners/hostile-script-labs/> — Rotterdam · Silver`);
    const status = await h.chat({ userId: HOSTILE_USER }).send('/status');
    expect(status).toContain(HOSTILE_NAME);
    expect(h.api.calls.filter((c) => c.failedWith)).toEqual([]);
    expect(h.api.calls.some((c) => String(c.params.text).includes('Hostile &lt;script&gt;'))).toBe(true);
  });
});

describe('content changes', () => {
  const file = () => path.join(dir, 'partners', 'lakeshore-workflow.md');

  it('a broken file on /reload: the problems are listed and the last good content is kept', async () => {
    const good = await readFile(file(), 'utf8');
    h.deps.content.close(); // this test reloads by command only
    await writeFile(file(), good.replace('status: silver', 'status: platinum'));
    const reply = await h.chat({ userId: ADMIN }).send('/reload');
    expect(reply).toMatch(/⚠️ The content has 1 problem, so I kept the content loaded at 2026-11-24 12:00 UTC:\n• [\w-]+\/partners\/lakeshore-workflow\.md:3: status: 'platinum' is not a known status/);
    expect(await h.chat({ userId: STRANGER }).send('what discount does gold get?')).toContain('50%');
    expect(await h.chat({ userId: ADMIN }).send('/stats')).toContain('⚠️ Last reload failed with 1 problem');
    await writeFile(file(), good);
    expect(await h.chat({ userId: ADMIN }).send('/reload')).toContain('✅ Content reloaded: 45 partners');
  });

  it('lists the warnings of a reload that is valid but worth a look', async () => {
    const extra = path.join(dir, 'partners', 'nimbus-overflow.md');
    await cp(path.join(projectRoot, 'test/fixtures/warning-partners/nimbus-overflow.md'), extra);
    try {
      const reply = await h.chat({ userId: ADMIN }).send('/reload');
      expect(reply).toContain('✅ Content reloaded: 46 partners');
      expect(reply).toMatch(/It has \d+ warnings? \(the content is valid with them; worth a look\):\n• [\w-]+\/partners\/nimbus-overflow\.md:\d+/);
    } finally {
      await rm(extra);
      await h.chat({ userId: ADMIN }).send('/reload');
    }
  });
});

describe('watching the content folder', () => {
  let w: Harness;
  beforeAll(async () => {
    w = await startHarness({ contentDir: dir, watch: true });
  });
  afterAll(() => w.close());

  it('reloads on a change, and tells admins when the change breaks the content', async () => {
    const docs = path.join(dir, 'docs', 'en', 'nfr.md');
    const good = await readFile(docs, 'utf8');
    await writeFile(docs, good.replace('A key is valid for {{nfrKey.months}} months.', 'A key is valid for {{nfrKey.month}} months.'));
    await until(() => w.api.calls.some((c) => c.method === 'sendMessage' && c.params.chat_id === ADMIN));
    const notice = w.api.calls.find((c) => c.params.chat_id === ADMIN);
    expect(String(notice?.params.text)).toContain('{{nfrKey.month}} is not a figure from the rules; did you mean {{nfrKey.months}}?');
    expect((await w.chat({ userId: STRANGER }).send('how long is the nfr key valid')).split('\n')[0]).toBe('An NFR on-premise key is valid for 12 months; Silver and Gold partners can extend it for another 12 months.');

    // Answers that quote the docs follow a docs edit at once.
    await writeFile(docs, good.replace('Request it with the NFR form in the Partner Dashboard, or by e-mail to the partner department.', 'Request it with the NFR key form in the Partner Dashboard; a key arrives within a day.'));
    await until(() => w.logs.some((l) => l.includes('content reloaded (watch)')));
    expect(await w.chat({ userId: STRANGER }).send('how do I claim an NFR key?')).toContain('Request it with the NFR key form in the Partner Dashboard; a key arrives within a day.');
  });
});

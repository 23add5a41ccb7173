/**
 * A confirmed request survives a crash: requests are posted to `npm start`'s server, which is
 * killed with SIGKILL the moment the first confirmation arrives; every request whose confirmation
 * (the redirect to its private page) reached the client is in the store when it is opened again.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openSqliteStore } from '../../bot/store/sqlite.ts';
import { postForm, privatePath, requestBody } from './request-form.ts';
import { startSite } from './serve.ts';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('a crash right after confirmed submissions', () => {
  it('loses none of them', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'partner-hub-crash-'));
    dirs.push(dataDir);
    const confirmed: string[] = [];
    for (let round = 0; round < 3; round++) {
      const site = await startSite({ DATA_DIR: dataDir, FORM_SECRET: inject('formSecret'), REQUEST_RATE_LIMIT: '1000' });
      const exited = new Promise((resolve) => site.child.once('exit', resolve));
      let killed = false;
      // Several at once: the kill lands while others are still being written.
      await Promise.all(Array.from({ length: 8 }, async (_, i) => {
        try {
          const response = await postForm(site.url, '/request/', requestBody({ email: `crash.${round}.${i}@logistyka.example` }));
          if (response.status !== 303) return;
          confirmed.push(privatePath(response).split('/')[2] ?? '');
          if (!killed) {
            killed = true;
            site.child.kill('SIGKILL');
          }
        } catch {
          // Cut off by the kill before any answer: never confirmed.
        }
      }));
      await exited;
      expect(site.child.signalCode).toBe('SIGKILL');
    }
    expect(confirmed.length).toBeGreaterThanOrEqual(3);
    const store = openSqliteStore(dataDir);
    const found = await Promise.all(confirmed.map((token) => store.leads.view(token, new Date())));
    await store.close();
    expect(found.filter((view) => view === undefined)).toHaveLength(0);
    expect(new Set(found.map((v) => v?.reference)).size).toBe(confirmed.length);
  }, 60_000);
});

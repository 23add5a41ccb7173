/**
 * The content folder's watch: a change anywhere under it is reported, new folders included, with
 * one watch per folder (not one per file, which at 10,000 partner files held 10,000 watchers).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchFolders } from '../content/src/live/watch-folders.ts';
import type { FolderWatch } from '../content/src/live/watch-folders.ts';

let dir: string;
let watching: FolderWatch | undefined;
let changes = 0;

/** Resolves once a change has been reported after `act`, or fails after 3 s. */
async function reported(act: () => Promise<void>): Promise<void> {
  const before = changes;
  await act();
  const until = Date.now() + 3000;
  while (changes === before) {
    if (Date.now() > until) throw new Error('no change reported within 3 s');
    await new Promise((r) => setTimeout(r, 10));
  }
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'watch-folders-'));
  await mkdir(path.join(dir, 'partners'));
  await mkdir(path.join(dir, 'docs', 'de'), { recursive: true });
  await mkdir(path.join(dir, '.git'));
  for (let i = 0; i < 200; i++) await writeFile(path.join(dir, 'partners', `p${i}.md`), `# ${i}\n`);
  changes = 0;
  watching = watchFolders(dir, () => { changes++; });
});
afterEach(async () => {
  watching?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('watching the content folder', () => {
  it('watches each folder once, whatever the number of files, and leaves dot folders alone', () => {
    expect(watching?.folders()).toEqual([dir, path.join(dir, 'docs'), path.join(dir, 'docs', 'de'), path.join(dir, 'partners')]);
  });

  it('reports a file changed, added or removed in a folder under the root', async () => {
    await reported(() => writeFile(path.join(dir, 'partners', 'p7.md'), '# seven\n'));
    await reported(() => writeFile(path.join(dir, 'partners', 'new.md'), '# new\n'));
    await reported(() => rm(path.join(dir, 'partners', 'p8.md')));
    await reported(() => writeFile(path.join(dir, 'docs', 'de', 'index.md'), '# Start\n'));
  });

  it('watches a folder created later, and what is written into it', async () => {
    await reported(async () => { await mkdir(path.join(dir, 'docs', 'es', 'deep'), { recursive: true }); });
    await expect.poll(() => watching?.folders()).toContain(path.join(dir, 'docs', 'es', 'deep'));
    await reported(() => writeFile(path.join(dir, 'docs', 'es', 'deep', 'index.md'), '# Inicio\n'));
  });

  it('lets go of a folder removed, and stops reporting once closed', async () => {
    await reported(() => rm(path.join(dir, 'docs', 'de'), { recursive: true }));
    await expect.poll(() => watching?.folders()).not.toContain(path.join(dir, 'docs', 'de'));
    watching?.close();
    expect(watching?.folders()).toEqual([]);
    const before = changes;
    await writeFile(path.join(dir, 'partners', 'p1.md'), '# after\n');
    await new Promise((r) => setTimeout(r, 200));
    expect(changes).toBe(before);
  });
});

/**
 * Live content: a reload reads only the partner files that changed, says what changed, keeps the
 * last good content on a problem, and lets derived values be updated instead of rebuilt.
 */
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directoryIndexOf, indexOf, openContentSource, understandingOf } from '../content/index.ts';
import type { LiveContentSource } from '../content/index.ts';
import { projectRoot } from './helpers.ts';

let dir: string;
let source: LiveContentSource;
const partner = (slug: string) => path.join(dir, 'partners', `${slug}.md`);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'live-content-'));
  await cp(path.join(projectRoot, 'content'), dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}src`) && !src.endsWith('.ts') });
  source = await openContentSource({ dir });
});
afterAll(async () => {
  source.close();
  await rm(dir, { recursive: true, force: true });
});

describe('reloading', () => {
  it('starts with everything changed', () => {
    const first = source.current();
    expect(first.version).toBe(1);
    expect(first.changes).toMatchObject({ rules: true, docs: true, partners: { all: true } });
  });

  it('names only the partner file that changed, and reuses the others as they were', async () => {
    const before = source.current();
    const untouched = before.content.partners.find((p) => p.slug === 'lakeshore-workflow');
    const text = await readFile(partner('isartal-systems'), 'utf8');
    await writeFile(partner('isartal-systems'), text.replace(/\n---\n/, '\n---\nNew opening line. '));
    const result = await source.reload('command');
    expect(result.ok).toBe(true);
    const after = source.current();
    expect(after.version).toBe(before.version + 1);
    expect(after.changes).toEqual({ partners: { changed: ['isartal-systems'], removed: [], all: false }, rules: false, docs: false, glossaries: false });
    expect(after.content.partners.find((p) => p.slug === 'isartal-systems')?.description).toMatch(/^New opening line\./);
    // Not parsed again: the very same object.
    expect(after.content.partners.find((p) => p.slug === 'lakeshore-workflow')).toBe(untouched);
  });

  it('counts a change made during a failed reload in the next good version', async () => {
    const text = await readFile(partner('lakeshore-workflow'), 'utf8');
    await writeFile(partner('lakeshore-workflow'), text.replace('status: silver', 'status: platinum'));
    expect((await source.reload('command')).ok).toBe(false);
    await writeFile(partner('lakeshore-workflow'), text.replace(/\n---\n/, '\n---\nFixed. '));
    expect((await source.reload('command')).ok).toBe(true);
    expect(source.current().changes.partners.changed).toEqual(['lakeshore-workflow']);
  });

  it('names a removed partner file', async () => {
    const text = await readFile(partner('isartal-systems'), 'utf8');
    await unlink(partner('isartal-systems'));
    await source.reload('command');
    expect(source.current().changes.partners).toEqual({ changed: [], removed: ['isartal-systems'], all: false });
    await writeFile(partner('isartal-systems'), text);
    await source.reload('command');
    expect(source.current().changes.partners.changed).toEqual(['isartal-systems']);
  });

  it('parses every partner again when the rules change, and says the docs changed when they did', async () => {
    const rules = path.join(dir, 'program', 'program.yaml');
    const text = await readFile(rules, 'utf8');
    await writeFile(rules, text.replace(/^version: .*$/m, 'version: "2024.2"'));
    await source.reload('command');
    expect(source.current().changes).toMatchObject({ rules: true, partners: { all: true } });
    const docs = path.join(dir, 'docs', 'en', 'nfr.md');
    await writeFile(docs, `${await readFile(docs, 'utf8')}\nOne more line.\n`);
    await source.reload('command');
    expect(source.current().changes).toMatchObject({ rules: false, docs: true, partners: { all: false, changed: [] } });
  });

  it('lets a derived value of the version before be reused, only the one before', async () => {
    const first = source.current();
    first.derive('count', (s) => ({ partners: s.content.partners.length, version: s.version }));
    await source.reload('command');
    const second = source.current();
    expect(second.reuse('count')).toEqual({ partners: first.content.partners.length, version: first.version });
    second.derive('count', (s) => ({ partners: s.content.partners.length, version: s.version }));
    await source.reload('command');
    expect(source.current().reuse('count')).toEqual({ partners: second.content.partners.length, version: second.version });
  });
});

describe('the search after an edit', () => {
  const finds = (word: string) => [...directoryIndexOf(source.current()).matchText(word).scores.keys()]
    .map((at) => directoryIndexOf(source.current()).partner(at)?.slug);

  it('finds what a partner file now says and no longer what it said, updating the index instead of rebuilding it', async () => {
    const index = directoryIndexOf(source.current());
    const understanding = understandingOf(source.current());
    const knowledge = indexOf(source.current()).knowledge;
    const text = await readFile(partner('isartal-systems'), 'utf8');
    await writeFile(partner('isartal-systems'), text.replace(/\n---\n/, '\n---\nWe also restore zeppelinarchives. '));
    await source.reload('command');
    expect(finds('zeppelinarchives')).toEqual(['isartal-systems']);
    // The same index, updated; the same understanding and knowledge (nothing they read changed).
    expect(directoryIndexOf(source.current())).toBe(index);
    expect(understandingOf(source.current())).toBe(understanding);
    expect(indexOf(source.current()).knowledge).toBe(knowledge);
    await writeFile(partner('isartal-systems'), text);
    await source.reload('command');
    expect(finds('zeppelinarchives')).toEqual([]);
    expect(finds('isartal').length).toBeGreaterThan(0);
  });

  it('moves a partner between filters when its services change, and drops a removed one from the filters and the text', async () => {
    const text = await readFile(partner('isartal-systems'), 'utf8');
    const slugsWith = (service: string) => {
      const index = directoryIndexOf(source.current());
      return index.ordered().filter((at) => index.withValue('service', service)?.has(at)).map((at) => index.partner(at)?.slug);
    };
    expect(slugsWith('hosting')).toContain('isartal-systems');
    await writeFile(partner('isartal-systems'), text.replace('services: [licensing, consulting, hosting, customization, training]', 'services: [licensing, training]'));
    expect((await source.reload('command')).ok).toBe(true);
    expect(slugsWith('hosting')).not.toContain('isartal-systems');
    expect(slugsWith('training')).toContain('isartal-systems');
    await unlink(partner('isartal-systems'));
    await source.reload('command');
    expect(finds('isartal')).not.toContain('isartal-systems');
    expect(slugsWith('training')).not.toContain('isartal-systems');
    await writeFile(partner('isartal-systems'), text);
    await source.reload('command');
    expect(finds('isartal')).toContain('isartal-systems');
    expect(slugsWith('hosting')).toContain('isartal-systems');
  });

  it("reads questions with a new understanding when a partner's name or city changes", async () => {
    const understanding = understandingOf(source.current());
    const text = await readFile(partner('isartal-systems'), 'utf8');
    await writeFile(partner('isartal-systems'), text.replace(/^name: .*$/m, 'name: Quokkaburg Systems GmbH'));
    expect((await source.reload('command')).ok).toBe(true);
    expect(understandingOf(source.current())).not.toBe(understanding);
    expect(finds('quokkaburg')).toEqual(['isartal-systems']);
    await writeFile(partner('isartal-systems'), text);
    await source.reload('command');
  });
});

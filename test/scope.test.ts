/**
 * The public scope: a site-only server loads partners' public profiles only. Their `program:`
 * block is not parsed at all (so it is neither checked nor held), while every public field is
 * checked as in the full load, on the same lines.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatIssue } from '../content/index.ts';
import { withoutTopLevelField } from '../content/src/load/source.ts';
import { projectRoot } from './helpers.ts';

let dir: string;
const file = () => path.join(dir, 'partners', 'isartal-systems.md');

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'scope-'));
  await cp(path.join(projectRoot, 'content'), dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}src`) && !src.endsWith('.ts') });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('loading public profiles only', () => {
  it('gives every partner without its program data', async () => {
    const { content, issues } = await checkContent({ dir, scope: 'public' });
    const full = await checkContent({ dir });
    expect(issues).toEqual([]);
    expect(content?.partners.map((p) => p.slug)).toEqual(full.content?.partners.map((p) => p.slug));
    for (const partner of content?.partners ?? []) expect(partner).not.toHaveProperty('program');
    const isartal = content?.partners.find((p) => p.slug === 'isartal-systems');
    const whole = full.content?.partners.find((p) => p.slug === 'isartal-systems');
    expect({ ...isartal, program: whole?.program }).toEqual(whole);
  });

  it('does not read the program block, so a problem there does not stop the public site', async () => {
    const good = await readFile(file(), 'utf8');
    await writeFile(file(), good.replace(/approved: "?\d{4}-\d{2}-\d{2}"?/, 'approved: soon'));
    try {
      expect((await checkContent({ dir, scope: 'public' })).issues).toEqual([]);
      expect((await checkContent({ dir })).issues.map(formatIssue).join('\n')).toContain('program.approved');
    } finally {
      await writeFile(file(), good);
    }
  });

  it('still checks every public field, on its own line', async () => {
    const good = await readFile(file(), 'utf8');
    await writeFile(file(), good.replace(/^country: .*$/m, 'country: Bavaria'));
    try {
      const publicIssues = (await checkContent({ dir, scope: 'public' })).issues.map(formatIssue);
      const fullIssues = (await checkContent({ dir })).issues.map(formatIssue);
      expect(publicIssues).toHaveLength(1);
      expect(publicIssues[0]).toMatch(/isartal-systems\.md:\d+: country: 'Bavaria' is not an ISO 3166-1 alpha-2 country code/);
      expect(fullIssues).toContain(publicIssues[0]);
    } finally {
      await writeFile(file(), good);
    }
  });
});

describe('blanking out a top-level field', () => {
  it('keeps every other line where it is', () => {
    const yaml = 'name: Acme\nprogram:\n  applied: "2024-01-01"\n# a comment\n  sales:\n    - amount: 5\n\ncity: Berlin\nservices: [training]';
    expect(withoutTopLevelField(yaml, 'program')).toBe('name: Acme\n\n\n\n\n\n\ncity: Berlin\nservices: [training]');
  });

  it('leaves text without the field alone, and a field whose name only starts the same', () => {
    expect(withoutTopLevelField('name: Acme\nprogrammer: Ada', 'program')).toBe('name: Acme\nprogrammer: Ada');
  });
});

/**
 * Many partner files are parsed in worker threads beside the calling thread: the result is the same
 * as parsing them one by one here (every partner, in file order, every problem with its line).
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatIssue, parsePartner } from '../content/index.ts';
import { PARALLEL_FROM, parseInParallel } from '../content/src/load/parse-pool.ts';
import { parserFor } from '../content/src/load/partners.ts';
import { generateContent } from '../scripts/bench/generate.ts';
import { projectRoot } from './helpers.ts';

let work: string;
let dir: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'parse-pool-'));
  dir = await generateContent(work, PARALLEL_FROM + 100);
  await cp(path.join(projectRoot, 'test/fixtures/broken-partners/bad-values.md'), path.join(dir, 'partners', 'bad-values.md'));
}, 60_000);
afterAll(() => rm(work, { recursive: true, force: true }));

describe('parsing in parallel', () => {
  it('gives what parsing one by one gives', { timeout: 60_000 }, async () => {
    // (That the server answers while this runs is tested under a running server: test/site/live.test.ts.)
    const { content, issues } = await checkContent({ dir });

    const names = (await readdir(path.join(dir, 'partners'))).sort();
    const rules = content?.rules;
    expect(rules).toBeDefined();
    const expected = { partners: [] as string[], issues: [] as string[] };
    for (const name of names) {
      const file = path.join(path.basename(dir), 'partners', name);
      const one = parsePartner(await readFile(path.join(dir, 'partners', name), 'utf8'), name, file, rules as NonNullable<typeof rules>);
      if (one.partner) expected.partners.push(one.partner.slug);
      expected.issues.push(...one.issues.map(formatIssue));
    }
    expect(content?.partners.map((p) => p.slug)).toEqual(expected.partners);
    const inOrder = (list: string[]) => [...list].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    expect(inOrder(issues.map(formatIssue))).toEqual(inOrder(expected.issues));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.file.endsWith('bad-values.md') && i.line !== undefined)).toBe(true);
  });

  it('reports a file that cannot be read in a worker like any other problem', async () => {
    await writeFile(path.join(dir, 'partners', 'broken-yaml.md'), '---\nname: "unclosed\n---\nText\n');
    const { issues } = await checkContent({ dir });
    expect(issues.map(formatIssue).some((line) => line.includes('broken-yaml.md') && line.includes('the YAML cannot be read'))).toBe(true);
  });

  it('keeps this thread to its own work until it is done, and still finishes when that work never is', { timeout: 60_000 }, async () => {
    const { content } = await checkContent({ dir });
    const rules = content?.rules as NonNullable<typeof content>['rules'];
    const folder = path.join(dir, 'partners');
    const files = (await readdir(folder)).filter((n) => n.endsWith('.md')).sort().map((name) => ({ name, absolute: path.join(folder, name), file: name }));
    const parse = parserFor(rules, 'full');
    let hereTook = 0;
    const here = async (batch: typeof files) => {
      hereTook += batch.length;
      return parse(batch);
    };
    // Work of its own that never ends: the workers parse every file, and the parse still returns.
    const all = await parseInParallel(files, rules, 'full', here, new Promise(() => undefined));
    expect(hereTook).toBe(0);
    expect(all.filter((r) => r.partner).length).toBe(content?.partners.length);
    // Work of its own already done: this thread takes its share.
    await parseInParallel(files, rules, 'full', here, Promise.resolve());
    expect(hereTook).toBeGreaterThan(0);
  });
});

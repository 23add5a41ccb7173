/**
 * Many partner files are parsed in worker threads beside the calling thread: the result is the same
 * as parsing them one by one here (every partner, in file order, every problem with its line), and
 * the calling thread keeps running meanwhile.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatIssue, parsePartner } from '../content/index.ts';
import { PARALLEL_FROM } from '../content/src/load/parse-pool.ts';
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
  it('gives what parsing one by one gives, and the event loop keeps running', { timeout: 60_000 }, async () => {
    let last = Date.now();
    let longest = 0;
    const ticker = setInterval(() => {
      longest = Math.max(longest, Date.now() - last);
      last = Date.now();
    }, 2);
    const started = Date.now();
    const { content, issues } = await checkContent({ dir });
    const elapsed = Date.now() - started;
    clearInterval(ticker);
    // The event loop ran all along, in short gaps, not once at the end of one long block.
    expect(longest).toBeLessThan(elapsed / 3);

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
});

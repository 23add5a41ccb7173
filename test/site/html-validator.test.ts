/**
 * The W3C Nu HTML checker (the `vnu-jar` package, run on the machine's Java) over every kind of
 * page the site serves: zero errors. Warnings are printed for a person to read, and do not fail:
 * they are advice (such as a heading level skipped), not invalid markup. Without Java the test
 * fails with one line saying how to install it; it never skips.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../content/index.ts';
import { postForm, privatePath, requestBody } from './request-form.ts';

const base = inject('baseUrl');
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
let dir: string;
let pages: { name: string; path: string; file: string }[];

/** A message of the checker's JSON output. */
interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

beforeAll(async () => {
  const content = await loadContent({ dir: inject('contentDir') });
  const listed = content.partners.filter((p) => p.status !== 'bronze');
  const post = (body: string) => ({ method: 'POST', body: new URLSearchParams(body), headers: { Origin: base } });
  const sent = privatePath(await postForm(base, '/request/', requestBody()));
  /** Pages answered with another status than 200. */
  const status: Record<string, number> = { 'not found': 404, 'request form with errors': 422 };
  const kinds: [string, string, RequestInit?][] = [
    ['home', '/'],
    ['directory', '/partners/'],
    ['directory page 2', '/partners/page/2/'],
    ['country', '/partners/de/'],
    ['status', '/partners/gold/'],
    ['search', '/partners/search/?q=Munich'],
    ['filters', '/partners/search/?country=nl&service=integration'],
    ['no result', '/partners/search/?country=jp&service=telephony'],
    ...listed.slice(0, 3).map((p) => [`partner ${p.slug}`, `/partners/${p.slug}/`] as [string, string]),
    ['hostile partner', '/partners/hostile-script-labs/'],
    ...content.docs.map((d) => [`docs ${d.slug}`, d.slug === 'index' ? '/program/' : `/program/${d.slug}/`] as [string, string]),
    ['calculator', '/check/'],
    ['calculator with errors', '/check/', post('status=bronze&sales=lots&clients=1.5')],
    ['calculator with an ambiguous figure', '/check/', post('status=bronze&sales=2.600&clients=2')],
    ['calculator with a result', '/check/', post('status=silver&sales=12000&since=4000&clients=3&course=tutorial&endorsement=website')],
    ['request form', '/request/?partner=isartal-systems'],
    ['request form with errors', '/request/', { method: 'POST', body: requestBody({ name: '', email: 'x@', description: 'short' }), headers: { Origin: base } }],
    ['request private page', `${sent}?sent=1`],
    ['not found', '/no-such-page/'],
  ];
  // Every kind of page in every other language too (the test content has German: see setup.ts),
  // and a docs page German shows in English (the test content leaves out its German penalties page).
  const locales = content.catalogs.locales.filter((l) => l.prefix);
  expect(locales.length).toBeGreaterThan(0);
  kinds.push(...locales.flatMap((l) => kinds.map(([name, address, init]): [string, string, RequestInit?] => [`${name} (${l.id})`, `/${l.prefix}${address}`, init])));
  for (const l of locales) {
    status[`not found (${l.id})`] = 404;
    status[`request form with errors (${l.id})`] = 422;
  }
  dir = await mkdtemp(path.join(tmpdir(), 'partner-hub-vnu-'));
  pages = await Promise.all(kinds.map(async ([name, address, init], i) => {
    const response = await fetch(base + address, init);
    const html = await response.text();
    // A page that failed to render would pass the checker for the wrong reason.
    expect({ name, status: response.status, document: html.startsWith('<!DOCTYPE html>') }).toEqual({ name, status: status[name] ?? 200, document: true });
    const file = path.join(dir, `${String(i).padStart(3, '0')}.html`);
    await writeFile(file, html);
    return { name, path: address, file };
  }));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the HTML checker', () => {
  it('finds no error on any kind of page', { timeout: 180_000 }, async () => {
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    if (java.error || java.status !== 0) {
      throw new Error('Java is missing: the HTML checker (vnu-jar) runs on `java`; install it, e.g. apt-get install -y openjdk-17-jre-headless (.ci/run does)');
    }
    const output = await new Promise<string>((resolve, reject) => {
      // The checker exits 1 when it reports errors; its JSON report is what counts.
      execFile('java', ['-jar', vnuJar, '--format', 'json', '--stdout', '--no-langdetect', ...pages.map((p) => p.file)], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
        if (stdout) resolve(stdout);
        else reject(error ?? new Error('the HTML checker printed nothing'));
      });
    });
    const messages = (JSON.parse(output) as { messages: VnuMessage[] }).messages;
    const pageOf = (url = '') => pages.find((p) => url.endsWith(path.basename(p.file)));
    const describe = (m: VnuMessage) => `${pageOf(m.url)?.name ?? m.url} (${pageOf(m.url)?.path ?? ''}):${m.lastLine ?? ''}: ${m.message}${m.extract ? ` [${m.extract.trim()}]` : ''}`;
    const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning');
    if (warnings.length > 0) console.warn(`HTML checker warnings (not failures):\n${warnings.map(describe).join('\n')}`);
    expect(messages.filter((m) => m.type !== 'info').map(describe)).toEqual([]);
  });
});

import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './helpers.ts';
import { copyContentBase } from './helpers.ts';

const exec = promisify(execFile);

/** Runs `node scripts/<script>` and returns its exit code and output. */
async function run(script: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [path.join(projectRoot, 'scripts', script), ...args], {
      cwd: projectRoot, env: { ...process.env, ...env }, timeout: 30_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let broken: string;
let scratch: string;
beforeAll(async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'partner-hub-cli-'));
  broken = path.join(root, 'content');
  await copyContentBase(broken);
  await cp(path.join(projectRoot, 'test/fixtures/broken-partners'), path.join(broken, 'partners'), { recursive: true });
  scratch = path.join(await mkdtemp(path.join(tmpdir(), 'partner-hub-new-')), 'content');
  await cp(path.join(projectRoot, 'content'), scratch, { recursive: true, filter: (src) => !src.includes(`${path.sep}src`) && !src.endsWith('index.ts') });
});
afterAll(async () => {
  await rm(path.dirname(broken), { recursive: true, force: true });
  await rm(path.dirname(scratch), { recursive: true, force: true });
});

describe('npm run check', () => {
  it('passes on the shipped content', async () => {
    const { code, stdout } = await run('check.ts', []);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Content is valid: \d+ partners \(\d+ Bronze, \d+ Silver, \d+ Gold\), 12 docs pages, rules 2024\.1 effective 2024-03-10\.$/m);
  });

  it('fails on broken files, listing every problem and how many', async () => {
    const { code, stdout, stderr } = await run('check.ts', [], { CONTENT_DIR: broken });
    expect(code).toBe(1);
    expect(stdout).toContain("content/partners/bad-country.md:4: country: 'Germany' is not an ISO 3166-1 alpha-2 country code; write DE");
    expect(stdout).toContain('content/partners/yaml-syntax.md:7: the YAML cannot be read: indent with spaces, not tabs');
    const lines = stdout.trim().split('\n');
    expect(stderr).toContain(`${lines.length} problems in 10 files. Fix them and run npm run check again.`);
  });

  it('writes GitHub annotations with --format github', async () => {
    const { code, stdout } = await run('check.ts', ['--format', 'github'], { CONTENT_DIR: broken });
    expect(code).toBe(1);
    expect(stdout).toContain("::error file=content/partners/bad-country.md,line=4,title=country::country: 'Germany' is not an ISO 3166-1 alpha-2 country code; write DE");
    for (const line of stdout.trim().split('\n')) expect(line).toMatch(/^::error file=[^,]+(,line=\d+)?,title=[^:]*::.+$/);
  });

  it('prints warnings and still passes (text and GitHub annotations)', async () => {
    const dir = path.join(path.dirname(broken), 'warned', 'content');
    await copyContentBase(dir);
    await cp(path.join(projectRoot, 'test/fixtures/warning-partners'), path.join(dir, 'partners'), { recursive: true });
    const text = await run('check.ts', [], { CONTENT_DIR: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('content/partners/nimbus-overflow.md:15: warning: program.nfr[3]: this claim is beyond the allowance in statuses.yaml: a Bronze partner gets no NFR on-premise key;');
    expect(text.stdout).toMatch(/^Content is valid: 2 partners .*\. 4 warnings above: worth a look, but not errors\.$/m);
    const github = await run('check.ts', ['--format', 'github'], { CONTENT_DIR: dir });
    expect(github.code).toBe(0);
    expect(github.stdout).toContain('::warning file=content/partners/former-gold-keys.md,line=20,title=program.nfr[2]::program.nfr[2]: this claim is beyond the allowance');
  });

  it('takes unchanged files from the last check, and still finds a problem in a changed one', async () => {
    const dir = path.join(path.dirname(broken), 'kept', 'content');
    await copyContentBase(dir);
    await cp(path.join(projectRoot, 'content', 'partners'), path.join(dir, 'partners'), { recursive: true });
    const env = { CONTENT_DIR: dir, CHECK_CACHE: path.join(path.dirname(broken), 'kept', 'check.cache') };
    const partners = (await readdir(path.join(dir, 'partners'))).filter((n) => n.endsWith('.md') && n !== 'README.md');
    const first = await run('check.ts', [], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).not.toContain('unchanged since the last check');
    const second = await run('check.ts', [], env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`${partners.length} of ${partners.length} partner files were unchanged since the last check`);
    // A file changed since: read again, and its problem reported as from scratch.
    const file = path.join(dir, 'partners', partners[0] as string);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/^country: .*$/m, 'country: Germany'));
    const broke = await run('check.ts', [], env);
    expect(broke.code).toBe(1);
    expect(broke.stdout).toContain(`content/partners/${partners[0]}:4: country: 'Germany' is not an ISO 3166-1 alpha-2 country code; write DE`);
    expect(broke.stdout).toBe((await run('check.ts', ['--no-cache'], env)).stdout);
    await writeFile(file, text);
    const fixed = await run('check.ts', [], env);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain(`${partners.length - 1} of ${partners.length} partner files were unchanged since the last check`);
    // --no-cache reads every file and says nothing of a cache.
    const afresh = await run('check.ts', ['--no-cache'], env);
    expect(afresh.code).toBe(0);
    expect(afresh.stdout).not.toContain('unchanged since the last check');
  });

  it('rejects an unknown format', async () => {
    const { code, stderr } = await run('check.ts', ['--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toContain("--format must be text or github, not 'xml'");
  });
});

describe('npm run eligibility', () => {
  it('answers for every sample partner, as text and as JSON', async () => {
    const slugs = (await readdir(path.join(projectRoot, 'content/partners'))).map((f) => f.replace(/\.md$/, ''));
    // Two at a time: the machine has two cores.
    for (let i = 0; i < slugs.length; i += 2) {
      await Promise.all(slugs.slice(i, i + 2).map(async (slug) => {
        const text = await run('eligibility.ts', [slug, '--as-of', '2026-11-24']);
        expect(text.code, `${slug}: ${text.stderr}`).toBe(0);
        expect(text.stdout).toMatch(/as of 24 November 2026/);
      }));
    }
    const json = await run('eligibility.ts', ['lakeshore-workflow', '--as-of', '2026-11-24', '--json']);
    const answer = JSON.parse(json.stdout);
    expect(answer).toMatchObject({ slug: 'lakeshore-workflow', status: 'silver', keep: { kind: 'annual-review', by: '2026-12-20', met: false } });
    expect(answer.keep.missing).toEqual(['sell $/€1,200 more by 20 December 2026']);
  }, 120_000);

  it('reads a partner file by path', async () => {
    const { code, stdout } = await run('eligibility.ts', ['test/fixtures/valid-partners/lindqvist-data.md', '--as-of', '2026-11-24']);
    expect(code).toBe(0);
    expect(stdout).toContain('Lindqvist Data AB (lindqvist-data), as of 24 November 2026');
  });

  it('answers in German with --language de: German words, numbers and dates', async () => {
    const { code, stdout, stderr } = await run('eligibility.ts', ['lakeshore-workflow', '--as-of', '2026-11-24', '--language', 'de']);
    expect(code, stderr).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Lakeshore Workflow Inc. (lakeshore-workflow), Stand: 24. November 2026');
    // Intl writes a no-break space between a number and its percent sign in German.
    expect(lines[1]).toBe('Silber seit 20. Dezember 2025, 40\u00a0% Rabatt');
    expect(stdout).toContain('Silber bei der jährlichen Überprüfung am 20. Dezember 2026 behalten: noch nicht erfüllt');
    expect(stdout).toMatch(/^ {2}✗ \$\/€5\.000 Umsatz im Prüfjahr {2}\[[█░]{20}\] \$\/€3\.800 von \$\/€5\.000 \(21\. Dezember 2025 bis 24\. November 2026\)$/m);
    expect(stdout).toContain('      zu tun: weitere $/€1.200 Umsatz erzielen\n');
    expect(stdout).toContain('Aufstieg zu Gold: 5 von 6 Anforderungen noch nicht erfüllt');
    expect(stdout).toMatch(/^Anstehende Fristen:\n {2}20\. Dezember 2026 {2}in 26 Tagen {3}Jährliche Überprüfung des Status: Jährliche Überprüfung Ihres Status Silber\n {6}zu tun: bis zum 20\. Dezember 2026 weitere \$\/€1\.200 Umsatz erzielen\n {6}wenn die Frist verstreicht: Sie werden auf Bronze herabgestuft\.$/m);
    // No English frame is left.
    for (const english of ['as of', 'Benefits', 'To keep', 'To move up', 'to do:', 'if missed', 'Upcoming deadlines', ' days', ' of $/€']) expect(stdout).not.toContain(english);
  });

  it('gives the JSON fields their words in the language asked for, beside the same codes', async () => {
    const json = await run('eligibility.ts', ['lakeshore-workflow', '--as-of', '2026-11-24', '--json', '--language', 'pt-br']);
    expect(json.code, json.stderr).toBe(0);
    const answer = JSON.parse(json.stdout);
    expect(answer).toMatchObject({ slug: 'lakeshore-workflow', status: 'silver', keep: { kind: 'annual-review', by: '2026-12-20', met: false } });
    expect(answer.keep.missing).toEqual(['vender mais $/€1.200 até 20 de dezembro de 2026']);
    expect(answer.keep.missingCodes).toEqual([{ code: 'missing-by', params: { item: { code: 'missing-sales', params: { amount: 1200 } }, date: '2026-12-20' } }]);
  });

  it('names every language there is for an unknown one, and exits 2', async () => {
    const { code, stdout, stderr } = await run('eligibility.ts', ['lakeshore-workflow', '--language', 'fr']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe("--language must be one of en (English), de (Deutsch), es (Español), pt-BR (Português (Brasil)), not 'fr'");
  });

  it('explains --language in --help', async () => {
    const { code, stdout } = await run('eligibility.ts', ['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--language    the language of the answer and of its numbers and dates');
  });

  it('explains a wrong slug or date', async () => {
    const wrong = await run('eligibility.ts', ['isartal']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("No partner 'isartal'. Did you mean: isartal-systems?");
    const date = await run('eligibility.ts', ['isartal-systems', '--as-of', '2026-13-01']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain("--as-of must be a date written YYYY-MM-DD, not '2026-13-01'");
  });
});

describe('npm run new-partner', () => {
  it('writes a file that passes the check, and never overwrites one', async () => {
    const args = ['--name', 'Fjordlys Konsult AS', '--country', 'NO', '--city', 'Bergen', '--phone', '+47 55 55 01 23', '--languages', 'nb,en', '--services', 'licensing,training', '--applied', '2026-11-20', '--telegram', '500100101'];
    const first = await run('new-partner.ts', args, { CONTENT_DIR: scratch });
    expect(first.code, first.stderr).toBe(0);
    const text = await readFile(path.join(scratch, 'partners/fjordlys-konsult-as.md'), 'utf8');
    expect(text).toContain('phone: "+47 55 55 01 23"');
    expect(text).toContain('  telegram:\n    - "500100101"');
    expect((await run('check.ts', [], { CONTENT_DIR: scratch })).code).toBe(0);
    const again = await run('new-partner.ts', args, { CONTENT_DIR: scratch });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('fjordlys-konsult-as.md already exists');
  });

  it('refuses to write an invalid file and says why', async () => {
    const { code, stderr } = await run('new-partner.ts', ['--name', 'Nordlicht', '--country', 'Germany', '--city', 'Berlin', '--status', 'gold'], { CONTENT_DIR: scratch });
    expect(code).toBe(1);
    expect(stderr).toContain("country: 'Germany' is not an ISO 3166-1 alpha-2 country code; write DE");
    await expect(readFile(path.join(scratch, 'partners/nordlicht.md'))).rejects.toThrow();
  });
});

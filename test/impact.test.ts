/**
 * The impact report (npm run impact) on constructed before/after content sets in
 * test/fixtures/impact/, evaluated as of 2026-11-24, with the output pinned; and the command
 * itself in a throwaway git repository: the default ref, refs, formats and exit codes.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checkContent, translatorFor } from '../content/index.ts';
import { compareContent } from '../scripts/impact/compare.ts';
import { reportBlocks } from '../scripts/impact/render.ts';
import { escapeMarkdown, renderMarkdown, renderText } from '../scripts/impact/write.ts';
import { projectRoot, shippedCatalogs } from './helpers.ts';

const exec = promisify(execFile);
const fixtures = path.join(projectRoot, 'test/fixtures/impact');
const AS_OF = '2026-11-24';
const temp: string[] = [];
afterAll(async () => {
  await Promise.all(temp.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A change to a content folder. */
type Change = (dir: string) => Promise<void>;

/** A copy of the "before" content set in `<root>/content`, with `changes` applied. */
async function contentSet(root: string, ...changes: Change[]): Promise<string> {
  const dir = path.join(root, 'content');
  await cp(path.join(fixtures, 'before'), dir, { recursive: true });
  // The fixture's own rules and docs (English only); the English catalogs are the shipped ones.
  await cp(path.join(projectRoot, 'content/locales/en'), path.join(dir, 'locales/en'), { recursive: true });
  for (const change of changes) await change(dir);
  return dir;
}

const addPartner: Change = (dir) => cp(path.join(fixtures, 'after/partners/hazel-studio.md'), path.join(dir, 'partners/hazel-studio.md'));
const silverToBronze: Change = (dir) => cp(path.join(fixtures, 'after/partners/fir-silver.md'), path.join(dir, 'partners/fir-silver.md'));
const removePartner: Change = (dir) => rm(path.join(dir, 'partners/gale-silver.md'));
/** Edits statuses.yaml in place, keeping its comments. */
const editStatuses = (at: (string | number)[], value: unknown): Change => async (dir) => {
  const file = path.join(dir, 'program/statuses.yaml');
  const doc = parseDocument(await readFile(file, 'utf8'));
  doc.setIn(at, value);
  await writeFile(file, doc.toString());
};
const raiseSilverTarget = editStatuses(['statuses', 1, 'maintain', 'requires', 0, 'amount'], 6000);
const shortenBronzeDeadline = editStatuses(['statuses', 0, 'probation', 'days'], 60);

/**
 * The report comparing the "before" set with it after `changes`, as text or markdown, in English
 * or, with `locale`, in that language of the shipped catalogs.
 */
async function report(changes: Change[], format: 'text' | 'markdown' = 'text', locale = 'en'): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'partner-hub-impact-test-'));
  temp.push(root);
  const before = await checkContent({ dir: await contentSet(path.join(root, 'before')) });
  const after = await checkContent({ dir: await contentSet(path.join(root, 'after'), ...changes) });
  const impact = compareContent({ label: 'main', ...before }, { label: 'this branch', ...after }, AS_OF);
  const content = after.content ?? before.content;
  if (!content) throw new Error('the test content does not load');
  const catalogs = locale === 'en' ? content.catalogs : await shippedCatalogs();
  const blocks = reportBlocks(impact, translatorFor(catalogs, locale, content.rules.info.moneyPrefix));
  return format === 'markdown' ? renderMarkdown(blocks) : renderText(blocks);
}

describe('the impact report', () => {
  it('a partner added: named, with its status, and its first reminders', async () => {
    expect(await report([addPartner])).toMatchInlineSnapshot(`
      "Content impact
      ==============
      main → this branch, partners evaluated as of 24 November 2026.

      Summary
      -------
      Partners: 1 added; reminders: 9 new, 0 cancelled.

      Partners
      --------
        - added: Hazel Studio Oy (hazel-studio), Bronze, not listed

      Reminders from 24 November 2026 on
      ----------------------------------
      New: 9 (Bronze requirements 3, Kickstart bonus expiry 3, Zero-activity suspension 3). Cancelled: 0.
        - new Hazel Studio Oy (hazel-studio): Bronze requirements on 18 February 2027, reminders on 19 January 2027, 11 February 2027, 17 February 2027
        - new Hazel Studio Oy (hazel-studio): Kickstart bonus expiry on 18 February 2027, reminders on 19 January 2027, 11 February 2027, 17 February 2027
        - new Hazel Studio Oy (hazel-studio): Zero-activity suspension on 18 November 2027, reminders on 19 October 2027, 11 November 2027, 17 November 2027
      "
    `);
  });

  it('a partner moved from Silver to Bronze: leaves the directory, at the top', async () => {
    expect(await report([silverToBronze])).toMatchInlineSnapshot(`
      "Content impact
      ==============
      main → this branch, partners evaluated as of 24 November 2026.

      Attention
      ---------
        ! Fir & Fjord AS (fir-silver) leaves the public directory: its file now says Bronze.

      Summary
      -------
      Partners: 1 changed; directory: 0 in, 1 out; 1 partner with a changed standing or deadline; reminders: 0 new, 3 cancelled.

      Partners
      --------
        - changed: Fir & Fjord AS (fir-silver): status, program.statusSince, program.lastReview
      Changed fields are named, never their values: the files hold private data.

      Public directory
      ----------------
        - out: Fir & Fjord AS (fir-silver): its file now says Bronze

      Standing as of 24 November 2026
      -------------------------------
        - Fir & Fjord AS (fir-silver)
            status: Silver → Bronze (the status in its file changed)
            discount: 40% → 20%
            deadline Annual status review: 1 April 2027 → none

      Reminders from 24 November 2026 on
      ----------------------------------
      New: 0. Cancelled: 3 (Annual status review 3).
        - cancelled Fir & Fjord AS (fir-silver): Annual status review on 1 April 2027, reminders on 2 March 2027, 25 March 2027, 31 March 2027
      "
    `);
  });

  it('the Silver target raised: a silent demotion and a partner newly short, at the top', async () => {
    expect(await report([raiseSilverTarget])).toMatchInlineSnapshot(`
      "Content impact
      ==============
      main → this branch, partners evaluated as of 24 November 2026.

      Attention
      ---------
        ! Aurora Systems Ltd (aurora-silver) moves down from Silver to Bronze under the changed rules: it misses the annual review on 1 June 2026. Its file still says Silver, so the directory shows it as Silver until the file is updated.
        ! Birch Digital GmbH (birch-silver) no longer meets the yearly target for keeping Silver at the review on 15 January 2027 under the changed rules. Still to do: sell $/€600 more by 15 January 2027.

      Summary
      -------
      1 rules value changed in 1 file; 4 partners with a changed standing or deadline; reminders: 3 new, 3 cancelled.

      Rules
      -----
        - statuses.yaml: statuses[silver].maintain.requires[0].amount: 5000 → 6000
      program.yaml still says version 2024.1, effective 2024-03-10: bump both with every rules change.

      Standing as of 24 November 2026
      -------------------------------
        - Aurora Systems Ltd (aurora-silver)
            status: Silver → Bronze (misses the annual review on 1 June 2026; the file still says Silver)
            discount: 40% → 20%
            deadline Annual status review: 1 June 2027 → none
        - Birch Digital GmbH (birch-silver)
            keeping Silver at the annual review on 15 January 2027: met → sell $/€600 more by 15 January 2027
        - Fir & Fjord AS (fir-silver)
            keeping Silver at the annual review on 1 April 2027: sell $/€3,500 more by 1 April 2027 → sell $/€4,500 more by 1 April 2027
        - Gale Software BV (gale-silver)
            keeping Silver at the annual review on 1 February 2027: sell $/€3,000 more by 1 February 2027 → sell $/€4,000 more by 1 February 2027

      Reminders from 24 November 2026 on
      ----------------------------------
      New: 3 (Annual status review 3). Cancelled: 3 (Annual status review 3).
        - new Birch Digital GmbH (birch-silver): Annual status review on 15 January 2027, reminders on 16 December 2026, 8 January 2027, 14 January 2027
        - cancelled Aurora Systems Ltd (aurora-silver): Annual status review on 1 June 2027, reminders on 2 May 2027, 25 May 2027, 31 May 2027
      "
    `);
  });

  it('a deadline shortened: deadlines move, reminders move, a partner is cancelled', async () => {
    expect(await report([shortenBronzeDeadline])).toMatchInlineSnapshot(`
      "Content impact
      ==============
      main → this branch, partners evaluated as of 24 November 2026.

      Attention
      ---------
        ! Dune Works SRL (dune-bronze) is cancelled under the changed rules: the Bronze requirements are not met by 9 November 2026.

      Summary
      -------
      1 rules value changed in 1 file; 2 partners with a changed standing or deadline; reminders: 1 new, 10 cancelled.

      Rules
      -----
        - statuses.yaml: statuses[bronze].probation.days: 90 → 60
      program.yaml still says version 2024.1, effective 2024-03-10: bump both with every rules change.

      Standing as of 24 November 2026
      -------------------------------
        - Cedar Consulting AB (cedar-bronze)
            keeping Bronze after the first period (30 December 2026 → 30 November 2026): claim your NFR cloud subscription by 30 December 2026 → claim your NFR cloud subscription by 30 November 2026
            deadline Bronze requirements: 30 December 2026 → 30 November 2026
        - Dune Works SRL (dune-bronze)
            status: Bronze → cancelled (the Bronze requirements are not met by 9 November 2026)
            deadline Bronze requirements: 9 December 2026 → 9 November 2026 (passed)
            deadline Kickstart bonus expiry: 9 December 2026 → none
            deadline Zero-activity suspension: 1 September 2027 → none

      Reminders from 24 November 2026 on
      ----------------------------------
      New: 1 (Bronze requirements 1). Cancelled: 10 (Bronze requirements 5, Kickstart bonus expiry 2, Zero-activity suspension 3).
        - new Cedar Consulting AB (cedar-bronze): Bronze requirements on 30 November 2026, reminders on 29 November 2026
        - cancelled Cedar Consulting AB (cedar-bronze): Bronze requirements on 30 December 2026, reminders on 30 November 2026, 23 December 2026, 29 December 2026
        - cancelled Dune Works SRL (dune-bronze): Bronze requirements on 9 December 2026, reminders on 2 December 2026, 8 December 2026
        - cancelled Dune Works SRL (dune-bronze): Kickstart bonus expiry on 9 December 2026, reminders on 2 December 2026, 8 December 2026
        - cancelled Dune Works SRL (dune-bronze): Zero-activity suspension on 1 September 2027, reminders on 2 August 2027, 25 August 2027, 31 August 2027
      "
    `);
  });

  it('a partner removed: leaves the directory, its reminders are cancelled', async () => {
    expect(await report([removePartner])).toMatchInlineSnapshot(`
      "Content impact
      ==============
      main → this branch, partners evaluated as of 24 November 2026.

      Attention
      ---------
        ! Gale Software BV (gale-silver) leaves the public directory: its file is removed.

      Summary
      -------
      Partners: 1 removed; directory: 0 in, 1 out; reminders: 0 new, 6 cancelled.

      Partners
      --------
        - removed: Gale Software BV (gale-silver), was Silver

      Public directory
      ----------------
        - out: Gale Software BV (gale-silver): its file is removed

      Reminders from 24 November 2026 on
      ----------------------------------
      New: 0. Cancelled: 6 (Annual status review 3, NFR cloud subscription expiry 3).
        - cancelled Gale Software BV (gale-silver): NFR cloud subscription expiry on 20 January 2027, reminders on 21 December 2026, 13 January 2027, 19 January 2027
        - cancelled Gale Software BV (gale-silver): Annual status review on 1 February 2027, reminders on 2 January 2027, 25 January 2027, 31 January 2027
      "
    `);
  });

  it('all five at once, as markdown for a pull request', async () => {
    expect(await report([addPartner, silverToBronze, raiseSilverTarget, shortenBronzeDeadline, removePartner], 'markdown')).toMatchInlineSnapshot(`
      "## Content impact

      main → this branch, partners evaluated as of 24 November 2026.

      ### Attention

      - ⚠️ Aurora Systems Ltd (aurora-silver) moves down from Silver to Bronze under the changed rules: it misses the annual review on 1 June 2026. Its file still says Silver, so the directory shows it as Silver until the file is updated.
      - ⚠️ Dune Works SRL (dune-bronze) is cancelled under the changed rules: the Bronze requirements are not met by 9 November 2026.
      - ⚠️ Fir & Fjord AS (fir-silver) leaves the public directory: its file now says Bronze.
      - ⚠️ Gale Software BV (gale-silver) leaves the public directory: its file is removed.
      - ⚠️ Birch Digital GmbH (birch-silver) no longer meets the yearly target for keeping Silver at the review on 15 January 2027 under the changed rules. Still to do: sell \\$/€600 more by 15 January 2027.

      ### Summary

      2 rules values changed in 1 file; partners: 1 added, 1 removed, 1 changed; directory: 0 in, 2 out; 5 partners with a changed standing or deadline; reminders: 13 new, 22 cancelled.

      ### Rules

      - statuses.yaml: statuses\\[bronze\\].probation.days: 90 → 60
      - statuses.yaml: statuses\\[silver\\].maintain.requires\\[0\\].amount: 5000 → 6000

      program.yaml still says version 2024.1, effective 2024-03-10: bump both with every rules change.

      ### Partners

      - added: Hazel Studio Oy (hazel-studio), Bronze, not listed
      - removed: Gale Software BV (gale-silver), was Silver
      - changed: Fir & Fjord AS (fir-silver): status, program.statusSince, program.lastReview

      Changed fields are named, never their values: the files hold private data.

      ### Public directory

      - out: Fir & Fjord AS (fir-silver): its file now says Bronze
      - out: Gale Software BV (gale-silver): its file is removed

      ### Standing as of 24 November 2026

      - Aurora Systems Ltd (aurora-silver)
        - status: Silver → Bronze (misses the annual review on 1 June 2026; the file still says Silver)
        - discount: 40% → 20%
        - deadline Annual status review: 1 June 2027 → none
      - Birch Digital GmbH (birch-silver)
        - keeping Silver at the annual review on 15 January 2027: met → sell \\$/€600 more by 15 January 2027
      - Cedar Consulting AB (cedar-bronze)
        - keeping Bronze after the first period (30 December 2026 → 30 November 2026): claim your NFR cloud subscription by 30 December 2026 → claim your NFR cloud subscription by 30 November 2026
        - deadline Bronze requirements: 30 December 2026 → 30 November 2026
      - Dune Works SRL (dune-bronze)
        - status: Bronze → cancelled (the Bronze requirements are not met by 9 November 2026)
        - deadline Bronze requirements: 9 December 2026 → 9 November 2026 (passed)
        - deadline Kickstart bonus expiry: 9 December 2026 → none
        - deadline Zero-activity suspension: 1 September 2027 → none
      - Fir & Fjord AS (fir-silver)
        - status: Silver → Bronze (the status in its file changed)
        - discount: 40% → 20%
        - deadline Annual status review: 1 April 2027 → none

      ### Reminders from 24 November 2026 on

      New: 13 (Annual status review 3, Bronze requirements 4, Kickstart bonus expiry 3, Zero-activity suspension 3). Cancelled: 22 (Annual status review 9, Bronze requirements 5, Kickstart bonus expiry 2, NFR cloud subscription expiry 3, Zero-activity suspension 3).

      <details><summary>13 reminder lines</summary>

      - new Birch Digital GmbH (birch-silver): Annual status review on 15 January 2027, reminders on 16 December 2026, 8 January 2027, 14 January 2027
      - new Cedar Consulting AB (cedar-bronze): Bronze requirements on 30 November 2026, reminders on 29 November 2026
      - new Hazel Studio Oy (hazel-studio): Bronze requirements on 19 January 2027, reminders on 20 December 2026, 12 January 2027, 18 January 2027
      - new Hazel Studio Oy (hazel-studio): Kickstart bonus expiry on 18 February 2027, reminders on 19 January 2027, 11 February 2027, 17 February 2027
      - new Hazel Studio Oy (hazel-studio): Zero-activity suspension on 18 November 2027, reminders on 19 October 2027, 11 November 2027, 17 November 2027
      - cancelled Aurora Systems Ltd (aurora-silver): Annual status review on 1 June 2027, reminders on 2 May 2027, 25 May 2027, 31 May 2027
      - cancelled Cedar Consulting AB (cedar-bronze): Bronze requirements on 30 December 2026, reminders on 30 November 2026, 23 December 2026, 29 December 2026
      - cancelled Dune Works SRL (dune-bronze): Bronze requirements on 9 December 2026, reminders on 2 December 2026, 8 December 2026
      - cancelled Dune Works SRL (dune-bronze): Kickstart bonus expiry on 9 December 2026, reminders on 2 December 2026, 8 December 2026
      - cancelled Dune Works SRL (dune-bronze): Zero-activity suspension on 1 September 2027, reminders on 2 August 2027, 25 August 2027, 31 August 2027
      - cancelled Fir & Fjord AS (fir-silver): Annual status review on 1 April 2027, reminders on 2 March 2027, 25 March 2027, 31 March 2027
      - cancelled Gale Software BV (gale-silver): NFR cloud subscription expiry on 20 January 2027, reminders on 21 December 2026, 13 January 2027, 19 January 2027
      - cancelled Gale Software BV (gale-silver): Annual status review on 1 February 2027, reminders on 2 January 2027, 25 January 2027, 31 January 2027

      </details>
      "
    `);
  });

  it('in German: German words, numbers and dates, the rules\' and the engine\'s words too', async () => {
    const text = await report([raiseSilverTarget, removePartner], 'text', 'de');
    expect(text).toMatch(/^Auswirkungen der Inhaltsänderung\n=+\nmain → this branch, Partner bewertet zum 24\. November 2026\.$/m);
    expect(text).toContain('  ! Aurora Systems Ltd (aurora-silver) wird unter den geänderten Regeln von Silber auf Bronze herabgestuft: Das Ziel der jährlichen Überprüfung am 1. Juni 2026 ist verfehlt. In der Datei steht noch Silber, daher führt das Verzeichnis den Partner als Silber, bis die Datei angepasst ist.');
    expect(text).toContain('  ! Gale Software BV (gale-silver) verlässt das öffentliche Verzeichnis: die Datei wurde entfernt.');
    expect(text).toContain('\nZusammenfassung\n---------------\n1 Regelwert in 1 Datei geändert; Partner: 1 entfernt; Verzeichnis: 0 aufgenommen, 1 entfernt;');
    expect(text).toContain('program.yaml nennt noch Version 2024.1, gültig ab 2024-03-10: Erhöhen Sie bei jeder Regeländerung beides.');
    expect(text).toContain('\nStand zum 24. November 2026\n');
    expect(text).toContain('      Rabatt: 40\u00a0% → 20\u00a0%');
    expect(text).toContain('      Silber bei der jährlichen Überprüfung am 1. April 2027 behalten: bis zum 1. April 2027 weitere $/€3.500 Umsatz erzielen → bis zum 1. April 2027 weitere $/€4.500 Umsatz erzielen');
    expect(text).toContain('      Frist „Jährliche Überprüfung des Status“: 1. Juni 2027 → keine');
    expect(text).toContain('  - gestrichen: Gale Software BV (gale-silver): Ablauf des NFR-Cloud-Abonnements am 20. Januar 2027, Erinnerungen am 21. Dezember 2026, 13. Januar 2027, 19. Januar 2027');
    for (const english of ['Summary', 'Standing as of', 'under the changed rules', 'more in sales', 'reminders on', 'as of']) expect(text).not.toContain(english);
  });

  it('no change: says so', async () => {
    expect(await report([])).toContain('No change to partners, rules or standings.');
  });

  it('never prints a private value of a changed partner file', async () => {
    const text = await report([silverToBronze, addPartner, removePartner]);
    for (const secret of ['2023-02-10', '2026-04-01', 'Bryggen Hotel', '5200', '5,200', '700100303', '700100202', '+358 3 555 0199']) {
      expect(text).not.toContain(secret);
    }
  });

  it('names a broken file as not compared, not as removed, and lists the problem', async () => {
    const breakFile: Change = async (dir) => {
      const file = path.join(dir, 'partners/birch-silver.md');
      await writeFile(file, (await readFile(file, 'utf8')).replace('country: DE', 'country: Germany').replace('amount: 900,', 'amount: -900,'));
    };
    const text = await report([breakFile]);
    expect(text).toContain('not compared: Birch Digital GmbH (birch-silver): its file has problems now');
    expect(text).toContain("content/partners/birch-silver.md:4: country: 'Germany' is not an ISO 3166-1 alpha-2 country code; write DE");
    // The private field is named, its value is not.
    expect(text).toContain('program.sales[1].amount: has a problem (private data: run npm run check to see it)');
    expect(text).not.toContain('-900');
    expect(text).not.toContain('removed:');
  });
});

describe('warnings', () => {
  it('lists the new content\'s warnings, naming private fields without their values', async () => {
    const extraKey: Change = async (dir) => {
      const file = path.join(dir, 'partners/birch-silver.md');
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace(/^ {2}nfr:\n/m, '  nfr:\n    - { kind: on-premise, claimed: 2026-09-14 }\n    - { kind: on-premise, claimed: 2026-09-15 }\n'));
    };
    const text = await report([extraKey]);
    expect(text).toContain('this branch has 1 warning: worth a look, though the content check passes.');
    expect(text).toMatch(/content\/partners\/birch-silver\.md:\d+: warning: program\.nfr\[\d\]: has a warning \(private data: run npm run check to see it\)/);
    expect(text).not.toContain('2026-09-15');
  });
});

describe('markdown', () => {
  it('makes content text inert: no links, HTML, formatting, math or mentions', () => {
    expect(escapeMarkdown('<script>x</script> [a](http://e.example) *b* @octocat | `c` $x$')).toBe(
      '\\<script\\>x\\</script\\> \\[a\\](http://e.example) \\*b\\* @\u200boctocat \\| \\`c\\` \\$x\\$',
    );
  });
});

// Each test spawns the command; they run side by side.
describe.concurrent('npm run impact', () => {
  /** A git repository holding the "before" set on main, and a branch `change` checked out. */
  async function repository(): Promise<string> {
    const root = await mkdtemp(path.join(tmpdir(), 'partner-hub-impact-git-'));
    temp.push(root);
    const git = (...args: string[]) => exec('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: root });
    await contentSet(root);
    await git('init', '-q', '-b', 'main');
    await git('add', 'content');
    await git('commit', '-q', '-m', 'Content');
    await git('checkout', '-q', '-b', 'change');
    return root;
  }

  async function impact(root: string, args: string[]) {
    try {
      const { stdout, stderr } = await exec(process.execPath, [path.join(projectRoot, 'scripts/impact.ts'), ...args], {
        cwd: root, env: { ...process.env, CONTENT_DIR: path.join(root, 'content') }, timeout: 30_000,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  it('compares the working tree with the merge base with main by default', async () => {
    const root = await repository();
    await addPartner(path.join(root, 'content'));
    const { code, stdout } = await impact(root, ['--as-of', AS_OF]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^the merge base with main \([0-9a-f]{7}\) → the working tree, partners evaluated as of 24 November 2026\.$/m);
    expect(stdout).toContain('added: Hazel Studio Oy (hazel-studio), Bronze, not listed');
    // The commit's catalogs are read with its rules: neither side has a problem.
    expect(stdout).not.toContain('Problems');
  });

  it('on main, explains that it compares with HEAD', async () => {
    const root = await repository();
    await exec('git', ['checkout', '-q', 'main'], { cwd: root });
    await removePartner(path.join(root, 'content'));
    const { code, stdout } = await impact(root, ['--as-of', AS_OF, '--format', 'markdown']);
    expect(code).toBe(0);
    expect(stdout).toContain('You are on main, so there is no merge base with main to compare with: comparing with HEAD, the last commit.');
    expect(stdout).toContain('- ⚠️ Gale Software BV (gale-silver) leaves the public directory: its file is removed.');
  });

  it('writes the report in the language of --language, and names the languages there are for an unknown one', async () => {
    const root = await repository();
    await addPartner(path.join(root, 'content'));
    // The working tree's catalogs give the report its words: English only, then with the shipped German.
    const englishOnly = await impact(root, ['--language', 'de']);
    expect(englishOnly.code).toBe(2);
    expect(englishOnly.stderr.trim()).toBe("--language must be one of en (English), not 'de'");
    await cp(path.join(projectRoot, 'content/locales/de'), path.join(root, 'content/locales/de'), { recursive: true });
    const german = await impact(root, ['--as-of', AS_OF, '--language', 'de']);
    expect(german.code, german.stderr).toBe(0);
    expect(german.stdout).toMatch(/^Merge-Base mit main \([0-9a-f]{7}\) → Arbeitsverzeichnis, Partner bewertet zum 24\. November 2026\.$/m);
    expect(german.stdout).toContain('  - hinzugefügt: Hazel Studio Oy (hazel-studio), Bronze, nicht im Verzeichnis');
    expect(german.stdout).toContain('\nErinnerungen ab dem 24. November 2026\n');
    const unknown = await impact(root, ['--language', 'fr']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr.trim()).toBe("--language must be one of en (English), de (Deutsch), not 'fr'");
  });

  it('exits 1 when the new content has problems, 2 for an unknown ref or option', async () => {
    const root = await repository();
    await writeFile(path.join(root, 'content/partners/Broken.md'), '---\nname: Broken\n---\n');
    const [broken, ref, format] = await Promise.all([
      impact(root, ['HEAD', '--as-of', AS_OF]),
      impact(root, ['no-such-branch']),
      impact(root, ['--format', 'html']),
    ]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^HEAD \([0-9a-f]{7}\) → the working tree/m);
    expect(broken.stdout).toContain('the working tree has 5 problems: the content check fails until they are fixed.');
    expect(ref.code).toBe(2);
    expect(ref.stderr).toContain("Cannot read the content to compare with: 'no-such-branch' is not a commit, branch or tag here; try origin/main, HEAD~1 or a commit id");
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("--format must be text or markdown, not 'html'");
  });
});

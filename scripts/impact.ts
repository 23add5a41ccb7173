/**
 * `npm run impact -- [<git ref>] [--format text|markdown] [--as-of YYYY-MM-DD] [--language <locale>]`
 *
 * What a content change does before it merges: compares the content at a git ref (default: the
 * merge base with main) with the working tree, and reports partners added, removed or changed,
 * who enters or leaves the public directory, whose standing, gaps, deadlines and reminders change,
 * with silent demotions and de-listings called out at the top, in the words of `--language`
 * (English by default; the content check's problems as it writes them, in English). Exit code 1
 * when the new content has problems, 2 for a wrong command line or ref.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { checkContent, contentDir, isPlainDate, loadCatalogs, todayUtc, translatorFor } from '../content/index.ts';
import { compareContent } from './impact/compare.ts';
import { contentAt, GitError, resolveBase } from './impact/git.ts';
import { baseLabel, baseNote, reportBlocks, workingTreeLabel } from './impact/render.ts';
import { renderMarkdown, renderText } from './impact/write.ts';
import { languageOption, parseCli, runCli, UsageError } from './lib/cli.ts';

const USAGE = `Usage: npm run impact -- [<git ref>] [--format text|markdown] [--as-of YYYY-MM-DD] [--language <locale>]

  <git ref>      the commit to compare the working tree with (default: the merge base with main)
  --format       text for the terminal (default), markdown for a pull-request comment or job summary
  --as-of        the day partners are evaluated on (default: today)
  --language     the language of the report and of its numbers and dates: a folder of content/locales/,
                 like de, es or pt-BR (default: en). The content check's problems stay in English.`;

runCli(async () => {
  const { values, positionals } = parseCli(process.argv.slice(2), {
    format: { type: 'string', default: 'text' },
    'as-of': { type: 'string' },
    language: { type: 'string' },
  }, USAGE, true);
  if (positionals.length > 1) throw new UsageError(`Give at most one git ref, not ${positionals.length}.\n${USAGE}`);
  if (values.format !== 'text' && values.format !== 'markdown') throw new UsageError(`--format must be text or markdown, not '${values.format}'\n${USAGE}`);
  const asOf = values['as-of'] ?? todayUtc();
  if (!isPlainDate(asOf)) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not '${asOf}'`);

  const dir = contentDir();
  if (!(await stat(dir).then((s) => s.isDirectory(), () => false))) {
    throw new UsageError(`The content folder ${dir} does not exist; check CONTENT_DIR (unset it to use the project's content/).`);
  }
  // The report's words are the working tree's catalogs, read on their own: the report is written
  // even when the rules cannot be read (their problems are its subject).
  const { catalogs } = await loadCatalogs(dir, path.dirname(dir));
  const language = languageOption(values.language, catalogs.locales);
  const { base, old } = await (async () => {
    const commit = await resolveBase(dir, positionals[0]);
    return { base: commit, old: await contentAt(dir, commit.sha) };
  })().catch((error: unknown) => {
    throw error instanceof GitError ? new UsageError(`Cannot read the content to compare with: ${error.message}.`) : error;
  });
  try {
    const [before, after] = await Promise.all([checkContent({ dir: old.dir }), checkContent({ dir })]);
    const moneyPrefix = (after.content ?? before.content)?.rules.info.moneyPrefix ?? '';
    const t = translatorFor(catalogs, language.id, moneyPrefix);
    const impact = compareContent(
      { label: baseLabel(t, base), content: before.content, issues: before.issues },
      { label: workingTreeLabel(t), content: after.content, issues: after.issues },
      asOf,
    );
    const note = baseNote(t, base);
    const blocks = reportBlocks(impact, t, note ? [note] : []);
    process.stdout.write(values.format === 'markdown' ? renderMarkdown(blocks) : renderText(blocks));
    return after.issues.length > 0 || !after.content ? 1 : 0;
  } finally {
    await old.cleanup();
  }
});

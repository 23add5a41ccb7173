/**
 * `npm run impact -- [<git ref>] [--format text|markdown] [--as-of YYYY-MM-DD]`
 *
 * What a content change does before it merges: compares the content at a git ref (default: the
 * merge base with main) with the working tree, and reports partners added, removed or changed,
 * who enters or leaves the public directory, whose standing, gaps, deadlines and reminders change,
 * with silent demotions and de-listings called out at the top. Exit code 1 when the new content
 * has problems, 2 for a wrong command line or ref.
 */
import { stat } from 'node:fs/promises';
import { checkContent, contentDir, isPlainDate, todayUtc } from '../content/index.ts';
import { compareContent } from './impact/compare.ts';
import { contentAt, GitError, resolveBase } from './impact/git.ts';
import { renderMarkdown, renderText, reportBlocks } from './impact/render.ts';
import { parseCli, runCli, UsageError } from './lib/cli.ts';

const USAGE = `Usage: npm run impact -- [<git ref>] [--format text|markdown] [--as-of YYYY-MM-DD]

  <git ref>      the commit to compare the working tree with (default: the merge base with main)
  --format       text for the terminal (default), markdown for a pull-request comment or job summary
  --as-of        the day partners are evaluated on (default: today)`;

runCli(async () => {
  const { values, positionals } = parseCli(process.argv.slice(2), {
    format: { type: 'string', default: 'text' },
    'as-of': { type: 'string' },
  }, USAGE, true);
  if (positionals.length > 1) throw new UsageError(`Give at most one git ref, not ${positionals.length}.\n${USAGE}`);
  if (values.format !== 'text' && values.format !== 'markdown') throw new UsageError(`--format must be text or markdown, not '${values.format}'\n${USAGE}`);
  const asOf = values['as-of'] ?? todayUtc();
  if (!isPlainDate(asOf)) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not '${asOf}'`);

  const dir = contentDir();
  if (!(await stat(dir).then((s) => s.isDirectory(), () => false))) {
    throw new UsageError(`The content folder ${dir} does not exist; check CONTENT_DIR (unset it to use the project's content/).`);
  }
  const { base, old } = await (async () => {
    const commit = await resolveBase(dir, positionals[0]);
    return { base: commit, old: await contentAt(dir, commit.sha) };
  })().catch((error: unknown) => {
    throw error instanceof GitError ? new UsageError(`Cannot read the content to compare with: ${error.message}.`) : error;
  });
  try {
    const [before, after] = await Promise.all([checkContent({ dir: old.dir }), checkContent({ dir })]);
    const impact = compareContent(
      { label: base.label, content: before.content, issues: before.issues },
      { label: 'the working tree', content: after.content, issues: after.issues },
      asOf,
    );
    const blocks = reportBlocks(impact, base.note ? [base.note] : []);
    process.stdout.write(values.format === 'markdown' ? renderMarkdown(blocks) : renderText(blocks));
    return after.issues.length > 0 || !after.content ? 1 : 0;
  } finally {
    await old.cleanup();
  }
});

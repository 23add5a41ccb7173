/**
 * `npm run check`: validates all content and lists every problem, one per line.
 *
 *   npm run check                       readable output, exit 1 when anything is wrong
 *                                       (warnings are printed too, and do not fail the check)
 *   npm run check -- --format github    GitHub Actions annotations on the offending file and line
 *   npm run check -- --no-cache         check every file afresh, ignoring (and not writing) .cache/content-check.cache
 *   CONTENT_DIR=path npm run check      check another content folder
 *
 * What a check parsed is kept in .cache/content-check.cache (or CHECK_CACHE; partner files by their size, times and
 * inode; docs pages and catalog files by their text), so the next check reads only what changed:
 * the same problems either way, and a cache from other code or rules is ignored.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ContentIssue } from '../content/index.ts';
import { contentDir, projectRoot } from '../content/src/config.ts';
import type { CheckResult } from '../content/src/load/content.ts';
import { prestartWorkersFor } from '../content/src/load/parse-pool.ts';

const USAGE = 'Usage: npm run check -- [--format text|github] [--dir <content folder>] [--no-cache]';

/** Where a check keeps what it parsed for the next (private program data included: .cache/ is never committed); CHECK_CACHE names another file. */
const CHECK_CACHE = process.env.CHECK_CACHE?.trim() ? path.resolve(process.env.CHECK_CACHE.trim()) : path.join(projectRoot, '.cache', 'content-check.cache');

// A check with nothing kept from the last parses every partner file: with many, the parse workers
// start before this thread loads the content module (a third of a second), and load theirs meanwhile.
// (The arguments are read properly, with their errors, below.)
const early = parseArgs({ args: process.argv.slice(2), options: { dir: { type: 'string' }, cache: { type: 'boolean' } }, strict: false, allowNegative: true }).values;
if (early.cache === false || !existsSync(CHECK_CACHE)) prestartWorkersFor(typeof early.dir === 'string' ? path.resolve(early.dir) : contentDir());
const { checkContent, checkWithCache, formatIssue, formatNumber } = await import('../content/index.ts');
const { parseCli, runCli, UsageError } = await import('./lib/cli.ts');

/** A GitHub Actions workflow command that annotates `issue` on its file and line (as an error or a warning). */
export function githubAnnotation(issue: ContentIssue): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const props = [`file=${escapeProp(issue.file)}`, ...(issue.line ? [`line=${issue.line}`] : []), `title=${escapeProp(issue.path || 'content check')}`];
  return `::${issue.severity === 'warning' ? 'warning' : 'error'} ${props.join(',')}::${escapeData(issue.path ? `${issue.path}: ${issue.message}` : issue.message)}`;
}

/** Prints what a check found (warnings, then problems or the summary); returns the exit code. */
function report(result: CheckResult, format: 'text' | 'github', reused: number): number {
  const { content, issues, warnings } = result;
  for (const warning of warnings) console.log(format === 'github' ? githubAnnotation(warning) : formatIssue(warning));
  if (issues.length > 0) {
    for (const issue of issues) console.log(format === 'github' ? githubAnnotation(issue) : formatIssue(issue));
    const files = new Set(issues.map((i) => i.file)).size;
    console.error(`\n${issues.length} problem${issues.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. Fix them and run npm run check again.`);
    return 1;
  }
  if (!content) return 1;
  const byStatus = content.rules.statuses.map((s) => `${content.partners.filter((p) => p.status === s.id).length} ${s.name}`).join(', ');
  const warned = warnings.length ? ` ${warnings.length} warning${warnings.length === 1 ? '' : 's'} above: worth a look, but not errors.` : '';
  console.log(`Content is valid: ${content.partners.length} partners (${byStatus}), ${content.docs.length} docs pages, rules ${content.rules.info.version} effective ${content.rules.info.effective}.${warned}`);
  if (reused > 0) {
    console.log(`${formatNumber(reused)} of ${formatNumber(content.partners.length)} partner files were unchanged since the last check and taken from it; npm run check -- --no-cache reads every file afresh.`);
  }
  return 0;
}

runCli(async () => {
  const { values } = parseCli(process.argv.slice(2), {
    format: { type: 'string', default: 'text' },
    dir: { type: 'string' },
    cache: { type: 'boolean', default: true },
  }, USAGE);
  const format = values.format;
  if (format !== 'text' && format !== 'github') throw new UsageError(`--format must be text or github, not '${format}'\n${USAGE}`);
  if (!values.cache) return report(await checkContent({ dir: values.dir }), format, 0);
  const kept = await checkWithCache(CHECK_CACHE, { dir: values.dir });
  const code = report(kept, format, kept.reused);
  // After the answer, whatever it is (a failed check's parsed files count for the next one too).
  try {
    kept.keep();
  } catch {
    // Only the next check is slower.
  }
  return code;
});

/**
 * `npm run check`: validates all content and lists every problem, one per line.
 *
 *   npm run check                       readable output, exit 1 when anything is wrong
 *                                       (warnings are printed too, and do not fail the check)
 *   npm run check -- --format github    GitHub Actions annotations on the offending file and line
 *   CONTENT_DIR=path npm run check      check another content folder
 */
import { checkContent, formatIssue } from '../content/index.ts';
import type { ContentIssue } from '../content/index.ts';
import { parseCli, runCli, UsageError } from './lib/cli.ts';

const USAGE = 'Usage: npm run check -- [--format text|github] [--dir <content folder>]';

/** A GitHub Actions workflow command that annotates `issue` on its file and line (as an error or a warning). */
export function githubAnnotation(issue: ContentIssue): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const props = [`file=${escapeProp(issue.file)}`, ...(issue.line ? [`line=${issue.line}`] : []), `title=${escapeProp(issue.path || 'content check')}`];
  return `::${issue.severity === 'warning' ? 'warning' : 'error'} ${props.join(',')}::${escapeData(issue.path ? `${issue.path}: ${issue.message}` : issue.message)}`;
}

runCli(async () => {
  const { values } = parseCli(process.argv.slice(2), {
    format: { type: 'string', default: 'text' },
    dir: { type: 'string' },
  }, USAGE);
  if (values.format !== 'text' && values.format !== 'github') throw new UsageError(`--format must be text or github, not '${values.format}'\n${USAGE}`);
  const { content, issues, warnings } = await checkContent({ dir: values.dir });
  for (const warning of warnings) console.log(values.format === 'github' ? githubAnnotation(warning) : formatIssue(warning));
  if (issues.length > 0) {
    for (const issue of issues) console.log(values.format === 'github' ? githubAnnotation(issue) : formatIssue(issue));
    const files = new Set(issues.map((i) => i.file)).size;
    console.error(`\n${issues.length} problem${issues.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. Fix them and run npm run check again.`);
    return 1;
  }
  if (!content) return 1;
  const byStatus = content.rules.statuses.map((s) => `${content.partners.filter((p) => p.status === s.id).length} ${s.name}`).join(', ');
  const warned = warnings.length ? ` ${warnings.length} warning${warnings.length === 1 ? '' : 's'} above: worth a look, but not errors.` : '';
  console.log(`Content is valid: ${content.partners.length} partners (${byStatus}), ${content.docs.length} docs pages, rules ${content.rules.info.version} effective ${content.rules.info.effective}.${warned}`);
  return 0;
});

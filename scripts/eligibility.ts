/**
 * `npm run eligibility -- <slug-or-path> [--as-of YYYY-MM-DD] [--json]`
 *
 * Prints the rules engine's full answer for one partner: status, discount and benefits, what keeping
 * the status and reaching the next one still need, every deadline, and passed reviews. A slug reads
 * `content/partners/<slug>.md`; a path reads that file (it need not be in the content folder).
 * With `--json`, every sentence of the engine comes with its code and parameters (`labelCode`,
 * `missingCodes`…) beside its English words.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  checkContent, evaluatePartner, formatIssue, isPlainDate, parsePartner, SOURCE_LOCALE, todayUtc, translatorFor,
} from '../content/index.ts';
import type { Content, Partner, Standing } from '../content/index.ts';
import { parseCli, runCli, UsageError } from './lib/cli.ts';
import { formatStanding, standingToJson } from './lib/standing-text.ts';

const USAGE = 'Usage: npm run eligibility -- <partner slug or file path> [--as-of YYYY-MM-DD] [--json]';

async function findPartner(target: string): Promise<{ partner: Partner; content: Content }> {
  if (target.endsWith('.md') || target.includes('/') || target.includes(path.sep)) {
    const { content, issues } = await checkContent();
    if (!content) throw new Error(`the program rules have problems:\n${issues.map(formatIssue).join('\n')}`);
    let text: string;
    try {
      text = await readFile(target, 'utf8');
    } catch {
      throw new UsageError(`Cannot read '${target}'. Give a partner slug (like nordlicht-consulting) or the path of a partner file.`);
    }
    const result = parsePartner(text, path.basename(target), path.relative(process.cwd(), path.resolve(target)), content.rules);
    if (!result.partner) throw new Error(`${target} has problems:\n${result.issues.map(formatIssue).join('\n')}`);
    return { partner: result.partner, content };
  }
  const { content, issues } = await checkContent();
  if (!content) throw new Error(`the content has problems:\n${issues.map(formatIssue).join('\n')}`);
  const partner = content.partners.find((p) => p.slug === target);
  if (!partner) {
    const own = issues.filter((i) => path.basename(i.file) === `${target}.md`);
    if (own.length) throw new Error(`content/partners/${target}.md has problems:\n${own.map(formatIssue).join('\n')}`);
    const near = content.partners.filter((p) => p.slug.includes(target) || target.includes(p.slug.split('-')[0] ?? '')).map((p) => p.slug).slice(0, 5);
    throw new UsageError(`No partner '${target}'.${near.length ? ` Did you mean: ${near.join(', ')}?` : ''} Run ls content/partners to see every slug.`);
  }
  return { partner, content };
}

runCli(async () => {
  const { values, positionals } = parseCli(process.argv.slice(2), {
    'as-of': { type: 'string' },
    json: { type: 'boolean', default: false },
  }, USAGE, true);
  const target = positionals[0];
  if (!target || positionals.length > 1) throw new UsageError(USAGE);
  const asOf = values['as-of'] ?? todayUtc();
  if (!isPlainDate(asOf)) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not '${asOf}'`);
  const { partner, content } = await findPartner(target);
  const { rules } = content;
  const standing: Standing = evaluatePartner(partner, rules, asOf);
  // What the engine says, in the English catalog's words.
  const english = translatorFor(content.catalogs, SOURCE_LOCALE, rules.info.moneyPrefix);
  console.log(values.json ? JSON.stringify(standingToJson(standing, partner, english), null, 2) : formatStanding(standing, partner, rules, english));
  return 0;
});

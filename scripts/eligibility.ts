/**
 * `npm run eligibility -- <slug-or-path> [--as-of YYYY-MM-DD] [--language <locale>] [--json]`
 *
 * Prints the rules engine's full answer for one partner: status, discount and benefits, what keeping
 * the status and reaching the next one still need, every deadline, and passed reviews. A slug reads
 * `content/partners/<slug>.md`; a path reads that file (it need not be in the content folder).
 * The answer is in the words of `--language` (English by default: any language of content/locales/),
 * with its figures and dates. With `--json`, every sentence of the engine comes with its code and
 * parameters (`labelCode`, `missingCodes`…) beside its words.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  checkContent, evaluatePartner, formatIssue, isPlainDate, parsePartner, todayUtc, translatorFor,
} from '../content/index.ts';
import type { Content, ContentIssue, Partner, Standing } from '../content/index.ts';
import { languageOption, parseCli, runCli, UsageError } from './lib/cli.ts';
import { formatStanding, standingToJson } from './lib/standing-text.ts';

const USAGE = `Usage: npm run eligibility -- <partner slug or file path> [--as-of YYYY-MM-DD] [--language <locale>] [--json]

  <partner slug or file path>  a partner of content/partners/ (like nordlicht-consulting), or a partner file anywhere
  --as-of       the day the partner is evaluated on (default: today)
  --language    the language of the answer and of its numbers and dates: a folder of content/locales/,
                like de, es or pt-BR (default: en). Errors and the content check's problems stay in English.
  --json        the answer as JSON: the engine's words in that language, each beside its code and parameters`;

/** The loaded content, its problems, and whether the partner is given by a file path. */
interface Loaded {
  content: Content;
  issues: ContentIssue[];
  byPath: boolean;
}

/** The content for `target`: a file path is read with the project's rules, a slug from the content folder. */
async function contentFor(target: string): Promise<Loaded> {
  const byPath = target.endsWith('.md') || target.includes('/') || target.includes(path.sep);
  const { content, issues } = await checkContent();
  if (!content) throw new Error(`the ${byPath ? 'program rules have' : 'content has'} problems:\n${issues.map(formatIssue).join('\n')}`);
  return { content, issues, byPath };
}

/** The partner `target` names: a partner file read with the content's rules, or a slug of the content. */
async function findPartner(target: string, { content, issues, byPath }: Loaded): Promise<Partner> {
  if (byPath) {
    let text: string;
    try {
      text = await readFile(target, 'utf8');
    } catch {
      throw new UsageError(`Cannot read '${target}'. Give a partner slug (like nordlicht-consulting) or the path of a partner file.`);
    }
    const result = parsePartner(text, path.basename(target), path.relative(process.cwd(), path.resolve(target)), content.rules);
    if (!result.partner) throw new Error(`${target} has problems:\n${result.issues.map(formatIssue).join('\n')}`);
    return result.partner;
  }
  const partner = content.partners.find((p) => p.slug === target);
  if (!partner) {
    const own = issues.filter((i) => path.basename(i.file) === `${target}.md`);
    if (own.length) throw new Error(`content/partners/${target}.md has problems:\n${own.map(formatIssue).join('\n')}`);
    const near = content.partners.filter((p) => p.slug.includes(target) || target.includes(p.slug.split('-')[0] ?? '')).map((p) => p.slug).slice(0, 5);
    throw new UsageError(`No partner '${target}'.${near.length ? ` Did you mean: ${near.join(', ')}?` : ''} Run ls content/partners to see every slug.`);
  }
  return partner;
}

runCli(async () => {
  const { values, positionals } = parseCli(process.argv.slice(2), {
    'as-of': { type: 'string' },
    language: { type: 'string' },
    json: { type: 'boolean', default: false },
  }, USAGE, true);
  const target = positionals[0];
  if (!target || positionals.length > 1) throw new UsageError(USAGE);
  const asOf = values['as-of'] ?? todayUtc();
  if (!isPlainDate(asOf)) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not '${asOf}'`);
  const loaded = await contentFor(target);
  const { rules, catalogs } = loaded.content;
  const language = languageOption(values.language, catalogs.locales);
  const partner = await findPartner(target, loaded);
  const standing: Standing = evaluatePartner(partner, rules, asOf);
  const t = translatorFor(catalogs, language.id, rules.info.moneyPrefix);
  console.log(values.json ? JSON.stringify(standingToJson(standing, partner, t), null, 2) : formatStanding(standing, partner, t));
  return 0;
});

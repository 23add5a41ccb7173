/**
 * `npm run new-partner -- --name "Acme Consulting" --country DE --city Berlin [more flags]`
 *
 * Scaffolds `content/partners/<slug>.md` from flags. The file is validated exactly as the content
 * check does before it is written; an existing file is never overwritten.
 */
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, Scalar } from 'yaml';
import { checkContent, contentDir, formatIssue, isPlainDate, parsePartner, todayUtc } from '../content/index.ts';
import { findDuplicates } from '../content/src/load/partners.ts';
import { parseCli, runCli, UsageError } from './lib/cli.ts';

const USAGE = `Usage: npm run new-partner -- --name <name> --country <ISO code> --city <city> [options]

Options:
  --slug <slug>             file name (default: from the name)
  --status <id>             bronze, silver or gold (default: bronze)
  --address <text>          postal address
  --website <url>           https://...
  --email <address>
  --phone <number>          international format, like "+49 30 5550 1234"
  --languages <codes>       comma-separated ISO 639-1 codes, like en,de
  --services <ids>          comma-separated service ids from content/program/services.yaml
  --description <text>      the public description (required for listed statuses)
  --applied <YYYY-MM-DD>    application day (default: today)
  --approved <YYYY-MM-DD>   approval day (default: the application day)
  --telegram <ids>          comma-separated Telegram user ids of the partner's team
  --dry-run                 print the file instead of writing it`;

/** A URL-safe slug from a company name: "Nordlicht Consulting GmbH" gives "nordlicht-consulting-gmbh". */
export function slugify(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

const list = (value: string | undefined) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []);

runCli(async () => {
  const { values: v } = parseCli(process.argv.slice(2), {
    name: { type: 'string' }, slug: { type: 'string' }, status: { type: 'string', default: 'bronze' },
    country: { type: 'string' }, city: { type: 'string' }, address: { type: 'string' },
    website: { type: 'string' }, email: { type: 'string' }, phone: { type: 'string' },
    languages: { type: 'string' }, services: { type: 'string' }, description: { type: 'string' },
    applied: { type: 'string' }, approved: { type: 'string' }, telegram: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  }, USAGE);
  const missing = (['name', 'country', 'city'] as const).filter((k) => !v[k]);
  if (missing.length) throw new UsageError(`Missing ${missing.map((k) => `--${k}`).join(', ')}.\n\n${USAGE}`);
  const applied = v.applied ?? todayUtc();
  const approved = v.approved ?? applied;
  for (const [flag, value] of [['--applied', applied], ['--approved', approved]] as const) {
    if (!isPlainDate(value)) throw new UsageError(`${flag} must be a date written YYYY-MM-DD, not '${value}'`);
  }
  const slug = v.slug ?? slugify(v.name as string);

  const { content, issues } = await checkContent();
  if (!content) throw new Error(`the program rules have problems; fix them first:\n${issues.map(formatIssue).join('\n')}`);
  const dir = path.join(contentDir(), 'partners');
  const target = path.join(dir, `${slug}.md`);
  const display = path.relative(process.cwd(), target);
  if (await access(target).then(() => true, () => false)) {
    throw new UsageError(`${display} already exists; edit that file instead, or choose another --slug.`);
  }

  const quoted = (value: string) => Object.assign(new Scalar(value), { type: Scalar.QUOTE_DOUBLE });
  const frontmatter: Record<string, unknown> = {
    name: v.name, status: v.status, country: v.country, city: v.city,
    ...(v.address && { address: v.address }),
    ...(v.website && { website: v.website }),
    ...(v.email && { email: v.email }),
    ...(v.phone && { phone: quoted(v.phone) }),
    languages: list(v.languages),
    services: list(v.services),
    program: {
      applied,
      approved,
      statusSince: approved,
      ...(v.telegram && { telegram: list(v.telegram).map(quoted) }),
    },
  };
  const doc = new Document(frontmatter);
  for (const key of ['languages', 'services'] as const) {
    const node = doc.get(key, true) as { flow?: boolean } | undefined;
    if (node) node.flow = true;
  }
  const text = `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${v.description ? `${v.description.trim()}\n` : ''}`;

  const file = path.relative(path.dirname(contentDir()), target);
  const result = parsePartner(text, `${slug}.md`, file, content.rules);
  const problems = result.issues.slice();
  if (result.partner) {
    for (const d of findDuplicates([...content.partners, result.partner]).filter((p) => p.file === file)) {
      problems.push({ file, path: d.path.join('.'), message: d.message });
    }
  }
  if (problems.length) {
    console.error(`Not written: the new file would have ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
    for (const issue of problems) console.error(`  ${issue.path ? `${issue.path}: ` : ''}${issue.message}`);
    console.error('\nFix the flags and run the command again.');
    return 1;
  }
  if (v['dry-run']) {
    process.stdout.write(text);
    return 0;
  }
  await writeFile(target, text, { flag: 'wx' });
  console.log(`Wrote ${display}. Next: add the program data (courses, sales, NFR claims) under program:, run npm run check, and open a pull request.`);
  return 0;
});

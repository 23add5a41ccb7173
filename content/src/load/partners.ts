/** Loads every partner file, `<content>/partners/<slug>.md`, and checks them one by one and together. */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { setImmediate } from 'node:timers/promises';
import path from 'node:path';
import type { ContentIssue, Locator } from '../issues.ts';
import { dropRepeats, formatPath, parseWithFriendlyErrors } from '../issues.ts';
import type { Rules } from '../rules.ts';
import { claimsBeyondAllowance } from '../engine/nfr.ts';
import { formatNumber } from '../format.ts';
import { MAX_CHARS, tooLong } from '../schemas/common.ts';
import { partnerSchema } from '../schemas/partner.ts';
import type { Partner, PartnerProfile } from '../schemas/partner.ts';
import { PARALLEL_FROM, parseInParallel, prestartWorkersFor } from './parse-pool.ts';
import { parseMarkdownSource } from './source.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Directory URLs share the partner-page path: `/partners/de/`, `/partners/gold/`, `/partners/search/`. */
export function isReservedSlug(slug: string, rules: Rules): boolean {
  return /^[a-z]{2}$/.test(slug) || rules.statuses.some((s) => s.id === slug) || slug === 'search' || slug === 'page';
}

/**
 * What of a partner file is loaded: `full`, the profile and the private program data (the bot, the
 * CLIs, the content check); `public`, the profile only (a server of the public site alone: the
 * `program:` block is not parsed, nor checked, and never held in memory).
 */
export type Scope = 'full' | 'public';

/** Builds the partner schema from the rules' vocabulary. */
export function partnerSchemaFor(rules: Rules) {
  return partnerSchema({
    statuses: rules.statuses.map((s) => s.id),
    services: rules.services.map((s) => s.id),
    courses: rules.courses.map((c) => c.id),
    currencies: rules.info.currencies,
  });
}

/** The schema of a partner file for `scope`: without `program` for the public scope. */
function schemaForScope(rules: Rules, scope: Scope) {
  const schema = partnerSchemaFor(rules);
  return scope === 'full' ? schema : schema.omit({ program: true });
}

/**
 * Parses and checks one partner file's text. `issues` are errors (the partner is not loaded);
 * `warnings` are worth a look but do not stop it.
 */
export function parsePartner(text: string, fileName: string, file: string, rules: Rules, schema = partnerSchemaFor(rules)): { partner?: Partner; issues: ContentIssue[]; warnings: ContentIssue[]; locate: Locator } {
  return parsePartnerIn('full', text, fileName, file, rules, schema) as { partner?: Partner; issues: ContentIssue[]; warnings: ContentIssue[]; locate: Locator };
}

/** parsePartner for `scope`: in the public scope, the profile only. */
function parsePartnerIn(scope: Scope, text: string, fileName: string, file: string, rules: Rules, schema: ReturnType<typeof schemaForScope>): { partner?: Partner | PartnerProfile; issues: ContentIssue[]; warnings: ContentIssue[]; locate: Locator } {
  const slug = fileName.replace(/\.md$/, '');
  const issues: ContentIssue[] = [];
  if (!SLUG.test(slug)) {
    issues.push({ file, path: '', message: `the file name '${fileName}' must be the partner's slug in lowercase letters, digits and hyphens, like '${slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'acme-consulting'}.md'` });
  }
  if (isReservedSlug(slug, rules)) {
    issues.push({ file, path: '', message: `the slug '${slug}' is taken by the directory's own pages (two-letter country codes, status names, 'search', 'page'); rename the file, for example to '${slug}-partner.md'` });
  }
  const source = parseMarkdownSource(text, file, scope === 'public' ? 'program' : undefined);
  issues.push(...source.issues);
  if (source.data === undefined) return { issues, warnings: [], locate: source.locate };
  const result = parseWithFriendlyErrors(schema, source.data, file, source.locate);
  issues.push(...dropRepeats(source.issues, result.issues));
  if (source.body.length > MAX_CHARS.description) {
    issues.push({ file, line: source.bodyLine, path: 'description', message: tooLong(source.body.length, MAX_CHARS.description, 'the markdown below the frontmatter') });
  }
  if (!result.data) return { issues, warnings: [], locate: source.locate };
  const profile: PartnerProfile = { ...result.data, slug, description: source.body, file };
  const full = 'program' in profile ? profile as Partner : undefined;
  for (const problem of [...checkProfile(profile, rules), ...(full ? checkProgram(full, rules) : [])]) {
    issues.push({ file, line: source.locate(problem.path), path: formatPath(problem.path), message: problem.message });
  }
  const warnings = issues.length || !full ? [] : warnPartner(full, rules).map((w): ContentIssue => ({
    file, line: source.locate(w.path), path: formatPath(w.path), message: w.message, severity: 'warning',
  }));
  return { partner: issues.length ? undefined : profile, issues, warnings, locate: source.locate };
}

/**
 * What is not wrong but worth a look: NFR copies beyond the allowance of the status in the file
 * (statuses.yaml `nfr`). They are kept, but the engine never offers to extend them.
 */
function warnPartner(partner: Partner, rules: Rules): Problem[] {
  const status = rules.statuses.find((s) => s.id === partner.status);
  if (!status) return [];
  return claimsBeyondAllowance(rules, partner.program.nfr, status, partner.program.statusSince).map((copy) => {
    const what = copy.kind === 'cloud' ? 'NFR cloud subscription' : 'NFR on-premise key';
    const why = copy.allowance === 0
      ? `a ${status.name} partner gets no ${what}`
      : `a ${status.name} partner holds ${formatNumber(copy.allowance)} ${what}${copy.allowance === 1 ? '' : 's'} at a time, and earlier ones were still running`;
    return {
      path: ['program', 'nfr', copy.index],
      message: `this claim is beyond the allowance in statuses.yaml: ${why}; it will not be offered an extension (check the claim, or the status)`,
    };
  });
}

interface Problem {
  path: (string | number)[];
  message: string;
}

/** Checks of a partner's public profile that the schema alone cannot express. */
function checkProfile(partner: PartnerProfile, rules: Rules): Problem[] {
  const problems: Problem[] = [];
  const status = rules.statuses.find((s) => s.id === partner.status);
  if (status && status.listing !== 'none') {
    for (const field of rules.listing.requiredFields) {
      const value = field === 'description' ? partner.description : partner[field];
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
        problems.push({
          path: field === 'description' ? [] : [field],
          message: `${status.name} partners are listed in the directory, so '${field}' is required${field === 'description' ? ': write a description below the frontmatter' : ''}`,
        });
      }
    }
  }
  return problems;
}

/** Checks of a partner's private program data that the schema alone cannot express. */
function checkProgram(partner: Partner, rules: Rules): Problem[] {
  const problems: Problem[] = [];
  const p = partner.program;
  const report = (path: (string | number)[], message: string) => problems.push({ path, message });
  if (p.approved < p.applied) report(['program', 'approved'], `is before the application date (${p.applied})`);
  if (p.statusSince < p.approved) report(['program', 'statusSince'], `is before the approval date (${p.approved}); a status starts on or after approval`);
  if (p.lastReview !== undefined && p.lastReview <= p.statusSince) report(['program', 'lastReview'], `must be after statusSince (${p.statusSince})`);
  const status = rules.statuses.find((s) => s.id === partner.status);
  if (status && rules.statuses.indexOf(status) === 0 && p.statusSince !== p.approved) {
    report(['program', 'statusSince'], `a ${status.name} partner holds its status since approval; write ${p.approved}`);
  }
  for (const [course, date] of Object.entries(p.courses)) {
    if (date < p.applied) report(['program', 'courses', course], `is before the application date (${p.applied})`);
  }
  p.sales.forEach((sale, i) => {
    if (sale.date < p.approved) report(['program', 'sales', i, 'date'], `is before the approval date (${p.approved}); partner sales start after approval`);
  });
  p.nfr.forEach((claim, i) => {
    if (claim.claimed < p.approved) report(['program', 'nfr', i, 'claimed'], `is before the approval date (${p.approved})`);
  });
  checkLocations(partner, rules, report);
  const { award, kickstart } = rules.bonuses;
  p.bonuses.forEach((bonus, i) => {
    if (bonus.kind === 'award' && (bonus.amount < award.minAmount || bonus.amount > award.maxAmount)) {
      report(['program', 'bonuses', i, 'amount'], `an award bonus is between ${award.minAmount} and ${award.maxAmount}, found ${bonus.amount}`);
    }
    if (bonus.kind === 'kickstart') {
      if (p.applied <= kickstart.appliedAfter) report(['program', 'bonuses', i, 'kind'], `only partners who applied after ${kickstart.appliedAfter} receive a kickstart bonus; this one applied on ${p.applied}`);
      if (bonus.amount > kickstart.amount) report(['program', 'bonuses', i, 'amount'], `a kickstart bonus is at most ${kickstart.amount}, found ${bonus.amount}`);
    }
    if (bonus.credited < p.approved) report(['program', 'bonuses', i, 'credited'], `is before the approval date (${p.approved})`);
  });
  return problems;
}

/**
 * `program.locations`: the extra countries a partner receives requests from, at most `extraLocations`
 * (leads.yaml), each once, and never its own country (which always counts).
 */
function checkLocations(partner: Partner, rules: Rules, report: (path: (string | number)[], message: string) => void): void {
  const { locations } = partner.program;
  const { extraLocations, maxLocations } = rules.leads;
  if (locations.length > extraLocations) {
    report(['program', 'locations'], `lists ${formatNumber(locations.length)} countries; a partner receives requests from its own country (${partner.country}) and at most ${formatNumber(extraLocations)} more (${formatNumber(maxLocations)} in all): keep ${formatNumber(extraLocations)}`);
  }
  locations.forEach((code, i) => {
    if (code === partner.country) report(['program', 'locations', i], `${code} is the partner's own country, which counts already; remove it`);
    else if (locations.indexOf(code) !== i) report(['program', 'locations', i], `${code} is listed twice; remove one`);
  });
}

/** A partner file parsed: the partner when it is valid (its profile only, in the public scope), its problems and its warnings. */
export interface ParsedResult {
  partner?: Partner | PartnerProfile;
  issues: ContentIssue[];
  warnings: ContentIssue[];
  /** For a file changed just before it was read (`racy`), a digest of the text that was parsed. */
  digest?: string;
}

/** One partner file as last parsed. */
interface ParsedFile {
  /** Size, times and inode: a file whose stamp is unchanged is not parsed again. */
  stamp: string;
  result: ParsedResult;
  /**
   * For a file that had changed just before it was read, the digest of the text parsed: its stamp
   * alone cannot tell a second change within the same tick of the file system's clock, so the
   * file is read again and compared by its text until it is older (git's "racily clean" entries).
   */
  digest?: string;
}

/** A digest of a partner file's text, for files whose stamp cannot be trusted (see ParsedFile). */
const textDigest = (text: string) => createHash('sha256').update(text).digest('base64url');

/** Whether `kept`, the file as last parsed, still holds for `entry` as it is now. */
function stillHolds(kept: ParsedFile | undefined, entry: FolderEntry): boolean {
  if (!kept || kept.stamp !== entry.stamp) return false;
  if (kept.digest === undefined) return true;
  let text: string;
  try {
    text = readFileSync(entry.absolute, 'utf8');
  } catch {
    return false;
  }
  if (textDigest(text) !== kept.digest) return false;
  // Old enough now: its stamp will change with its next change.
  if (!entry.racy) delete kept.digest;
  return true;
}

/**
 * Partner files parsed by an earlier load, kept by a long-running process (the live content), so
 * a reload reads and parses only the files that changed (and all of them when the rules did: the
 * rules are the vocabulary partner files are checked against).
 */
export interface PartnerCache {
  /** The rules (and the scope) the kept results were parsed against. */
  rulesKey?: string;
  files: Map<string, ParsedFile>;
}

/** An empty cache for `loadPartners`. */
export function partnerCache(): PartnerCache {
  return { files: new Map() };
}

/** What a load found changed since the cache's last load (every partner, without a cache). */
export interface PartnerChanges {
  /** Slugs of partner files that were read and parsed again (new or changed). */
  changed: string[];
  /** Slugs of partner files that are gone. */
  removed: string[];
  /** The rules changed, so every file was parsed again. */
  all: boolean;
}

/** A partner file to parse, on this thread or a worker's. */
export interface FileToParse {
  name: string;
  absolute: string;
  /** Relative to the project, for messages. */
  file: string;
  /** Changed just before it was looked at: its parse gives the digest of the text it read (see ParsedResult). */
  racy?: boolean;
}

/** A file of the partners folder. */
interface FolderEntry extends FileToParse {
  stamp: string;
  /** Changed so shortly before it was looked at that its stamp cannot be trusted to change with it (see RACY_NS). */
  racy: boolean;
}

/**
 * How recently a file may have changed for its stamp alone to be trusted: a file system's clock
 * moves in ticks (a few milliseconds here, two seconds on some), and a second change within the
 * tick of the first leaves the same times, so a younger file is compared by its text as well.
 */
const RACY_NS = 2_000_000_000n;

/** How a load that has other work of its own shares this thread with the partner files' parse. */
export interface HandOff {
  /** Called once the files are handed out: the other work can start. */
  parsing: () => void;
  /** Settles when that work is done: only then does this thread take files of its own (parse-pool.ts). */
  joinAfter: Promise<unknown>;
}

/**
 * Loads all partner files; returns the valid partners, every problem, and what changed. With a
 * `cache`, unchanged files (same size, times and inode, same rules) are not read again. Many files
 * are parsed in worker threads beside this one (parse-pool.ts); the event loop keeps answering.
 */
export async function loadPartners(contentDir: string, displayRoot: string, rules: Rules, cache?: PartnerCache, scope: Scope = 'full', handOff?: HandOff): Promise<{ partners: (Partner | PartnerProfile)[]; issues: ContentIssue[]; warnings: ContentIssue[]; changes: PartnerChanges }> {
  const folder = path.join(contentDir, 'partners');
  const rulesKey = cache && `${scope} ${JSON.stringify(rules)}`;
  const all = !cache || cache.rulesKey !== rulesKey;
  if (cache && all) {
    cache.files.clear();
    cache.rulesKey = rulesKey;
  }
  const issues: ContentIssue[] = [];
  const entries: FolderEntry[] = [];
  // Stamps are for the cache: without one, the files are handed out without a stat each.
  for (const entry of await statFolder(folder, displayRoot, cache !== undefined)) {
    if (entry.name.startsWith('.') || entry.name === 'README.md') continue;
    if (entry.name.endsWith('.md')) entries.push(entry);
    else issues.push({ file: entry.file, path: '', message: 'only partner files named <slug>.md belong in this folder' });
  }
  const stale = entries.filter((e) => !stillHolds(cache?.files.get(e.name), e));
  const started = parseFiles(stale, rules, scope, handOff?.joinAfter);
  // The files are handed out (to workers, when many): what else the load reads can go on beside them.
  handOff?.parsing();
  const parsed = await started;
  stale.forEach((entry, i) => {
    const { digest, ...result } = parsed[i] as ParsedResult;
    cache?.files.set(entry.name, { stamp: entry.stamp, result, ...(digest === undefined ? {} : { digest }) });
  });
  const fresh = new Map(stale.map((e, i) => [e.name, parsed[i] as ParsedResult]));
  const warnings: ContentIssue[] = [];
  const partners: (Partner | PartnerProfile)[] = [];
  const files = new Map<string, string>();
  for (const entry of entries) {
    const result = fresh.get(entry.name) ?? cache?.files.get(entry.name)?.result as ParsedResult;
    issues.push(...result.issues);
    warnings.push(...result.warnings);
    files.set(entry.file, entry.absolute);
    if (result.partner) partners.push(result.partner);
  }
  const present = new Set(entries.map((e) => e.name));
  const removed: string[] = [];
  for (const name of cache?.files.keys() ?? []) {
    if (present.has(name)) continue;
    cache?.files.delete(name);
    removed.push(name.replace(/\.md$/, ''));
  }
  for (const problem of findDuplicates(partners)) {
    // Lines are looked up only for these (rare) problems: the file is read again for its positions.
    const absolute = files.get(problem.file);
    const line = absolute ? parseMarkdownSource(readFileSync(absolute, 'utf8'), problem.file).locate(problem.path) : undefined;
    issues.push({ file: problem.file, line, path: formatPath(problem.path), message: problem.message });
  }
  return { partners, issues, warnings, changes: { changed: stale.map((e) => e.name.replace(/\.md$/, '')), removed, all } };
}

/** Files parsed on this thread before letting other work run. */
const SLICE = 128;

/**
 * Starts the parse workers now when this load will want them (many partner files, none parsed
 * yet, the full scope), so they are ready when the rules, catalogs and docs have been read.
 */
export function prepareParse(contentDir: string, cache: PartnerCache | undefined, scope: Scope): void {
  if (scope === 'public' || (cache && cache.files.size > 0)) return;
  prestartWorkersFor(contentDir);
}

/** Parses `entries` against `rules`, in order: here in slices for a few, with worker threads beside for many. */
async function parseFiles(entries: readonly FolderEntry[], rules: Rules, scope: Scope, joinAfter?: Promise<unknown>): Promise<ParsedResult[]> {
  const here = parserFor(rules, scope);
  // Profiles alone parse fast enough here; workers would only add their memory.
  if (entries.length < PARALLEL_FROM || scope === 'public') {
    const out: ParsedResult[] = [];
    for (let i = 0; i < entries.length; i += SLICE) {
      if (i > 0) await setImmediate();
      out.push(...here(entries.slice(i, i + SLICE)));
    }
    return out;
  }
  return parseInParallel(entries, rules, scope, async (batch) => {
    await setImmediate();
    return here(batch);
  }, joinAfter);
}

/** Parses files (read from disk) against `rules` for `scope`: the parser of this thread and of the workers. */
export function parserFor(rules: Rules, scope: Scope): (files: readonly FileToParse[]) => ParsedResult[] {
  const schema = schemaForScope(rules, scope);
  return (files) => {
    // The whole batch is read first, then parsed: reading between parses (four system calls a
    // file) costs the parsing a fifth of its speed, in cold caches.
    const texts = files.map((f) => readFileSync(f.absolute, 'utf8'));
    return files.map((f, i) => {
      const text = texts[i] as string;
      const { partner, issues, warnings } = parsePartnerIn(scope, text, f.name, f.file, rules, schema);
      return f.racy ? { partner, issues, warnings, digest: textDigest(text) } : { partner, issues, warnings };
    });
  };
}

/**
 * Every file in `folder` in name order, with its stamp (size, times, inode) when `stamps` is set
 * (else an empty one); none when the folder is missing.
 */
async function statFolder(folder: string, displayRoot: string, stamps: boolean): Promise<FolderEntry[]> {
  let names: string[];
  try {
    names = (await readdir(folder, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const out: FolderEntry[] = [];
  const relative = path.relative(displayRoot, folder);
  const base = folder.endsWith(path.sep) ? folder : `${folder}${path.sep}`;
  const trustedBefore = BigInt(Date.now()) * 1_000_000n - RACY_NS;
  for (let i = 0; i < names.length; i++) {
    if (stamps && i > 0 && i % 1024 === 0) await setImmediate();
    const name = names[i] as string;
    // A file name from the folder's listing has no separator and is never `..`: joined as text
    // (path.join normalizes every one of 10,000 paths again).
    const absolute = `${base}${name}`;
    const info = stamps ? statSync(absolute, { bigint: true }) : undefined;
    const changed = info && (info.mtimeNs > info.ctimeNs ? info.mtimeNs : info.ctimeNs);
    out.push({
      name, absolute, file: relative ? `${relative}${path.sep}${name}` : name,
      stamp: info ? `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}` : '',
      racy: changed !== undefined && changed > trustedBefore,
    });
  }
  return out;
}

/** Two files for one partner: the same name, website, e-mail or a shared Telegram id (reported on both). */
export function findDuplicates(partners: readonly (Partner | PartnerProfile)[]): (Problem & { file: string })[] {
  const issues: (Problem & { file: string })[] = [];
  // What was seen first, by kind and value: the partner and where (the Telegram id's index).
  const seen = { name: new Map<string, [number, number]>(), website: new Map<string, [number, number]>(), email: new Map<string, [number, number]>(), telegram: new Map<string, [number, number]>() };
  type Kind = keyof typeof seen;
  const where = (kind: Kind, at: number): Problem['path'] => (kind === 'telegram' ? ['program', 'telegram', at] : [kind]);
  const see = (kind: Kind, value: string | undefined, index: number, at = 0) => {
    if (!value) return;
    const first = seen[kind].get(value);
    if (!first) {
      seen[kind].set(value, [index, at]);
      return;
    }
    // Reported on both files, so a pull request shows it wherever the reviewer looks.
    const what = kind === 'telegram' ? `the Telegram id ${value}` : kind === 'email' ? 'the same e-mail' : `the same ${kind}`;
    const why = `one partner has one file${kind === 'telegram' ? ', and one Telegram user belongs to one partner' : ''}`;
    const [firstIndex, firstAt] = first;
    const earlier = partners[firstIndex] as PartnerProfile;
    const partner = partners[index] as PartnerProfile;
    issues.push({ file: partner.file, path: where(kind, at), message: `${what} as ${earlier.file}: ${why}` });
    issues.push({ file: earlier.file, path: where(kind, firstAt), message: `${what} as ${partner.file}: ${why}` });
  };
  partners.forEach((partner, index) => {
    see('name', partner.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim(), index);
    see('website', partner.website ? new URL(partner.website).host.replace(/^www\./, '') : undefined, index);
    see('email', partner.email?.toLowerCase(), index);
    if ('program' in partner) partner.program.telegram.forEach((id, at) => see('telegram', id, index, at));
  });
  return issues;
}

/** Shared test helpers: the real rules, and partners built in code. */
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent, isMessage, renderMessage, SOURCE_LOCALE, translatorFor } from '../content/index.ts';
import type { Catalogs, Message, MessageWords, Partner, ProgramData, Rules, Translator } from '../content/index.ts';
import { loadCatalogs } from '../content/src/i18n/catalogs.ts';
import { loadRules } from '../content/src/load/rules.ts';

export const projectRoot = path.resolve(import.meta.dirname, '..');

/** The shipped rules from content/program/. */
export async function shippedRules(): Promise<Rules> {
  const { rules, issues } = await loadRules(path.join(projectRoot, 'content'), projectRoot);
  if (!rules || issues.length > 0) throw new Error(issues.map((i) => i.message).join('\n'));
  return rules;
}

/** The shipped rules with changes applied to a deep copy. */
export async function rulesWith(change: (rules: Rules) => void): Promise<Rules> {
  const rules = structuredClone(await shippedRules());
  change(rules);
  return rules;
}

/** Copies the shipped rules, docs, catalogs and glossaries into a content set (the bench's helper). */
export { copyContentBase } from '../scripts/bench/generate.ts';

/** A partner built in code: a Bronze partner approved on 2026-01-10 unless told otherwise. */
export function makePartner(overrides: Partial<Omit<Partner, 'program'>> = {}, program: Partial<ProgramData> = {}): Partner {
  return {
    slug: 'test-partner',
    file: 'content/partners/test-partner.md',
    name: 'Test Partner Ltd',
    status: 'bronze',
    country: 'DE',
    city: 'Berlin',
    languages: ['en'],
    services: ['licensing'],
    description: 'A test partner.',
    descriptionLanguage: 'en',
    descriptions: {},
    ...overrides,
    program: {
      applied: '2026-01-05',
      approved: '2026-01-10',
      statusSince: '2026-01-10',
      courses: {},
      nfr: [],
      endorsements: {},
      firstLineSupport: false,
      sales: [],
      bonuses: [],
      telegram: [],
      locations: [],
      ...program,
    },
  };
}

/** A sale for `makePartner`. */
export function sale(date: string, amount: number, client = `Client ${date}`, extra: { activated?: boolean; ownOrAffiliated?: boolean; currency?: string } = {}) {
  return { date, amount, client, currency: extra.currency ?? 'EUR', activated: extra.activated ?? true, ownOrAffiliated: extra.ownOrAffiliated ?? false };
}

/** The shipped content, checked. */
export async function shippedContent() {
  return checkContent({ dir: path.join(projectRoot, 'content') });
}

/** `T` with every engine message (`{ code, params }`) in words. */
export type InWords<T> = T extends Message ? string
  : T extends readonly (infer U)[] ? InWords<U>[]
    : T extends object ? { [K in keyof T]: InWords<T[K]> }
      : T;

/** `value` with every engine message put in `t`'s words: what a reader of that language sees. */
export function inWords<T>(t: MessageWords, value: T): InWords<T> {
  if (isMessage(value)) return renderMessage(t, value) as InWords<T>;
  if (Array.isArray(value)) return value.map((v: unknown) => inWords(t, v)) as InWords<T>;
  if (typeof value !== 'object' || value === null) return value as InWords<T>;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inWords(t, v)])) as InWords<T>;
}

/**
 * A copy of the shipped content (its files, not the content module's code) in a new temporary
 * folder, with `files` (paths inside the content folder → text) written over it; returns the
 * content folder (`<temp>/content`, so messages name files `content/…`). The caller removes `<temp>`.
 */
export async function contentWith(files: Record<string, string>): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'partner-hub-content-')), 'content');
  await cp(path.join(projectRoot, 'content'), dir, { recursive: true, filter: (src) => !src.endsWith('.ts') && !src.includes(`${path.sep}src`) });
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

/** The shipped catalogs (content/locales/). */
export async function shippedCatalogs(): Promise<Catalogs> {
  return (await loadCatalogs(path.join(projectRoot, 'content'), projectRoot)).catalogs;
}

/** The English words of the shipped catalogs, with the shipped money prefix. */
export async function englishWords(): Promise<Translator> {
  const rules = await shippedRules();
  return translatorFor(await shippedCatalogs(), SOURCE_LOCALE, rules.info.moneyPrefix);
}


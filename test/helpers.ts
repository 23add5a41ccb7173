/** Shared test helpers: the real rules, and partners built in code. */
import path from 'node:path';
import { checkContent } from '../content/index.ts';
import type { Partner, ProgramData, Rules } from '../content/index.ts';
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

/**
 * A fifth language as an admin adds it: a folder of catalogs (content/locales/fr/) and docs files
 * (content/docs/fr/), no code. The content check names what is still missing, file by file, and
 * the content module and the bot serve the language with English in every gap.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedLanguages, checkContent, formatIssue, matchLocale, ruleTextIds, translatorFor } from '../content/index.ts';
import { missingLanguageData } from '../content/src/understand/language.ts';
import type { CheckResult } from '../content/src/load/content.ts';
import type { Harness } from './bot/harness.ts';
import { startHarness } from './bot/harness.ts';
import { contentWith, projectRoot } from './helpers.ts';

const english = (file: string) => readFile(path.join(projectRoot, 'content/locales/en', file), 'utf8');

/** The ids of the messages and terms of a Fluent file, in order, read plainly from its text. */
const idsOf = (text: string) => [...text.matchAll(/^(-?[a-zA-Z][\w-]*) *=/gm)].map((m) => m[1] as string);

/** The English site messages the partial French site.ftl leaves out. */
const LEFT_OUT = ['site-skip-link', 'site-menu', 'site-nav-partners'];

const frenchPage = `---
title: Copies NFR
description: "Vos copies gratuites, hors revente : à quoi elles servent et ce que permet l'abonnement cloud."
order: 6
---

NFR veut dire « not for resale », hors revente. L'abonnement cloud NFR donne {{nfrCloud.storageGb}} Go de stockage ; son [statut](statuses.md) dit combien vous en recevez.

## Abonnement cloud

Il fonctionne comme l'offre professionnelle.
`;

/** Everything the check says about French: warnings on its files and on the understanding's. */
const aboutFrench = (result: CheckResult) => result.warnings.filter((w) => /\/fr(\/|\.yaml$)/.test(w.file)).map(formatIssue);

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(path.dirname(dir), { recursive: true, force: true });
});

describe('a fifth language with a few files', () => {
  let dir: string;
  let result: CheckResult;
  let site: string;
  beforeAll(async () => {
    site = await english('site.ftl');
    const partialSite = site.split('\n')
      .filter((line) => !LEFT_OUT.some((id) => line.startsWith(`${id} =`)))
      .map((line) => (line.startsWith('site-nav-program =') ? 'site-nav-program = Programme' : line))
      .join('\n');
    dir = await contentWith({
      'locales/fr/common.ftl': 'partners-count = { $count ->\n    [one] un partenaire\n   *[other] { NUMBER($count) } partenaires\n}\n',
      'locales/fr/site.ftl': partialSite,
      'docs/fr/nfr.md': frenchPage,
    });
    dirs.push(dir);
    result = await checkContent({ dir });
  });

  it('passes the check: a language in progress has warnings, never problems', () => {
    expect(result.issues.map(formatIssue)).toEqual([]);
  });

  it('names exactly what French still lacks: each docs page, each catalog file, the rules\' words, the understanding\'s data', async () => {
    const docs = (result.content?.docs ?? []).map((d) => d.slug).filter((slug) => slug !== 'nfr').sort();
    const bot = idsOf(await english('bot.ftl'));
    const cli = idsOf(await english('cli.ftl'));
    const program = idsOf(await english('program.ftl'));
    const rules = result.content?.rules;
    if (!rules) throw new Error('the content did not load');
    const ruleWords = [...ruleTextIds(rules).keys()];
    const first = (ids: string[]) => `${ids.slice(0, 8).join(', ')}, and ${ids.length - 8} more`;
    const lineOf = (id: string) => site.split('\n').findIndex((l) => l.startsWith(`${id} =`)) + 1;
    expect(docs).toHaveLength(11);
    expect(aboutFrench(result)).toEqual([
      ...docs.map((slug) => `content/docs/fr/${slug}.md: warning: not translated into French yet: the site shows the English page content/docs/en/${slug}.md there, with a line saying so`),
      `content/locales/fr/bot.ftl: warning: there is no French bot.ftl yet, so its ${bot.length} messages show in English: copy content/locales/en/bot.ftl here and translate it (${first(bot)})`,
      `content/locales/fr/cli.ftl: warning: there is no French cli.ftl yet, so its ${cli.length} messages show in English: copy content/locales/en/cli.ftl here and translate it (${first(cli)})`,
      `content/locales/fr/program.ftl: warning: there is no French program.ftl yet, so its ${program.length} messages show in English: copy content/locales/en/program.ftl here and translate it (${first(program)})`,
      `content/locales/fr/program.ftl: warning: ${ruleWords.length} of the rules' own words are not translated into French yet, so they show in English: ${first(ruleWords)}; write each here under its id, from the English in content/program/ (a translated program.ftl lists them all under "The rules' own words")`,
      ...LEFT_OUT.map((id) => `content/locales/fr/site.ftl: warning: ${id}: is not translated into French yet (content/locales/en/site.ftl:${lineOf(id)}); it shows in English`),
      "content/src/understand/languages/fr.yaml: warning: the understanding does not read French yet, so the bot reads questions in French as English (it answers those asked in English) and the site's French search stems and finds synonyms the English way: write this file like de.yaml (stemmer: french), then content/glossary/fr.yaml for French synonyms",
    ]);
    expect(bot.length).toBeGreaterThan(400);
  });

  it('serves French from its folder alone: address prefix, own name, Accept-Language', () => {
    const locales = result.content?.catalogs.locales ?? [];
    expect(locales.find((l) => l.id === 'fr')).toEqual({ id: 'fr', prefix: 'fr', name: 'Français' });
    expect(matchLocale(acceptedLanguages('fr-CA,fr;q=0.9,en;q=0.8'), locales)?.id).toBe('fr');
  });

  it('writes French where it has a message, English where it has none, French figures either way', () => {
    const content = result.content;
    if (!content) throw new Error('the content did not load');
    const t = translatorFor(content.catalogs, 'fr', content.rules.info.moneyPrefix);
    expect(t.t('site-nav-program')).toBe('Programme');
    expect(t.t('partners-count', { count: 1 })).toBe('un partenaire');
    expect(t.t('site-nav-partners')).toBe('Find a partner');
    expect(t.has('site-nav-partners')).toBe(false);
    expect(t.t('bot-answer-yes')).toBe('Yes.');
    expect(t.money(2500)).toBe(`${content.rules.info.moneyPrefix}2\u202f500`);
    expect(t.day('2026-12-01')).toBe('1 décembre 2026');
  });

  it('shows the French docs page, the English one for every other, in the English order', () => {
    const content = result.content;
    const french = content?.docsByLocale.get('fr') ?? [];
    expect(french.map((d) => d.slug)).toEqual(content?.docs.map((d) => d.slug));
    expect(french.filter((d) => d.locale === 'fr').map((d) => [d.slug, d.title, d.file])).toEqual([['nfr', 'Copies NFR', 'content/docs/fr/nfr.md']]);
    expect(french.find((d) => d.slug === 'statuses')?.file).toBe('content/docs/en/statuses.md');
    // The rules' figures in the French page are written the French way.
    expect(french.find((d) => d.slug === 'nfr')?.body).toMatch(/donne \d+ Go de stockage/);
  });
});

describe('the understanding\'s data for a language', () => {
  it('is asked for by language, with its stemmer where one is at hand, and where none is, what to do', () => {
    // Brazilian Portuguese reads the understanding's pt; German has its data.
    expect(missingLanguageData(['en', 'de', 'pt-BR'])).toEqual([]);
    expect(missingLanguageData(['it', 'pl-PL', 'pl']).map(formatIssue)).toEqual([
      "content/src/understand/languages/it.yaml: warning: the understanding does not read Italian yet, so the bot reads questions in Italian as English (it answers those asked in English) and the site's Italian search stems and finds synonyms the English way: write this file like de.yaml (stemmer: italian), then content/glossary/it.yaml for Italian synonyms",
      "content/src/understand/languages/pl.yaml: warning: the understanding does not read Polish yet, so the bot reads questions in Polish as English (it answers those asked in English) and the site's Polish search stems and finds synonyms the English way: write this file like de.yaml (a stemmer: content/src/understand/stem.ts has english, german, spanish, portuguese, french, italian, dutch; add Polish's there from @orama/stemmers if it has one), then content/glossary/pl.yaml for Polish synonyms",
    ]);
  });
});

describe('a fifth language with every catalog', () => {
  it('leaves the check only the docs pages to translate and the understanding\'s data', async () => {
    const loaded = await checkContent({ dir: path.join(projectRoot, 'content') });
    const rules = loaded.content?.rules;
    if (!rules) throw new Error('the shipped content did not load');
    const words = [...ruleTextIds(rules)].map(([id, text]) => `${id} = ${text.replace(/\n/g, ' ')}`).join('\n');
    const dir = await contentWith({
      'locales/fr/common.ftl': await english('common.ftl'),
      'locales/fr/site.ftl': await english('site.ftl'),
      'locales/fr/bot.ftl': await english('bot.ftl'),
      'locales/fr/cli.ftl': await english('cli.ftl'),
      'locales/fr/program.ftl': `${await english('program.ftl')}\n${words}\n`,
      'docs/fr/nfr.md': frenchPage,
    });
    dirs.push(dir);
    const result = await checkContent({ dir });
    expect(result.issues.map(formatIssue)).toEqual([]);
    const said = aboutFrench(result);
    expect(said.filter((w) => w.startsWith('content/locales/'))).toEqual([]);
    expect(said.filter((w) => w.startsWith('content/docs/fr/'))).toHaveLength((result.content?.docs.length ?? 0) - 1);
    expect(said.filter((w) => w.startsWith('content/src/'))).toHaveLength(1);
  });
});

describe('the bot for a user whose Telegram is set to French', () => {
  let h: Harness;
  beforeAll(async () => {
    const dir = await contentWith({ 'locales/fr/common.ftl': 'partners-count = { $count ->\n    [one] un partenaire\n   *[other] { NUMBER($count) } partenaires\n}\n' });
    dirs.push(dir);
    h = await startHarness({ contentDir: dir });
  });
  afterAll(() => h.close());

  it('takes French as their language, in English words until bot.ftl is translated, with French figures', async () => {
    const chat = h.chat({ userId: 710000001, languageCode: 'fr' });
    expect(await chat.send('/start')).toContain("👋 Hi! I'm the Partner Program assistant.");
    expect(await h.deps.store.userLanguage(710000001)).toBe('fr');
    expect(await chat.send('/tiers')).toContain('$/€2\u202f500');
    expect(await chat.send('/language')).toContain('✓ Français');
  });

  it('answers a question asked in English, and says to ask in English when a French one is not made out', async () => {
    const chat = h.chat({ userId: 710000002, languageCode: 'fr' });
    expect(await chat.send('How long is the NFR subscription valid?')).toMatch(/^The NFR cloud subscription runs for 6 months/);
    const reply = await chat.send('Combien de temps dure l\'abonnement NFR gratuit ?');
    expect(reply).toMatch(/^🤷 I don't know that one/);
    expect(reply.trimEnd().split('\n').at(-1)).toBe("I can't read questions in your language yet, only in English: ask me in English and I'll understand.");
  });

  it('does not say so to a user whose language the understanding reads', async () => {
    const reply = await h.chat({ userId: 710000003, languageCode: 'de' }).send('Wie heißt der Hund des Geschäftsführers?');
    expect(reply).not.toContain('Englisch');
    expect(reply).not.toContain('your language');
  });
});

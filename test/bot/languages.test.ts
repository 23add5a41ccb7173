/**
 * The bot in every language of the catalogs: every command and a reminder, with no message id
 * left in a reply (an id showing means a message no catalog has); the user's language from
 * Telegram at first contact, /language, and the command menu per language. A tiny German catalog
 * (test/fixtures/locales/de/) proves a German user gets German, and English where German lacks a
 * message; the catalog checks say what a language lacks.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluatePartner } from '../../content/index.ts';
import type { Content, Partner } from '../../content/index.ts';
import { loadCatalogs, ruleTextWarnings } from '../../content/src/i18n/catalogs.ts';
import { commandMenu, setCommandMenus } from '../../bot/bot.ts';
import { parseTelegramHtml } from '../../bot/dev/telegram-html.ts';
import { shortCountryName } from '../../bot/features/find-query.ts';
import { wordsFor } from '../../bot/i18n/words.ts';
import { reminderText } from '../../bot/reminders/message.ts';
import { projectRoot, shippedContent } from '../helpers.ts';
import type { Harness } from './harness.ts';
import { LAKESHORE_USER, SITE, startHarness, STRANGER } from './harness.ts';
import { startRig } from './reminders-harness.ts';

/** A message id of the catalogs, as it would show when no catalog has the message. */
const MESSAGE_ID = /\b(?:bot|rule|req|missing|deadline|consequence|compare|figure|advice|standing|todo)-[a-z0-9]+(?:-[a-z0-9]+)*\b/;

/** A copy of the shipped content whose German catalog is the test fixture's. */
async function contentWithGermanFixture(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bot-languages-'));
  await cp(path.join(projectRoot, 'content'), dir, { recursive: true, filter: (src) => !src.endsWith('.ts') && !src.includes(`${path.sep}src`) });
  await rm(path.join(dir, 'locales', 'de'), { recursive: true, force: true });
  await cp(path.join(projectRoot, 'test/fixtures/locales/de'), path.join(dir, 'locales', 'de'), { recursive: true });
  return dir;
}

let shipped: Content;
let lakeshore: Partner;
beforeAll(async () => {
  const loaded = await shippedContent();
  if (!loaded.content) throw new Error('the shipped content does not load');
  shipped = loaded.content;
  lakeshore = shipped.partners.find((p) => p.slug === 'lakeshore-workflow') as Partner;
});

describe('the catalogs', () => {
  it('every language has every English message, with the same variables', () => {
    const english = shipped.catalogs.messages.get('en');
    expect(english?.size).toBeGreaterThan(100);
    for (const { id } of shipped.catalogs.locales.filter((l) => l.id !== 'en')) {
      const own = shipped.catalogs.messages.get(id);
      const lacking = [...(english?.keys() ?? [])].filter((key) => !own?.has(key));
      expect({ id, lacking }).toEqual({ id, lacking: [] });
      for (const [key, info] of own ?? []) {
        const unknown = [...info.variables].filter((v) => !english?.get(key)?.variables.has(v));
        expect({ id, key, unknown }).toEqual({ id, key, unknown: [] });
      }
    }
  });

  it('has every message the bot names in its code', async () => {
    const files = (await readdir(path.join(projectRoot, 'bot'), { recursive: true })).filter((f) => f.endsWith('.ts'));
    const named = new Set<string>();
    for (const file of files) {
      for (const m of (await readFile(path.join(projectRoot, 'bot', file), 'utf8')).matchAll(/['`](bot-[a-z0-9]+(?:-[a-z0-9]+)*)['`]/g)) named.add(m[1] as string);
    }
    expect(named.size).toBeGreaterThan(200);
    expect([...named].filter((id) => !shipped.catalogs.messages.get('en')?.has(id))).toEqual([]);
  });

  it('says what a language lacks and rejects a variable English does not give', async () => {
    const dir = await contentWithGermanFixture();
    try {
      await writeFile(path.join(dir, 'locales/de/extra.ftl'), 'bot-check-discount = Rabatt: { PERCENT($prozent) }\n');
      const { issues, warnings } = await loadCatalogs(dir, dir);
      expect(issues.map((i) => `${i.file}: ${i.path}: ${i.message}`)).toEqual([
        expect.stringMatching(/^locales\/de\/extra\.ftl: bot-check-discount: uses \{\$prozent\}, which the English message \(locales\/en\/bot\.ftl:\d+\) does not give; use only \{\$percent\}$/),
      ]);
      const said = warnings.map((w) => `${w.file}: ${w.path ? `${w.path}: ` : ''}${w.message}`);
      // A few messages left in a file are named one by one with their English line; many, counted in one line.
      expect(said).toContainEqual(expect.stringMatching(/^locales\/de\/common\.ftl: partners-count: is not translated into German yet \(locales\/en\/common\.ftl:\d+\); it shows in English$/));
      expect(said).toContainEqual(expect.stringMatching(/^locales\/de\/bot\.ftl: \d+ of the \d+ messages of locales\/en\/bot\.ftl are not translated into German yet, so they show in English: bot-[a-z-]+(, bot-[a-z-]+){7}, and \d+ more; /));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('takes the rules\' words, which English keeps in the rules, and names a misspelt one', async () => {
    const dir = await contentWithGermanFixture();
    try {
      await writeFile(path.join(dir, 'locales/de/rules.ftl'), 'rule-status-gold = Gold\nrule-status-silverr = Silber\nbot-no-such-message = Nichts\n');
      const { catalogs, warnings } = await loadCatalogs(dir, dir);
      const about = (key: string) => [...warnings, ...ruleTextWarnings(catalogs, shipped.rules, dir, dir)].filter((w) => w.path === key).map((w) => w.message);
      expect(about('rule-status-gold')).toEqual([]);
      expect(about('rule-status-silverr')).toEqual(["is not one of the rules' words, so nothing shows it; did you mean rule-status-silver? (the rules' words are named after their ids in content/program/)"]);
      expect(about('bot-no-such-message')).toEqual(['is not in the English catalog, so nothing shows it; remove it or add it to English first']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** The command menu's first and /tiers entries as each shipped language (besides English and the German fixture) words them. */
const MENU: Record<string, [string, string]> = {
  es: ['Lo que puedo hacer', 'Los niveles, uno junto a otro'],
  'pt-BR': ['O que eu sei fazer', 'Os status lado a lado'],
};

/** Figures as each language writes them: a day, an amount of money and a plural. */
const PINNED: Record<string, { day: string; money: string; days?: string }> = {
  en: { day: '1 December 2026', money: '$/€2,500', days: 'in 3 days' },
  de: { day: '1. Dezember 2026', money: '$/€2.500', days: 'in 3 Tagen' },
  es: { day: '1 de diciembre de 2026', money: '$/€2500', days: 'en 3 días' },
  'pt-BR': { day: '1 de dezembro de 2026', money: '$/€2.500', days: 'daqui a 3 dias' },
};

describe('figures in each language', () => {
  it('names countries as each language writes them, Brazil\'s Portuguese included', () => {
    expect(['en', 'de', 'es', 'pt-BR'].map((locale) => wordsFor(shipped, locale).country('PL'))).toEqual(['Poland', 'Polen', 'Polonia', 'Polônia']);
  });

  it.each(['en', 'es', 'pt-BR'])('%s: a day and money as the language writes them', (locale) => {
    const t = wordsFor({ catalogs: { ...shipped.catalogs, locales: [...shipped.catalogs.locales, { id: locale, prefix: locale.toLowerCase(), name: locale }] }, rules: shipped.rules }, locale);
    expect([t.day('2026-12-01'), t.money(2500)]).toEqual([PINNED[locale]?.day, PINNED[locale]?.money]);
  });

  it('every shipped language has its figures pinned here', () => {
    for (const { id } of shipped.catalogs.locales) expect(PINNED[id], `pin a day, money and a plural for ${id}`).toBeDefined();
  });

  it.each(['es', 'pt-BR'])('%s: a plural from the shipped catalog', (locale) => {
    const t = wordsFor(shipped, locale);
    expect(t.plain('bot-days', { days: 3 })).toBe(PINNED[locale]?.days);
  });

  it('Spanish and Brazilian Portuguese: one and several, by the language\'s plural rules', () => {
    const probation = (locale: string, days: number) => wordsFor(shipped, locale).plain('bot-tiers-probation', { days, items: '…' });
    expect([probation('es', 1), probation('es', 90)]).toEqual(['En un plazo de 1 día desde la aprobación: …', 'En un plazo de 90 días desde la aprobación: …']);
    expect([probation('pt-BR', 1), probation('pt-BR', 90)]).toEqual(['Em até 1 dia após a aprovação: …', 'Em até 90 dias após a aprovação: …']);
  });

  it('shortens a long country name for a /find button in the language\'s own words, Brazil\'s Portuguese included', () => {
    const short = (locale: string, code: string) => shortCountryName(code, wordsFor(shipped, locale).country(code), locale);
    // The country library's only Portuguese is Portugal's ("Bósnia-Herzegovina"); German keeps its shorter common name.
    expect([short('pt-BR', 'BA'), short('pt-BR', 'HK'), short('de', 'GB'), short('en', 'GB')]).toEqual(['Bósnia e Herzegovina', 'Hong Kong', 'Großbritannien', 'United Kingdom']);
  });

  it('English and German: a plural from the catalog', async () => {
    const dir = await contentWithGermanFixture();
    try {
      const { catalogs } = await loadCatalogs(dir, dir);
      for (const locale of ['en', 'de']) {
        const t = wordsFor({ catalogs, rules: shipped.rules }, locale);
        expect([t.day('2026-12-01'), t.money(2500), t.plain('bot-days', { days: 3 })]).toEqual([PINNED[locale]?.day, PINNED[locale]?.money, PINNED[locale]?.days]);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('every command in every shipped language', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const commands = ['/start', '/help', '/tiers', '/find', '/find de', '/check', '/status', '/deadlines', '/reminders', '/leads', '/language', 'How long is the NFR subscription valid?', 'when is my review?'];

  it('has the shipped languages to go through', () => {
    expect(h.deps.content.current().content.catalogs.locales.map((l) => l.id)).toContain('en');
  });

  /** What is still to do for Lakeshore, as /status and a question about Gold put it in each language. */
  const TO_DO: Record<string, [string, string]> = {
    en: ['To do: sell $/€1,200 more by 20 December 2026', 'To move up to Gold (1 of 6 met) you still need to:\n• sell $/€6,200 more to reach $/€10,000 in sales as a Silver partner over the last 12 months\n• complete the Partner Marketing Course'],
    de: ['Noch zu tun: bis zum 20. Dezember 2026 weitere $/€1.200 Umsatz erzielen', 'Für den Aufstieg zu Gold (1 von 6 erfüllt) müssen Sie noch:\n• weitere $/€6.200 Umsatz erzielen, um $/€10.000 Umsatz im Status Silber in den letzten 12 Monaten zu erreichen\n• Partner-Marketingkurs abschließen'],
    es: ['Falta: vender $/€1200 más a más tardar el 20 de diciembre de 2026', 'Para subir a Gold todavía necesitas (1 de 6 cumplidos):\n• vender $/€6200 más para llegar a $/€10.000 en ventas como partner Silver en los últimos 12 meses\n• completar el Curso de Marketing para Partners'],
    'pt-BR': ['Falta: vender mais $/€1.200 até 20 de dezembro de 2026', 'Para subir para o Gold (1 de 6 cumpridos), ainda falta:\n• vender mais $/€6.200 para chegar a $/€10.000 em vendas como parceiro Silver nos últimos 12 meses\n• concluir o Curso de Marketing para Parceiros'],
  };

  for (const locale of Object.keys(TO_DO)) {
    it(`${locale}: what is still to do reads as things to do`, async (context) => {
      if (!h.deps.content.current().content.catalogs.locales.some((l) => l.id === locale)) return context.skip();
      const chat = h.chat({ userId: LAKESHORE_USER });
      await chat.pressData(`l:${locale}`);
      const [status, gold] = TO_DO[locale] as [string, string];
      expect(await chat.send('/status')).toContain(status);
      expect(await chat.send('what do I still need for Gold?')).toContain(gold);
    });
  }

  for (const locale of ['en', 'de', 'es', 'pt-BR']) {
    it(`${locale}: no reply shows a message id`, async (context) => {
      const available = h.deps.content.current().content.catalogs.locales;
      if (!available.some((l) => l.id === locale)) return context.skip();
      const chat = h.chat({ userId: LAKESHORE_USER });
      // Chosen with /language, as a user would.
      await chat.pressData(`l:${locale}`);
      expect(await h.deps.store.userLanguage(LAKESHORE_USER)).toBe(locale);
      for (const command of commands) {
        const reply = await chat.send(command);
        expect(reply, `${locale} ${command}`).not.toMatch(MESSAGE_ID);
        expect(reply.trim(), `${locale} ${command}`).not.toBe('');
      }
      const t = wordsFor(h.deps.content.current().content, locale);
      const review = evaluatePartner(lakeshore, shipped.rules, '2026-12-17').deadlines.filter((d) => d.kind === 'annual-review');
      const reminder = parseTelegramHtml(reminderText(t, shipped, SITE, lakeshore, review, '2026-12-17').value).plain;
      expect(reminder).not.toMatch(MESSAGE_ID);
      expect(reminder).toContain(t.day('2026-12-20'));
    });
  }
});

describe('a German user (the test fixture catalog)', () => {
  let h: Harness;
  let dir: string;
  beforeAll(async () => {
    dir = await contentWithGermanFixture();
    h = await startHarness({ contentDir: dir });
  });
  afterAll(async () => {
    await h.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('gets German from the first message, from their Telegram language, and English where German has no message yet', async () => {
    const chat = h.chat({ userId: 700000001, languageCode: 'de' });
    const start = await chat.send('/start');
    expect(start).toContain('👋 Hallo! Ich bin der Assistent des Partner Program.');
    // The menu's buttons are not translated in the fixture: English, never an id.
    expect(start).toContain('[1] 📊 Statuses');
    expect(await h.deps.store.userLanguage(700000001)).toBe('de');
    expect(await chat.send('/help')).toContain('/tiers — the statuses side by side');
  });

  it('keeps English for a language there is no catalog for', async () => {
    const chat = h.chat({ userId: 700000002, languageCode: 'fr' });
    expect(await chat.send('/start')).toContain("👋 Hi! I'm the Partner Program assistant.");
    expect(await h.deps.store.userLanguage(700000002)).toBeUndefined();
  });

  it('/language offers every language by its own name and remembers the choice', async () => {
    const chat = h.chat({ userId: STRANGER });
    const menu = await chat.send('/language');
    expect(menu).toContain('In which language shall I write to you?');
    expect(menu).toContain('[1] ✓ English   [2] Deutsch');
    expect(await chat.press('Deutsch')).toContain('Ab jetzt schreibe ich Ihnen auf Deutsch.');
    expect(await h.deps.store.userLanguage(STRANGER)).toBe('de');
    expect(await chat.send('/start')).toContain('Hallo!');
    expect(await chat.send('/language')).toContain('In welcher Sprache soll ich Ihnen schreiben?');
    expect(await chat.press('English')).toContain('From now on I write to you in English.');
    expect(await chat.send('/start')).toContain('Hi!');
  });

  it('a stored language wins over the Telegram one', async () => {
    await h.deps.store.setUserLanguage(700000003, 'en', new Date());
    expect(await h.chat({ userId: 700000003, languageCode: 'de' }).send('/start')).toContain('Hi!');
  });

  it('/status, /deadlines and a reminder in German, the rules\' words translated where German has them', async () => {
    const chat = h.chat({ userId: LAKESHORE_USER });
    await chat.pressData('l:de');
    expect(await chat.send('/status')).toContain('Silber seit ');
    const deadlines = await chat.send('/deadlines');
    expect(deadlines).toContain('Anstehende Fristen für Lakeshore Workflow Inc.');
    expect(deadlines).toContain('20. Dezember 2026 · in 26 Tagen');
    expect(deadlines).toContain('Jährliche Überprüfung');
    const t = wordsFor(h.deps.content.current().content, await h.deps.store.userLanguage(LAKESHORE_USER));
    const review = evaluatePartner(lakeshore, shipped.rules, '2026-12-17').deadlines.filter((d) => d.kind === 'annual-review');
    const reminder = parseTelegramHtml(reminderText(t, shipped, SITE, lakeshore, review, '2026-12-17').value).plain;
    expect(reminder).toContain('⏰ Jährliche Überprüfung · in 3 Tagen');
    expect(reminder).toContain('📅 Fällig am 20. Dezember 2026');
    expect(reminder).toContain('weitere $/€1.200 Umsatz erzielen');
  });

  it('reads a question written in German in German, where the understanding has German', async () => {
    const chat = h.chat({ userId: 700000005, languageCode: 'de' });
    expect(await chat.send('Werden Bronze-Partner im Partnerverzeichnis angezeigt?')).toMatch(/^Nein\./);
  });

  it('reads a question written in English in English, and answers it in German words', async () => {
    const chat = h.chat({ userId: 700000004, languageCode: 'de' });
    expect(await chat.send('Can Bronze extend the NFR cloud subscription?')).toMatch(/^Nein\./);
  });

  it('sends a reminder in the language stored for its recipient, through the reminder service', async () => {
    const rig = await startRig({ contentDir: dir, at: '2026-12-13T15:00:00Z' });
    try {
      await rig.deps.store.seeUser(LAKESHORE_USER, new Date('2026-01-01T00:00:00Z'));
      await rig.deps.store.setUserLanguage(LAKESHORE_USER, 'de', new Date('2026-01-01T00:00:00Z'));
      await rig.service.tick();
      const [message] = rig.received(LAKESHORE_USER).filter((m) => m.text.startsWith('⏰ Jährliche Überprüfung'));
      expect(message?.text.split('\n').slice(0, 4)).toEqual([
        '⏰ Jährliche Überprüfung · in 7 Tagen',
        'Annual review of your Silber status (Lakeshore Workflow Inc.)',
        '📅 Fällig am 20. Dezember 2026',
        'Still to do: weitere $/€1.200 Umsatz erzielen by 20. Dezember 2026',
      ]);
    } finally {
      await rig.close();
    }
  });

  it('sets the command menu for English and for each other language', async () => {
    const calls: { commands: readonly { command: string; description: string }[]; other?: { language_code?: string } }[] = [];
    const content = h.deps.content.current().content;
    await setCommandMenus({ setMyCommands: async (commands, other) => { calls.push({ commands, other }); return true; } }, content);
    expect(calls.map((c) => [c.other?.language_code, c.commands.find((x) => x.command === 'start')?.description, c.commands.find((x) => x.command === 'tiers')?.description])).toEqual([
      [undefined, 'What I can do', 'The statuses side by side'],
      ['de', 'Was ich kann', 'The statuses side by side'],
      // The shipped catalogs beside the fixture's German.
      ...shipped.catalogs.locales.filter((l) => !['en', 'de'].includes(l.id)).map((l) => [l.id.split('-')[0], MENU[l.id]?.[0], MENU[l.id]?.[1]]),
    ]);
    expect(commandMenu(wordsFor(content, 'de')).map((c) => c.command)).toContain('language');
  });
});

/** Problems in the rules files and the docs are reported like partner problems: file, line, field, fix. */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatIssue, loadContent } from '../content/index.ts';
import type { ContentIssue } from '../content/index.ts';
import { projectRoot } from './helpers.ts';

const temp: string[] = [];
afterAll(async () => {
  await Promise.all(temp.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A copy of the shipped content with `edits` applied (file path -> text transform). */
async function contentWithEdits(edits: Record<string, (text: string) => string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'partner-hub-rules-'));
  temp.push(root);
  const dir = path.join(root, 'content');
  await cp(path.join(projectRoot, 'content'), dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}src`) && !src.endsWith('.ts') });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    await writeFile(target, edit(await readFile(target, 'utf8')));
  }
  return dir;
}

const messages = async (dir: string) => (await checkContent({ dir })).issues.map(formatIssue).join('\n');

describe('rules files', () => {
  it('report wrong values and ids that point nowhere, with their line', async () => {
    const dir = await contentWithEdits({
      'program/statuses.yaml': (t) => t.replace('days: 90', 'days: -90').replace('listing: featured', 'listing: top'),
      'program/timelines.yaml': (t) => t.replace('  days: 7', '  days: seven'),
    });
    expect(await messages(dir)).toMatchInlineSnapshot(`
      "content/program/statuses.yaml:26: statuses[0].probation.days: expected more than 0, found the number -90
      content/program/statuses.yaml:109: statuses[2].listing: expected one of 'none', 'listed', 'featured', found 'top'
      content/program/timelines.yaml:4: activation.days: expected a number, found 'seven'"
    `);
  });

  it('report a missing rules file', async () => {
    const dir = await contentWithEdits({});
    await rm(path.join(dir, 'program/leads.yaml'));
    expect(await messages(dir)).toMatchInlineSnapshot(`"content/program/leads.yaml: is missing: every rules file in content/program/ is required"`);
  });

  it('check cross-file rules once every file is valid: ids and docs links', async () => {
    const dir = await contentWithEdits({
      'program/statuses.yaml': (t) => t.replace('course: sales', 'course: selling'),
      'program/nfr.yaml': (t) => t.replace('extendableFor: [silver, gold]', 'extendableFor: [silver, platinum]'),
      'program/deadlines.yaml': (t) => t.replace('docs: bonuses#kickstart-bonus', 'docs: bonuses#kickstart'),
    });
    expect(await messages(dir)).toMatchInlineSnapshot(`
      "content/program/deadlines.yaml:10: kinds.kickstart-expiry.docs: the page 'bonuses' has no section '#kickstart' (sections: kickstart-bonus, award-bonus, what-bonuses-can-pay-for)
      content/program/nfr.yaml:6: cloud.extendableFor[1]: 'platinum' is not a status in statuses.yaml (known: bronze, silver, gold)
      content/program/statuses.yaml:75: statuses[1].entry.requires[5].course: 'selling' is not a course in courses.yaml (known: tutorial, sales, marketing)"
    `);
  });
});

describe('text limits in rules files and docs', () => {
  it('name the field, its length and the limit in a rules file', async () => {
    const dir = await contentWithEdits({
      'program/program.yaml': (t) => t.replace('moneyPrefix: "$/€"', 'moneyPrefix: "US dollars or euros: "'),
      'program/statuses.yaml': (t) => t.replace('    name: Gold', `    name: ${'Gold '.repeat(20).trim()}`)
        .replace('text: Your apps placed in the Marketplace', `text: ${'Your apps placed in the Marketplace, '.repeat(8).trim()}`),
    });
    expect(await messages(dir)).toMatchInlineSnapshot(`
      "content/program/program.yaml:11: moneyPrefix: is 21 characters long; keep it to 10 or fewer
      content/program/statuses.yaml:49: statuses[0].benefits[1].text: is 295 characters long; keep it to 200 or fewer
      content/program/statuses.yaml:107: statuses[2].name: is 99 characters long; keep it to 60 or fewer"
    `);
  });

  it('name the field, its length and the limit in a docs page', async () => {
    const dir = await contentWithEdits({
      'docs/en/nfr.md': (t) => t.replace('title: NFR copies', `title: ${'NFR copies and more '.repeat(5).trim()}`)
        .replace(/^description: .*$/m, `description: ${'A sentence far too long for a search result. '.repeat(4).trim()}`),
    });
    expect(await messages(dir)).toMatchInlineSnapshot(`
      "content/docs/en/nfr.md:2: title: is 99 characters long; keep it to 80 or fewer
      content/docs/en/nfr.md:3: description: is 179 characters long; keep it to 160 or fewer (it is shown in search results)"
    `);
  });
});

describe('docs', () => {
  it('report an unknown figure with a suggestion, on its line', async () => {
    const dir = await contentWithEdits({
      'docs/en/bonuses.md': (t) => t.replace('{{kickstart.amount}}', '{{kickstart.amout}}'),
      'docs/en/nfr.md': (t) => t.replace(/^order: .*$/m, 'order: six'),
    });
    expect(await messages(dir)).toMatchInlineSnapshot(`
      "content/docs/en/bonuses.md:15: {{kickstart.amout}} is not a figure from the rules; did you mean {{kickstart.amount}}? (see content/src/figures.ts for the list)
      content/docs/en/nfr.md:4: order: expected a number, found 'six'"
    `);
  });

  it('report a link to a page or section that does not exist, on its line, with the link to write', async () => {
    const dir = await contentWithEdits({
      'docs/en/bonuses.md': (t) => t.replace('(nfr.md#cloud-subscription)', '(nfr.md#cloud-subscriptions)').replace('(training.md#partner-program-tutorial)', '(./training/#partner-program-tutorial)'),
      'docs/en/index.md': (t) => t.replace('(joining.md)', '(joinning.md)').replace('(leads.md)', '(/program/leads/)'),
      'docs/en/statuses.md': (t) => t.replace('(#how-we-read-the-rules)', '(#how-we-read-rules)').replace('(leads.md)', '(leads.md#)'),
      'docs/en/support.md': (t) => t.replace('(fair-practice.md)', '(?page=2)'),
    });
    expect(await messages(dir)).toMatchInlineSnapshot(`
      "content/docs/en/bonuses.md:17: the link 'nfr.md#cloud-subscriptions' points at a section '#cloud-subscriptions' that nfr.md does not have; did you mean 'nfr.md#cloud-subscription'? (sections: what-nfr-copies-are-for, cloud-subscription, limits, how-long-it-lasts, claiming-it, on-premise-key, claiming-a-key, how-long-it-lasts-1)
      content/docs/en/bonuses.md:18: the link './training/#partner-program-tutorial' is not a link to a docs page by its file name; did you mean 'training.md#partner-program-tutorial'?
      content/docs/en/index.md:29: the link 'joinning.md' points at a docs page 'joinning' that does not exist; did you mean 'joining.md'? (pages: bonuses, buying-and-reselling, client-tracking, fair-practice, index, joining, leads, nfr, penalties, statuses, support, training)
      content/docs/en/index.md:33: the link '/program/leads/' is not a link to a docs page by its file name; did you mean 'leads.md'?
      content/docs/en/statuses.md:32: the link 'leads.md#' is not a link to a docs page by its file name; did you mean 'leads.md'?
      content/docs/en/statuses.md:82: the link '#how-we-read-rules' points at a section '#how-we-read-rules' that this page does not have; did you mean '#how-we-read-the-rules'? (sections: bronze, keeping-bronze, what-you-get, silver, requirements, what-you-get-1, gold, requirements-1, what-you-get-2, sales-targets, annual-review, zero-activity, how-we-read-the-rules)
      content/docs/en/support.md:54: the link '?page=2' is not a docs link the site can resolve; link to a docs page by its file name, like statuses.md or statuses.md#annual-review, and to a section of this page like #limits"
    `);
  });

  it('check the implementation requests against the other files: benefits, services, the rating\'s steps', async () => {
    const dir = await contentWithEdits({
      'program/leads.yaml': (t) => t.replace('benefits: [leads-app, leads]', 'benefits: [leads-app, lead]')
        .replace('services: [telephony]', 'services: [voip]')
        .replace('{ minPercent: 0, requests: 3 }', '{ minPercent: 10, requests: 3 }')
        .replace('{ minPercent: 70, requests: 10 }', '{ minPercent: 30, requests: 4 }')
        .replace('offerOrder: [addressed, rating, status]', 'offerOrder: [rating, rating]'),
    });
    expect(await messages(dir)).toMatchInlineSnapshot(`
      "content/program/leads.yaml:15: requests.benefits[1]: 'lead' is not a benefit of any status in statuses.yaml (known: nfr-cloud, marketplace, leads-app, nfr-key, leads, listing, client-access, support-chat, portal, featured, channels, special-offers)
      content/program/leads.yaml:55: requests.kinds[10].services[0]: 'voip' is not a service in services.yaml (known: licensing, consulting, hosting, customization, localization, training, automation, telephony, integration, apps)
      content/program/leads.yaml:74: rating.unlocked[0].minPercent: the first step must start at 0, so that every rating unlocks some requests
      content/program/leads.yaml:76: rating.unlocked[2].minPercent: must be above the step before (40): list the steps lowest first
      content/program/leads.yaml:76: rating.unlocked[2].requests: must be at least the step before (5): a higher rating never unlocks fewer requests
      content/program/leads.yaml:79: rating.offerOrder[1]: 'rating' is listed twice"
    `);
  });
});

describe('docs in other languages', () => {
  /** A copy of the shipped content with a French catalog and `pages` as French docs (file name -> text). */
  async function withFrench(pages: Record<string, string>, catalog = true): Promise<string> {
    const dir = await contentWithEdits({});
    if (catalog) {
      await mkdir(path.join(dir, 'locales', 'fr'), { recursive: true });
      await writeFile(path.join(dir, 'locales', 'fr', 'site.ftl'), 'site-nav-partners = Trouver un partenaire\n');
    }
    await mkdir(path.join(dir, 'docs', 'fr'), { recursive: true });
    for (const [name, text] of Object.entries(pages)) await writeFile(path.join(dir, 'docs', 'fr', name), text);
    return dir;
  }
  const page = (title: string, body: string, order = 6) => `---\ntitle: ${title}\ndescription: Une page en français.\norder: ${order}\n---\n\n${body}\n`;
  const french = (messages: ContentIssue[]) => messages.filter((m) => m.file.startsWith('content/docs/fr')).map(formatIssue).join('\n');

  it('load each language\'s pages, the English one where a page is not translated, in the English order', async () => {
    const dir = await withFrench({ 'nfr.md': page('Copies NFR', '## Abonnement cloud\n\nVoir [le statut](statuses.md#bronze) et [les limites](#abonnement-cloud).') });
    const content = await loadContent({ dir });
    const pages = content.docsByLocale.get('fr') ?? [];
    expect(pages.map((d) => d.slug)).toEqual(content.docs.map((d) => d.slug));
    expect(pages.filter((d) => d.locale === 'fr').map((d) => [d.slug, d.title, d.file])).toEqual([['nfr', 'Copies NFR', 'content/docs/fr/nfr.md']]);
    expect(pages.find((d) => d.slug === 'statuses')?.file).toBe('content/docs/en/statuses.md');
    expect(content.docsByLocale.get('en')).toBe(content.docs);
  });

  it('warn about every page a language lacks, saying what the site shows instead', async () => {
    const dir = await withFrench({ 'nfr.md': page('Copies NFR', 'Du texte.') });
    const { content, issues, warnings } = await checkContent({ dir });
    expect(issues.map(formatIssue)).toEqual([]);
    const lines = french(warnings).split('\n');
    expect(lines).toHaveLength((content?.docs.length ?? 0) - 1);
    expect(lines[0]).toBe('content/docs/fr/bonuses.md: warning: not translated into French yet: the site shows the English page content/docs/en/bonuses.md there, with a line saying so');
    expect(lines.some((l) => l.startsWith('content/docs/fr/nfr.md'))).toBe(false);
  });

  it('check links per language: against the language\'s own pages, else the English pages shown instead', async () => {
    const dir = await withFrench({
      'nfr.md': page('Copies NFR', '## Abonnement cloud\n\n[Ici](#abonnement-clou), [statut](statuses.md#bronz), [formation](training.md#partner-program-tutorial), [là](#abonnement-cloud).'),
      'statuses.md': page('Statuts', '## Bronze ici\n\nTexte.', 3),
      'status.md': page('Orpheline', 'Sans page anglaise.'),
    });
    expect(french((await checkContent({ dir })).issues)).toMatchInlineSnapshot(`
      "content/docs/fr/nfr.md:9: the link '#abonnement-clou' points at a section '#abonnement-clou' that this page does not have; did you mean '#abonnement-cloud'? (sections: abonnement-cloud)
      content/docs/fr/nfr.md:9: the link 'statuses.md#bronz' points at a section '#bronz' that statuses.md does not have (sections: bronze-ici)
      content/docs/fr/status.md: there is no English page status.md in content/docs/en/: a translation has the English page's file name; did you mean statuses.md? (pages: bonuses, buying-and-reselling, client-tracking, fair-practice, index, joining, leads, nfr, penalties, statuses, support, training)"
    `);
  });

  it('report pages outside a language folder, and a folder that is not a language', async () => {
    const dir = await withFrench({});
    await writeFile(path.join(dir, 'docs', 'extra.md'), page('Extra', 'Text.'));
    await mkdir(path.join(dir, 'docs', 'drafts'));
    expect((await checkContent({ dir })).issues.map(formatIssue).filter((m) => !m.startsWith('content/docs/fr'))).toMatchInlineSnapshot(`
      [
        "content/docs/drafts: 'drafts' is not a language folder; name it by the language's catalog folder in content/locales/, like de or pt-BR",
        "content/docs/extra.md: docs pages live in a folder per language: move it to content/docs/en/extra.md (or, translated, to its language's folder, like content/docs/de/extra.md)",
      ]
    `);
  });

  it('check the docs of a language without catalogs yet, and warn about none of its missing pages: the site does not offer it yet', async () => {
    const dir = await withFrench({ 'nfr.md': page('Copies NFR', '[Ici](#nulle-part).') }, false);
    const { issues, warnings } = await checkContent({ dir });
    expect(french(issues)).toBe("content/docs/fr/nfr.md:7: the link '#nulle-part' points at a section '#nulle-part' that this page does not have (sections: )");
    expect(french(warnings)).toBe('');
  });
});


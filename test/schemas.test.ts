import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatIssue, parsePartner } from '../content/index.ts';
import type { ContentIssue, Rules } from '../content/index.ts';
import { projectRoot, shippedRules } from './helpers.ts';
import { copyContentBase } from './helpers.ts';

/** A content folder with the shipped rules and docs and the given partner fixture folders. */
async function contentWith(...partnerFolders: string[]): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'partner-hub-'));
  const dir = path.join(root, 'content');
  await copyContentBase(dir);
  for (const folder of partnerFolders) await cp(path.join(projectRoot, 'test/fixtures', folder), path.join(dir, 'partners'), { recursive: true });
  return dir;
}

const temp: string[] = [];
afterAll(async () => {
  await Promise.all(temp.map((dir) => rm(path.dirname(dir), { recursive: true, force: true })));
});

describe('valid partner files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await contentWith('valid-partners');
    temp.push(dir);
  });

  it('are accepted, including UTF-8 with a BOM and CRLF line endings', async () => {
    const { content, issues } = await checkContent({ dir });
    expect(issues).toEqual([]);
    expect(content?.partners.map((p) => p.slug)).toEqual(['bom-systems', 'lindqvist-data']);
    const bom = content?.partners[0];
    expect(bom?.name).toBe('Bom Systems');
    expect(bom?.description).toBe('A file saved on Windows, with a byte-order mark and CRLF line endings.');
  });

  it('keep Telegram ids and phone numbers as text', async () => {
    const { content } = await checkContent({ dir });
    const lindqvist = content?.partners.find((p) => p.slug === 'lindqvist-data');
    expect(lindqvist?.program.telegram).toEqual(['400100101', '400100102']);
    expect(lindqvist?.phone).toBe('+46 31 555 01 23');
    expect(lindqvist?.program.sales[0]).toMatchObject({ amount: 1450.5, ownOrAffiliated: false });
  });
});

describe('partner files with warnings', () => {
  it('load, and the check warns about NFR copies beyond the allowance of the status in the file', async () => {
    const dir = await contentWith('warning-partners');
    temp.push(dir);
    const { content, issues, warnings } = await checkContent({ dir });
    expect(issues).toEqual([]);
    expect(content?.partners.map((p) => p.slug)).toEqual(['former-gold-keys', 'nimbus-overflow']);
    expect(content?.warnings).toEqual(warnings);
    expect(warnings.map(formatIssue).join('\n')).toMatchInlineSnapshot(`
      "content/partners/former-gold-keys.md:20: warning: program.nfr[2]: this claim is beyond the allowance in statuses.yaml: a Silver partner holds 1 NFR on-premise key at a time, and earlier ones were still running; it will not be offered an extension (check the claim, or the status)
      content/partners/nimbus-overflow.md:13: warning: program.nfr[1]: this claim is beyond the allowance in statuses.yaml: a Bronze partner holds 1 NFR cloud subscription at a time, and earlier ones were still running; it will not be offered an extension (check the claim, or the status)
      content/partners/nimbus-overflow.md:14: warning: program.nfr[2]: this claim is beyond the allowance in statuses.yaml: a Bronze partner holds 1 NFR cloud subscription at a time, and earlier ones were still running; it will not be offered an extension (check the claim, or the status)
      content/partners/nimbus-overflow.md:15: warning: program.nfr[3]: this claim is beyond the allowance in statuses.yaml: a Bronze partner gets no NFR on-premise key; it will not be offered an extension (check the claim, or the status)"
    `);
  });
});

describe('broken partner files', () => {
  let issues: ContentIssue[];
  beforeAll(async () => {
    const dir = await contentWith('valid-partners', 'broken-partners');
    temp.push(dir);
    ({ issues } = await checkContent({ dir }));
  });

  const messagesFor = (file: string) => issues.filter((i) => path.basename(i.file) === file).map(formatIssue).join('\n');

  it('name every file, line, field, what was expected and what was found', () => {
    expect(messagesFor('bad-values.md')).toMatchInlineSnapshot(`
      "content/partners/bad-values.md:3: status: 'platinum' is not a known status (known: bronze, silver, gold)
      content/partners/bad-values.md:4: country: 'gb' is not an ISO 3166-1 alpha-2 country code; write GB
      content/partners/bad-values.md:6: website: expected a web address starting with https:// (or http://), found 'ftp://badvalues.example.com'
      content/partners/bad-values.md:7: email: expected an e-mail address like hello@example.com, found 'hello-at-example.com'
      content/partners/bad-values.md:8: phone: 02079460000 would be read as the number 2079460000, losing its leading zero; put it in quotes: "02079460000"
      content/partners/bad-values.md:9: languages[0]: 'english' is not an ISO 639-1 language code (two lowercase letters, like en or de)
      content/partners/bad-values.md:10: services[0]: 'seo' is not a known service (known: licensing, consulting, hosting, customization, localization, training, automation, telephony, integration, apps)
      content/partners/bad-values.md:13: program.approved: expected a real date written YYYY-MM-DD, found '2026-02-30'
      content/partners/bad-values.md:17: program.sales[0].amount: expected a positive amount, found -50
      content/partners/bad-values.md:18: program.sales[0].currency: 'GBP' is not a known currency (known: USD, EUR)
      content/partners/bad-values.md:21: program.telegram[0]: a Telegram user id is digits only, without a leading zero, like "123456789"; found '0123456'"
    `);
  });

  it('limit the length of every text, the description too, and never echo a long value back', () => {
    expect(messagesFor('too-long.md')).toMatchInlineSnapshot(`
      "content/partners/too-long.md:2: name: is 10,000 characters long; keep it to 120 or fewer
      content/partners/too-long.md:3: status: is 100 characters long; keep it to 40 or fewer
      content/partners/too-long.md:5: unknown field 'unknownfieldunknownfieldunknownfieldunknownfieldunknownfi...'; check the spelling or remove it
      content/partners/too-long.md:6: city: is 180 characters long; keep it to 80 or fewer
      content/partners/too-long.md:7: address: is 638 characters long; keep it to 200 or fewer
      content/partners/too-long.md:8: website: is 340 characters long; keep it to 300 or fewer
      content/partners/too-long.md:9: email: is 312 characters long; keep it to 254 or fewer
      content/partners/too-long.md:10: phone: is 47 characters long; keep it to 30 or fewer
      content/partners/too-long.md:11: languages[0]: is 50 characters long; keep it to 40 or fewer
      content/partners/too-long.md:12: services[0]: is 90 characters long; keep it to 40 or fewer
      content/partners/too-long.md:17: program.courses.tutorialtutorialtutorialtutorialtutor...: 'tutorialtutorialtutorialtutorialtutorialtutorialtutorialt...' is not a known course (known: tutorial, sales, marketing)
      content/partners/too-long.md:19: program.sales[0].client: is 599 characters long; keep it to 120 or fewer
      content/partners/too-long.md:20: program.reminders.timeZone: is 127 characters long; keep it to 60 or fewer
      content/partners/too-long.md:21: program.telegram[0]: a Telegram user id is digits only, without a leading zero, like "123456789"; found '111111111111111111111111111111111111111111111111111111111...'
      content/partners/too-long.md:23: description: is 5,169 characters long; keep it to 3,000 or fewer (the markdown below the frontmatter)"
    `);
  });

  it('suggest the fix for a country written as a name', () => {
    expect(messagesFor('bad-country.md')).toMatchInlineSnapshot(`"content/partners/bad-country.md:4: country: 'Germany' is not an ISO 3166-1 alpha-2 country code; write DE"`);
  });

  it('reject unknown and misspelt fields', () => {
    expect(messagesFor('unknown-field.md')).toMatchInlineSnapshot(`
      "content/partners/unknown-field.md:2: status: is required but missing (expected a text)
      content/partners/unknown-field.md:3: unknown field 'stauts' (did you mean 'status'?); check the spelling or remove it
      content/partners/unknown-field.md:10: program: unknown field 'sale' (did you mean 'sales'?); check the spelling or remove it"
    `);
  });

  it('require the contact details listing needs for a listed partner', () => {
    expect(messagesFor('listed-missing-contact.md')).toMatchInlineSnapshot(`
      "content/partners/listed-missing-contact.md:2: email: Silver partners are listed in the directory, so 'email' is required
      content/partners/listed-missing-contact.md:2: phone: Silver partners are listed in the directory, so 'phone' is required
      content/partners/listed-missing-contact.md:2: address: Silver partners are listed in the directory, so 'address' is required
      content/partners/listed-missing-contact.md:2: Silver partners are listed in the directory, so 'description' is required: write a description below the frontmatter
      content/partners/listed-missing-contact.md:2: services: Silver partners are listed in the directory, so 'services' is required"
    `);
  });

  it('explain YAML syntax errors in plain words', () => {
    expect(messagesFor('yaml-syntax.md')).toMatchInlineSnapshot(`
      "content/partners/yaml-syntax.md:2: the YAML cannot be read: a value contains ': ' (put the whole value in quotes) or a nested field is indented wrongly (indent it two spaces under its parent)
      content/partners/yaml-syntax.md:7: the YAML cannot be read: indent with spaces, not tabs"
    `);
  });

  it('check that dates are in order and bonuses fit the rules', () => {
    expect(messagesFor('date-order.md')).toMatchInlineSnapshot(`
      "content/partners/date-order.md:8: program.approved: is before the application date (2019-05-01)
      content/partners/date-order.md:9: program.statusSince: a Bronze partner holds its status since approval; write 2019-04-20
      content/partners/date-order.md:11: program.sales[0].date: is before the approval date (2019-04-20); partner sales start after approval
      content/partners/date-order.md:17: program.bonuses[0].kind: only partners who applied after 2019-12-31 receive a kickstart bonus; this one applied on 2019-05-01
      content/partners/date-order.md:21: program.bonuses[1].amount: an award bonus is between 1000 and 5000, found 9000"
    `);
  });

  it('reject a file name that is not a slug, and a file without frontmatter', () => {
    expect(messagesFor('Bad_Name.md')).toMatchInlineSnapshot(`"content/partners/Bad_Name.md: the file name 'Bad_Name.md' must be the partner's slug in lowercase letters, digits and hyphens, like 'bad-name.md'"`);
    expect(messagesFor('no-frontmatter.md')).toMatchInlineSnapshot(`"content/partners/no-frontmatter.md:1: the file must start with a frontmatter block: a line \`---\`, the fields, and another \`---\`"`);
  });

  it('reject a slug the directory uses for its own pages', () => {
    expect(messagesFor('gold.md')).toMatchInlineSnapshot(`"content/partners/gold.md: the slug 'gold' is taken by the directory's own pages (two-letter country codes, status names, 'search', 'page'); rename the file, for example to 'gold-partner.md'"`);
  });

  it('reject two files for one partner, on both files', () => {
    expect(messagesFor('duplicate-of-lindqvist.md')).toMatchInlineSnapshot(`
      "content/partners/duplicate-of-lindqvist.md:2: name: the same name as content/partners/lindqvist-data.md: one partner has one file
      content/partners/duplicate-of-lindqvist.md:6: website: the same website as content/partners/lindqvist-data.md: one partner has one file
      content/partners/duplicate-of-lindqvist.md:11: program.telegram[0]: the Telegram id 400100101 as content/partners/lindqvist-data.md: one partner has one file, and one Telegram user belongs to one partner"
    `);
    expect(messagesFor('lindqvist-data.md')).toMatchInlineSnapshot(`
      "content/partners/lindqvist-data.md:2: name: the same name as content/partners/duplicate-of-lindqvist.md: one partner has one file
      content/partners/lindqvist-data.md:7: website: the same website as content/partners/duplicate-of-lindqvist.md: one partner has one file
      content/partners/lindqvist-data.md:33: program.telegram[0]: the Telegram id 400100101 as content/partners/duplicate-of-lindqvist.md: one partner has one file, and one Telegram user belongs to one partner"
    `);
  });

  it('list every problem, not only the first', () => {
    const files = new Set(issues.map((i) => path.basename(i.file)));
    expect([...files].sort()).toEqual([
      'Bad_Name.md', 'bad-country.md', 'bad-values.md', 'date-order.md', 'duplicate-of-lindqvist.md', 'gold.md',
      'lindqvist-data.md', 'listed-missing-contact.md', 'no-frontmatter.md', 'too-long.md', 'unknown-field.md', 'yaml-syntax.md',
    ]);
  });
});

describe('text limits, on the boundary', () => {
  const file = (name: string, description: string) => `---
name: ${name}
status: bronze
country: DE
city: Berlin
program:
  applied: 2026-01-05
  approved: 2026-01-10
  statusSince: 2026-01-10
---
${description}
`;
  it.each([
    { case: 'a name of 120 characters', name: 'N'.repeat(120), description: 'Short.', problems: [] },
    { case: 'a name of 121 characters', name: 'N'.repeat(121), description: 'Short.', problems: ['content/partners/x.md:2: name: is 121 characters long; keep it to 120 or fewer'] },
    { case: 'a description of 3,000 characters', name: 'X GmbH', description: 'd'.repeat(3000), problems: [] },
    { case: 'a description of 3,001 characters', name: 'X GmbH', description: 'd'.repeat(3001), problems: ['content/partners/x.md:11: description: is 3,001 characters long; keep it to 3,000 or fewer (the markdown below the frontmatter)'] },
  ])('$case', async ({ name, description, problems }) => {
    const result = parsePartner(file(name, description), 'x.md', 'content/partners/x.md', await shippedRules());
    expect(result.issues.map(formatIssue)).toEqual(problems);
  });
});

describe('program.locations: the extra countries a partner receives implementation requests from', () => {
  const file = (locations: string) => `---
name: Locations GmbH
status: bronze
country: DE
city: Berlin
program:
  applied: 2026-01-05
  approved: 2026-01-10
  statusSince: 2026-01-10
  locations: ${locations}
---
`;
  it.each([
    { case: 'three, the most leads.yaml allows', locations: '[AT, CH, LU]', problems: [] },
    { case: 'four, one too many', locations: '[AT, CH, LU, LI]', problems: ['content/partners/x.md:10: program.locations: lists 4 countries; a partner receives requests from its own country (DE) and at most 3 more (4 in all): keep 3'] },
    { case: 'its own country', locations: '[AT, DE]', problems: ["content/partners/x.md:10: program.locations[1]: DE is the partner's own country, which counts already; remove it"] },
    { case: 'one twice', locations: '[AT, AT]', problems: ['content/partners/x.md:10: program.locations[1]: AT is listed twice; remove one'] },
    { case: 'a country name', locations: '[Austria]', problems: ["content/partners/x.md:10: program.locations[0]: 'Austria' is not an ISO 3166-1 alpha-2 country code; write AT"] },
  ])('$case', async ({ locations, problems }) => {
    const result = parsePartner(file(locations), 'x.md', 'content/partners/x.md', await shippedRules());
    expect(result.issues.map(formatIssue)).toEqual(problems);
  });
});

describe('the frontmatter block', () => {
  const lindqvist = (rules: Rules) => readFile(path.join(projectRoot, 'test/fixtures/valid-partners/lindqvist-data.md'), 'utf8').then((text) => ({ text, rules }));
  const problems = (text: string, rules: Rules) => parsePartner(text, 'lindqvist-data.md', 'content/partners/lindqvist-data.md', rules).issues.map(formatIssue);

  it('ends at a line of its own `---`, and the description starts on the line after it', async () => {
    const { text, rules } = await lindqvist(await shippedRules());
    const spaced = parsePartner(text.replace(/\n---\n/, '\n---  \n'), 'lindqvist-data.md', 'content/partners/lindqvist-data.md', rules);
    const plain = parsePartner(text, 'lindqvist-data.md', 'content/partners/lindqvist-data.md', rules);
    expect(spaced.issues).toEqual([]);
    expect(spaced.partner).toEqual(plain.partner);
    expect(plain.partner?.description.length).toBeGreaterThan(20);
    // A problem in the description is reported on the description's first line.
    const long = problems(text.replace(/\n---\n/, `\n---\n\n${'d'.repeat(3001)}\n`), rules);
    const line = text.split('\n').indexOf('---', 1) + 3;
    expect(long).toEqual([`content/partners/lindqvist-data.md:${line}: description: is ${(3001 + 1 + plain.partner!.description.length).toLocaleString('en-US')} characters long; keep it to 3,000 or fewer (the markdown below the frontmatter)`]);
  });

  it('says so when it is never closed, or empty, instead of loading nothing in silence', async () => {
    const rules = await shippedRules();
    expect(problems('---\nname: Unclosed GmbH\ncountry: DE\n', rules)).toEqual(['content/partners/lindqvist-data.md:1: the frontmatter block is never closed: put a line `---` after its last field']);
    const empty = problems('---\n# to do\n---\nA description.\n', rules);
    expect(empty[0]).toMatch(/^content\/partners\/lindqvist-data\.md:\d+: name: /);
    expect(empty.length).toBeGreaterThan(3);
  });
});

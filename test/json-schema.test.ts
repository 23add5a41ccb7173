/**
 * The JSON Schemas in content/schema/ (editor completion and validation): up to date with the zod
 * schemas and the rules, described field by field, accepting every shipped content file and
 * rejecting the broken fixtures whose problems JSON Schema can express.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentJsonSchemas, eachField, schemaFileText } from '../content/index.ts';
import type { ContentJsonSchema, Rules } from '../content/index.ts';
import { parseMarkdownSource, parseYamlSource } from '../content/src/load/source.ts';
import { projectRoot, rulesWith, shippedRules } from './helpers.ts';

const schemaDir = path.join(projectRoot, 'content/schema');
const ajv = new Ajv({ allErrors: true, format: 'full' });

let rules: Rules;
let schemas: ContentJsonSchema[];
let validators: Map<string, ValidateFunction>;
beforeAll(async () => {
  rules = await shippedRules();
  schemas = contentJsonSchemas(rules);
  // Validate with the committed files: they are what editors read.
  validators = new Map(await Promise.all(schemas.map(async (s) => [s.name, ajv.compile(JSON.parse(await readFile(path.join(schemaDir, s.name), 'utf8')))] as const)));
});

const frontmatterOf = async (file: string) => parseMarkdownSource(await readFile(file, 'utf8'), path.basename(file)).data;

/** `field: keyword` for each error, the way an editor would underline them. */
function problems(errors: ErrorObject[] | null | undefined): string[] {
  return [...new Set((errors ?? []).filter((e) => e.keyword !== 'if').map((e) => {
    const field = e.dataPath.replace(/^\./, '') || '(top)';
    const detail = e.keyword === 'required' ? ` ${(e.params as { missingProperty: string }).missingProperty}`
      : e.keyword === 'additionalProperties' ? ` ${(e.params as { additionalProperty: string }).additionalProperty}` : '';
    return `${field}: ${e.keyword}${detail}`;
  }))];
}

describe('the committed JSON Schemas', () => {
  it('are what npm run schema writes now (run it when this fails)', async () => {
    const committed = (await readdir(schemaDir)).filter((n) => n.endsWith('.schema.json')).sort();
    expect(committed, 'files in content/schema/').toEqual(schemas.map((s) => s.name).sort());
    for (const s of schemas) {
      expect(await readFile(path.join(schemaDir, s.name), 'utf8'), `content/schema/${s.name} is out of date: run npm run schema`).toBe(schemaFileText(s.schema));
    }
  });

  it('cover every rules file in content/program/', async () => {
    const files = (await readdir(path.join(projectRoot, 'content/program'))).filter((f) => f.endsWith('.yaml'));
    expect(schemas.filter((s) => s.describes.startsWith('program/')).map((s) => s.describes).sort()).toEqual(files.map((f) => `program/${f}`).sort());
  });

  it('describe every field, for hover help in the editor', () => {
    const undescribed: string[] = [];
    for (const s of schemas) {
      eachField(s.schema, (node, field) => {
        if (!field.endsWith('[]') && typeof node.description !== 'string') undescribed.push(`${s.name}: ${field}`);
      });
    }
    expect(undescribed).toEqual([]);
  });

  it('take their vocabulary from the rules', () => {
    const partner = schemas.find((s) => s.name === 'partner.schema.json')?.schema as { properties: Record<string, { enum?: string[]; items?: { enum?: string[] } }> };
    expect(partner.properties.status?.enum).toEqual(['bronze', 'silver', 'gold']);
    expect(partner.properties.services?.items?.enum).toEqual(rules.services.map((s) => s.id));
    expect(partner.properties.country?.enum).toContain('DE');
    expect(partner.properties.languages?.items?.enum).toContain('nb');
  });

  it('follow a change of the rules: a new service is offered', async () => {
    const changed = await rulesWith((r) => r.services.push({ id: 'security-audits', name: 'Security audits', summary: 'Audits.' }));
    const validate = ajv.compile(contentJsonSchemas(changed).find((s) => s.name === 'partner.schema.json')?.schema as object);
    const partner = await frontmatterOf(path.join(projectRoot, 'test/fixtures/valid-partners/lindqvist-data.md'));
    expect(validate({ ...(partner as object), services: ['security-audits'] }), JSON.stringify(validate.errors)).toBe(true);
    expect(validators.get('partner.schema.json')?.({ ...(partner as object), services: ['security-audits'] })).toBe(false);
  });
});

describe('shipped content', () => {
  it('every partner file is accepted', async () => {
    const folder = path.join(projectRoot, 'content/partners');
    const validate = validators.get('partner.schema.json') as ValidateFunction;
    const rejected: string[] = [];
    const names = (await readdir(folder)).filter((f) => f.endsWith('.md'));
    for (const name of names) {
      if (!validate(await frontmatterOf(path.join(folder, name)))) rejected.push(`${name}: ${problems(validate.errors).join(', ')}`);
    }
    expect(names.length).toBeGreaterThan(40);
    expect(rejected).toEqual([]);
  });

  it('every rules file, docs page and glossary is accepted', async () => {
    const rejected: string[] = [];
    for (const name of await readdir(path.join(projectRoot, 'content/program'))) {
      const validate = validators.get(name.replace(/\.yaml$/, '.schema.json')) as ValidateFunction;
      const data = parseYamlSource(await readFile(path.join(projectRoot, 'content/program', name), 'utf8'), name).data;
      if (!validate(data)) rejected.push(`${name}: ${problems(validate.errors).join(', ')}`);
    }
    const docs = path.join(projectRoot, 'content/docs');
    const validate = validators.get('doc.schema.json') as ValidateFunction;
    // Every language's pages, content/docs/<locale>/*.md, as well as the English ones.
    for (const name of (await readdir(docs, { recursive: true })).filter((n) => n.endsWith('.md'))) {
      if (!validate(await frontmatterOf(path.join(docs, name)))) rejected.push(`${name}: ${problems(validate.errors).join(', ')}`);
    }
    const glossaries = path.join(projectRoot, 'content/glossary');
    const glossary = validators.get('glossary.schema.json') as ValidateFunction;
    for (const name of await readdir(glossaries)) {
      if (!glossary(parseYamlSource(await readFile(path.join(glossaries, name), 'utf8'), name).data)) rejected.push(`${name}: ${problems(glossary.errors).join(', ')}`);
    }
    expect(rejected).toEqual([]);
  });

  it('the valid fixtures are accepted too (a BOM, CRLF line endings, a numeric Telegram id)', async () => {
    const validate = validators.get('partner.schema.json') as ValidateFunction;
    for (const name of ['bom-systems.md', 'lindqvist-data.md']) {
      expect(validate(await frontmatterOf(path.join(projectRoot, 'test/fixtures/valid-partners', name))), name).toBe(true);
    }
  });
});

describe('broken partner fixtures', () => {
  const check = async (name: string) => {
    const validate = validators.get('partner.schema.json') as ValidateFunction;
    const data = await frontmatterOf(path.join(projectRoot, 'test/fixtures/broken-partners', name));
    return validate(data ?? {}) ? 'accepted' : problems(validate.errors);
  };

  it('are rejected where the problem is in the frontmatter, on the offending fields', async () => {
    expect(await check('bad-values.md')).toMatchInlineSnapshot(`
      [
        "status: enum",
        "country: enum",
        "website: pattern",
        "email: pattern",
        "email: format",
        "phone: type",
        "languages[0]: enum",
        "services[0]: enum",
        "program.approved: format",
        "program.sales[0].amount: exclusiveMinimum",
        "program.sales[0].currency: enum",
        "program.telegram[0]: pattern",
        "program.telegram[0]: type",
        "program.telegram[0]: anyOf",
      ]
    `);
    expect(await check('bad-country.md')).toMatchInlineSnapshot(`
      [
        "country: enum",
      ]
    `);
    expect(await check('unknown-field.md')).toMatchInlineSnapshot(`
      [
        "(top): additionalProperties stauts",
        "(top): required status",
        "program: additionalProperties sale",
      ]
    `);
    expect(await check('listed-missing-contact.md')).toMatchInlineSnapshot(`
      [
        "(top): required email",
        "(top): required phone",
        "(top): required address",
        "(top): required services",
      ]
    `);
    // Dates out of order are for the content check; an award above its maximum is in reach.
    expect(await check('date-order.md')).toMatchInlineSnapshot(`
      [
        "program.bonuses[1].amount: maximum",
      ]
    `);
    expect(await check('no-frontmatter.md')).toMatchInlineSnapshot(`
      [
        "(top): required name",
        "(top): required status",
        "(top): required country",
        "(top): required city",
        "(top): required program",
      ]
    `);
  });

  it('are left to the content check where JSON Schema cannot see the problem', async () => {
    // The file name, a slug taken by the directory's pages, and a second file for one partner:
    // none of it is in the frontmatter. npm run check reports all three.
    expect(await check('Bad_Name.md')).toBe('accepted');
    expect(await check('gold.md')).toBe('accepted');
    expect(await check('duplicate-of-lindqvist.md')).toBe('accepted');
    // Broken YAML is reported by the YAML reader (and the editor) before any schema applies.
    const text = await readFile(path.join(projectRoot, 'test/fixtures/broken-partners/yaml-syntax.md'), 'utf8');
    expect(parseMarkdownSource(text, 'yaml-syntax.md').data).toBeUndefined();
  });
});

/**
 * The fast reader of plain YAML (content/src/load/plain-yaml.ts) reads every file exactly as
 * js-yaml's core schema does, or leaves it to js-yaml: never a different value.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlainYaml } from '../content/src/load/plain-yaml.ts';
import { generateContent } from '../scripts/bench/generate.ts';
import { projectRoot } from './helpers.ts';

/** js-yaml's reading, or 'error' where it refuses the text. */
function jsYaml(text: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA });
  } catch {
    return 'error';
  }
}

/** A markdown file's frontmatter, or a YAML file's text. */
function yamlOf(file: string): string | undefined {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.md')) return text;
  const close = text.indexOf('\n---', 3);
  return text.startsWith('---\n') && close !== -1 ? text.slice(3, close) : undefined;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(md|ya?ml)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

let work: string;
let generated: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'plain-yaml-'));
  generated = path.join(await generateContent(work, 300), 'partners');
}, 60_000);
afterAll(() => rm(work, { recursive: true, force: true }));

describe('reading plain YAML', () => {
  it('reads every content and test file as js-yaml does, or leaves it to js-yaml', () => {
    const files = [...filesUnder(path.join(projectRoot, 'content')), ...filesUnder(path.join(projectRoot, 'test'))];
    expect(files.length).toBeGreaterThan(100);
    let read = 0;
    for (const file of files) {
      const yaml = yamlOf(file);
      if (yaml === undefined) continue;
      const plain = readPlainYaml(yaml);
      if (plain === undefined) continue;
      read++;
      expect(plain, path.relative(projectRoot, file)).toStrictEqual(jsYaml(yaml));
    }
    expect(read).toBeGreaterThan(files.length / 2);
  });

  it('reads every shipped and generated partner file itself (the fast path is the usual one)', () => {
    const partners = [...filesUnder(path.join(projectRoot, 'content', 'partners')), ...filesUnder(generated)];
    for (const file of partners) {
      const yaml = yamlOf(file) as string;
      const plain = readPlainYaml(yaml);
      expect(plain, path.relative(projectRoot, file)).toBeDefined();
      expect(plain).toStrictEqual(jsYaml(yaml));
    }
  });

  it('reads values of every plain kind as the core schema types them', () => {
    const yaml = [
      'name: Canut Digital SARL', 'address: "Carrera 11 # 93-46, Bogotá"', "city: d'Austerlitz", 'quoted: \'single\'',
      'phone: +49 30 5550 1234', 'date: 2026-02-29', 'amount: 1260', 'price: 12.50', 'negative: -5', 'zero: 0', 'plus: +7',
      'yes: true', 'no: False', 'maybe: ~', 'nothing: null', 'empty:', 'on: on', 'version: 1.2.3', 'url: https://x.example.com/a?b=c:d',
      'list: [fr, "it", 3, true]', 'none: []', 'group: {}', 'under_score-dash: x',
      'nested:', '  inner: 1', '  deeper:', '    - a', '    - kind: cloud', '      extensions: 2', '    - [x, y]',
      'compact:', '- one', '- two',
      '# a comment line', '   # an indented one', '',
      'last: end',
    ].join('\n');
    const plain = readPlainYaml(yaml);
    expect(plain).toBeDefined();
    expect(plain).toStrictEqual(jsYaml(yaml));
    expect(plain).toMatchObject({ phone: '+49 30 5550 1234', date: '2026-02-29', price: 12.5, maybe: null, empty: null, on: 'on', no: false });
  });

  it('leaves everything beyond the plain subset to js-yaml', () => {
    const beyond = [
      'a: 1 # inline comment', 'a: "x" # comment "y"', 'a: x"y #z"', 'a: &anchor 1\nb: *anchor', 'a: !!str 1', 'a: |\n  block', 'a: >\n  folded',
      'a: "escaped \\n"', "a: 'it''s'", 'a: 012345', 'a: 0x1F', 'a: 0o17', 'a: 1e3', 'a: .5', 'a: .inf', 'a: .nan', 'a: -.inf', 'a: 1.',
      'a: 1\na: 2', '__proto__: 1', 'True: 1', 'NULL: 1', 'a:\tb', 'a: b: c', 'a: b:', 'a:b', '"a": 1', 'a b: 1', '? a\n: b',
      'a: [x, [y]]', 'a: [x, {y: 1}]', 'a: [x,]', "a: ['x']", 'a: {b: 1}', 'a: x\n  continued', 'a:\n  - x\n  b: 1', 'a: 1\n- x',
      'a:\n  - - x', 'a:\n  -\n    b: 1', 'a: -x', 'a: - x', 'a: @x', 'a: `x`', 'a: %x', 'a: [a #b]', 'a: "x\u0085y"', 'a: \uFEFFx',
      'a: 1\n b: 2', '  a: 1\nb: 2', 'just text', '- a\nb: 1',
    ];
    for (const yaml of beyond) {
      const plain = readPlainYaml(yaml);
      // Either left to js-yaml, or (where the subset does cover it) read exactly as js-yaml reads it.
      if (plain !== undefined) expect(plain, JSON.stringify(yaml)).toStrictEqual(jsYaml(yaml));
    }
    // These at least are never read here: js-yaml would read them differently, or refuse them.
    for (const yaml of ['a: 1 # c', 'a: x"y #z"', 'a: 012345', 'a: 1\na: 2', 'True: 1', 'a: b: c', 'a: x\n  continued', 'a: &x 1', 'a: "\\n"']) {
      expect(readPlainYaml(yaml), JSON.stringify(yaml)).toBeUndefined();
    }
  });
});

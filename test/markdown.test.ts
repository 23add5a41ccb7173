/**
 * The content module's markdown reader reads a text with only the GitHub extensions it can use;
 * the tree must be exactly the one remark-gfm with every extension gives, for every text.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../content/index.ts';
import { projectRoot } from './helpers.ts';

const everyExtension = unified().use(remarkParse).use(remarkGfm).freeze();

const samples: Record<string, string> = {
  'plain paragraphs': 'We set up the suite.\n\nThen we *train* your team, in **two** days.',
  'a table': '| Status | Discount |\n|---|---:|\n| Silver | 20% |\n| Gold | 30% |',
  'a pipe that is not a table': 'Licensing | setup | training',
  strikethrough: 'The ~~old~~ new rule, and a ~single~ tilde.',
  'a tilde alone': 'About ~5 days.',
  'a table with strikethrough': '| a | b |\n|---|---|\n| ~~x~~ | y |',
  'a bare web address': 'See www.example.com or https://partners.example.org/program/ for more.',
  'an upper-case address': 'Visit WWW.EXAMPLE.COM today, or HTTPS://EXAMPLE.ORG.',
  'an e-mail address': 'Write to partners@example.com.',
  'an at sign that is no address': 'Meet us @ the fair.',
  'a footnote': 'A claim.[^1]\n\n[^1]: Its source.',
  'a task list': '- [ ] apply\n- [x] tutorial\n- [X] sales',
  'a link, not a bare address': 'Read [the rules](statuses.md#gold) first.',
  'code with a pipe and a tilde': 'Run `a | b ~ c`:\n\n```\nx | y\n~~z~~\n```',
  'a heading and a list': '## Gold\n\n- 30% discount\n- listed first',
};

describe('parseMarkdown', () => {
  for (const [name, text] of Object.entries(samples)) {
    it(`gives every extension's tree: ${name}`, () => {
      expect(parseMarkdown(text)).toEqual(everyExtension.parse(text));
    });
  }

  it("gives every extension's tree for each docs page of every language", async () => {
    const docs = path.join(projectRoot, 'content', 'docs');
    let pages = 0;
    for (const language of await readdir(docs)) {
      for (const name of await readdir(path.join(docs, language))) {
        const text = await readFile(path.join(docs, language, name), 'utf8');
        expect(parseMarkdown(text), `${language}/${name}`).toEqual(everyExtension.parse(text));
        pages++;
      }
    }
    expect(pages).toBeGreaterThan(40);
  });

  it('reads a table, strikethrough, an autolink, a footnote and a task as GitHub does', () => {
    const kinds = (text: string) => {
      const found = new Set<string>();
      const walk = (node: { type: string; children?: unknown[]; checked?: boolean | null }) => {
        found.add(node.type === 'listItem' && typeof node.checked === 'boolean' ? 'task' : node.type);
        for (const child of node.children ?? []) walk(child as typeof node);
      };
      walk(parseMarkdown(text));
      return found;
    };
    expect(kinds(samples['a table'] as string)).toContain('table');
    expect(kinds(samples.strikethrough as string)).toContain('delete');
    expect(kinds(samples['an e-mail address'] as string)).toContain('link');
    expect(kinds(samples['a footnote'] as string)).toContain('footnoteReference');
    expect(kinds(samples['a task list'] as string)).toContain('task');
    expect(kinds(samples['plain paragraphs'] as string)).not.toContain('link');
  });
});

/** Safe HTML and Telegram's length limit. */
import { describe, expect, it } from 'vitest';
import { parseTelegramHtml } from '../../bot/dev/telegram-html.ts';
import { html, joinHtml, link } from '../../bot/format/html.ts';
import { docsLinks } from '../../bot/format/docs-link.ts';
import { inlineHtml } from '../../bot/format/markdown.ts';
import { parseMarkdown } from '../../content/index.ts';
import type { DocPage } from '../../content/index.ts';
import { MESSAGE_LIMIT, splitHtml } from '../../bot/format/split.ts';

const SITE = 'https://partners.example.com';

describe('html', () => {
  it('escapes every interpolated value, and keeps Html as it is', () => {
    const name = 'Smith & <Sons> "Ltd"';
    expect(html`<b>${name}</b> ${link('https://x.example/?a=1&b="2"', name)}`.value)
      .toBe('<b>Smith &amp; &lt;Sons&gt; &quot;Ltd&quot;</b> <a href="https://x.example/?a=1&amp;b=&quot;2&quot;">Smith &amp; &lt;Sons&gt; &quot;Ltd&quot;</a>');
    expect(joinHtml([html`<i>a</i>`, false, '<b>'], ' · ').value).toBe('<i>a</i> · &lt;b&gt;');
  });

  it('turns docs markdown into Telegram HTML with links to the site', () => {
    // Two pages, each with the one section linked to.
    const page = (slug: string, anchor: string) => ({ slug, locale: 'en', title: slug, sections: [{ anchor, title: anchor }], anchors: [anchor] }) as unknown as DocPage;
    const docs = [page('statuses', 'bronze'), page('nfr', 'limits')];
    const links = docsLinks({ docs, docsByLocale: new Map([['en', docs]]) }, { id: 'en', prefix: '', name: 'English' }, SITE);
    const [paragraph] = parseMarkdown('**Bronze** needs the [tutorial](statuses.md#bronze) & `code` <b>, see [here](#limits) and ~~old~~ _new_').children;
    const out = inlineHtml(paragraph?.type === 'paragraph' ? paragraph.children : [], (href) => links.resolve('nfr', href));
    expect(out.value).toBe(`<b>Bronze</b> needs the <a href="${SITE}/program/statuses/#bronze">tutorial</a> &amp; <code>code</code> &lt;b&gt;, see <a href="${SITE}/program/nfr/#limits">here</a> and <s>old</s> <i>new</i>`);
  });
});

describe('splitting long messages', () => {
  it('keeps a short message whole', () => {
    expect(splitHtml(html`<b>short</b>`).map((p) => p.value)).toEqual(['<b>short</b>']);
  });

  it('cuts at paragraphs, closes and reopens tags, and every part is valid and within the limit', () => {
    const paragraph = (i: number) => html`<b>Item ${i}</b> — ${'words & more words '.repeat(12)}`;
    const message = html`<i>${joinHtml(Array.from({ length: 60 }, (_, i) => paragraph(i)), '\n\n')}</i>`;
    expect(message.value.length).toBeGreaterThan(2 * MESSAGE_LIMIT);
    const parts = splitHtml(message);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) {
      expect(part.value.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      expect(() => parseTelegramHtml(part.value)).not.toThrow();
      expect(part.value.startsWith('<i>')).toBe(true);
    }
    const words = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(words(parts.map((p) => parseTelegramHtml(p.value).text).join(' '))).toBe(words(parseTelegramHtml(message.value).text));
  });

  it('cuts a message without spaces without breaking an entity', () => {
    const parts = splitHtml(html`${'&'.repeat(3000)}`);
    for (const part of parts) expect(() => parseTelegramHtml(part.value)).not.toThrow();
    expect(parts.map((p) => parseTelegramHtml(p.value).text).join('')).toBe('&'.repeat(3000));
  });
});

describe('the imitation\'s HTML check', () => {
  it.each([
    ['<b>open', "Can't find end tag"],
    ['a < b', 'Unexpected start tag'],
    ['<script>x</script>', 'Unsupported start tag "script"'],
    ['Tom & Jerry', 'Character entity expected'],
  ])('refuses %j like Telegram', (text, why) => {
    expect(() => parseTelegramHtml(text)).toThrow(why);
  });
});

/**
 * Telegram's HTML parse mode, as the imitation checks it: only Telegram's tags, properly nested,
 * and every `<`, `>` and `&` outside a tag written as an entity. A message the real Telegram would
 * refuse ("can't parse entities") is refused here too, so an escaping bug fails a test.
 */

const TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'code', 'pre', 'blockquote', 'tg-emoji']);
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/** What a message shows: its text, and its links with the text they sit on. */
export interface ParsedHtml {
  text: string;
  /** The text with each link's address after it in angle brackets (for a terminal). */
  plain: string;
  links: { text: string; url: string }[];
}

function decode(entity: string): string {
  if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
  if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
  return Object.hasOwn(ENTITIES, entity) ? ENTITIES[entity] ?? '' : '';
}

/** Parses `html` the way Telegram does; throws an Error with Telegram's wording when it would refuse. */
export function parseTelegramHtml(html: string): ParsedHtml {
  const fail = (why: string, at: number): never => {
    throw new Error(`Bad Request: can't parse entities: ${why} at byte offset ${at}`);
  };
  const stack: { name: string; start: number; href?: string }[] = [];
  const links: ParsedHtml['links'] = [];
  let text = '';
  let plain = '';
  let i = 0;
  while (i < html.length) {
    const ch = html[i];
    if (ch === '<') {
      const tag = /^<(\/?)([a-z][a-z-]*)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/i.exec(html.slice(i));
      if (!tag) fail('Unexpected start tag', i);
      const [whole, closing, rawName = '', attrs = ''] = tag as RegExpExecArray;
      const name = rawName.toLowerCase();
      if (!TAGS.has(name)) fail(`Unsupported start tag "${name}"`, i);
      if (closing) {
        const open = stack.pop();
        if (!open || open.name !== name) fail(`Unmatched end tag "${name}"`, i);
        if (open?.href !== undefined) {
          const linkText = text.slice(open.start);
          links.push({ text: linkText, url: open.href });
          if (linkText !== open.href) plain += ` <${open.href}>`;
        }
      } else {
        const href = name === 'a' ? /href="([^"]*)"/.exec(attrs)?.[1] : undefined;
        if (name === 'a' && href === undefined) fail('Link without href', i);
        stack.push({ name, start: text.length, href: href === undefined ? undefined : href.replace(/&(#?\w+);/g, (_, e: string) => decode(e)) });
      }
      i += whole.length;
    } else if (ch === '&') {
      const entity = /^&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/i.exec(html.slice(i));
      if (!entity) fail('Character entity expected', i);
      const decoded = decode((entity as RegExpExecArray)[1] ?? '');
      text += decoded;
      plain += decoded;
      i += (entity as RegExpExecArray)[0].length;
    } else if (ch === '>') {
      fail('Unexpected end tag', i);
    } else {
      text += ch;
      plain += ch;
      i++;
    }
  }
  if (stack.length) fail(`Can't find end tag corresponding to start tag "${stack.at(-1)?.name}"`, html.length);
  return { text, plain, links };
}

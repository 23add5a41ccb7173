/**
 * Long messages split to fit Telegram's limit of 4,096 characters, at paragraph, then line, then
 * word boundaries, never inside a tag or an entity. A tag open at a cut is closed at the end of
 * one part and opened again at the start of the next, so every part is valid HTML on its own.
 */
import { Html } from './html.ts';

/** Telegram's limit on a message's length. */
export const MESSAGE_LIMIT = 4096;

/** Room kept at the end of a part for closing the tags still open there. */
const CLOSING_ROOM = 200;

interface OpenTag {
  name: string;
  tag: string;
}

/** The tags still open at the end of `text`, outermost first. */
function openTags(text: string): OpenTag[] {
  const stack: OpenTag[] = [];
  for (const match of text.matchAll(/<(\/?)([a-z][a-z0-9-]*)[^>]*>/gi)) {
    const name = (match[2] ?? '').toLowerCase();
    if (match[1]) {
      const at = stack.map((t) => t.name).lastIndexOf(name);
      if (at >= 0) stack.splice(at);
    } else {
      stack.push({ name, tag: match[0] });
    }
  }
  return stack;
}

/** The best place to cut `text` at or before `budget`. */
function cutPoint(text: string, budget: number): number {
  let cut = -1;
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = text.lastIndexOf(separator, budget);
    if (at > budget / 2) {
      cut = at;
      break;
    }
  }
  if (cut < 0) cut = budget;
  // Never inside a tag or an entity.
  const tagStart = text.lastIndexOf('<', cut - 1);
  if (tagStart > text.lastIndexOf('>', cut - 1)) cut = tagStart;
  const entityStart = text.lastIndexOf('&', cut - 1);
  if (entityStart >= 0 && entityStart > text.lastIndexOf(';', cut - 1) && cut - entityStart < 10) cut = entityStart;
  return Math.max(cut, 1);
}

/** Splits `message` into parts of at most `limit` characters. */
export function splitHtml(message: Html, limit = MESSAGE_LIMIT): Html[] {
  const parts: Html[] = [];
  let text = message.value;
  while (text.length > limit) {
    const cut = cutPoint(text, Math.max(limit - CLOSING_ROOM, limit / 2));
    const head = text.slice(0, cut);
    const open = openTags(head);
    parts.push(new Html(head.trimEnd() + open.map((t) => `</${t.name}>`).reverse().join('')));
    text = open.map((t) => t.tag).join('') + text.slice(cut).trimStart();
  }
  if (text.trim() !== '') parts.push(new Html(text));
  return parts;
}

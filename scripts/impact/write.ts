/**
 * The impact report's document (render.ts) written out: as terminal text, or as GitHub-flavoured
 * markdown for a pull-request comment or a job summary, with content text made inert.
 */
import type { Block } from './render.ts';

/** Lists longer than this are folded in markdown. */
const FOLD_AFTER = 12;

/** The report as terminal text. */
export function renderText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'list') {
      for (const item of b.items) {
        out.push(`${b.warn ? '  ! ' : '  - '}${item.text}`);
        for (const sub of item.sub ?? []) out.push(`      ${sub}`);
      }
    } else if (b.type === 'title') out.push(b.text, '='.repeat(b.text.length));
    else if (b.type === 'section') out.push('', b.text, '-'.repeat(b.text.length));
    else out.push(b.text);
  }
  return `${out.join('\n')}\n`;
}

/** Text from content, made inert in markdown: no formatting, links, HTML, math ($) or @-mentions. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#$]/g, (c) => `\\${c}`).replace(/@(?=\w)/g, '@\u200b');
}

/** Catalog text inside an HTML tag of the markdown. */
const escapeHtml = (text: string) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);

/** The report as GitHub-flavoured markdown. */
export function renderMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type !== 'list') {
      out.push(`${b.type === 'title' ? '## ' : b.type === 'section' ? '### ' : ''}${escapeMarkdown(b.text)}`, '');
    } else {
      const fold = b.fold && b.items.length > FOLD_AFTER;
      if (fold) out.push(`<details><summary>${escapeHtml(b.fold ?? '')}</summary>`, '');
      for (const item of b.items) {
        out.push(`- ${b.warn ? '⚠️ ' : ''}${escapeMarkdown(item.text)}`);
        for (const sub of item.sub ?? []) out.push(`  - ${escapeMarkdown(sub)}`);
      }
      out.push('');
      if (fold) out.push('</details>', '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}


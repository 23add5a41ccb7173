/**
 * Telegram HTML built safely. Messages are written with the `html` tag: every interpolated value is
 * escaped unless it is already `Html`, so a partner name like "Smith & <Sons>" or a user's text can
 * never break a message or inject markup.
 */

/** A piece of Telegram HTML that is known to be safe. */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/** What may be interpolated into `html`: text is escaped, Html is kept, lists are joined with nothing. */
export type HtmlValue = string | number | Html | null | undefined | false | readonly HtmlValue[];

/** Escapes text for Telegram's HTML parse mode (and for attribute values). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Template tag: `html\`<b>${name}</b>\`` escapes `name`. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Joins pieces with a separator, skipping empty ones. */
export function joinHtml(parts: readonly HtmlValue[], separator = '\n'): Html {
  return new Html(parts.map(render).filter((p) => p !== '').join(render(separator)));
}

/** A link; the address and the text are both escaped. */
export function link(url: string, text: HtmlValue): Html {
  return html`<a href="${url}">${text}</a>`;
}

/** Bold text. */
export function bold(text: HtmlValue): Html {
  return html`<b>${text}</b>`;
}

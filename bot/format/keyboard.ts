/** Inline keyboards laid out in a grid. */
import { InlineKeyboard } from 'grammy';
import type { InlineKeyboardButton } from 'grammy/types';

/** `buttons` in rows of `columns`, followed by `last` rows as given. */
export function gridKeyboard(buttons: readonly InlineKeyboardButton[], columns: number, ...last: InlineKeyboardButton[][]): InlineKeyboard {
  const rows: InlineKeyboardButton[][] = [];
  for (let i = 0; i < buttons.length; i += columns) rows.push(buttons.slice(i, i + columns));
  return InlineKeyboard.from([...rows, ...last.filter((row) => row.length > 0)]);
}

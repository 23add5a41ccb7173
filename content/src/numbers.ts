/**
 * Numbers as people type them, in either convention: "2,600.50" and "2.600,50", "12 000", "12k",
 * "€12.000", "$2,500". One reader for the site's calculator and the bot's /check, so both read a
 * figure the same way, and both ask instead of guessing when it could mean two things.
 *
 * Which values are ambiguous: one `.` or `,` followed by exactly three digits, after one to three
 * digits that do not start with 0 ("2.600", "2,600", "12,500"). That is a thousands separator in
 * one convention and a decimal mark in the other. Not ambiguous:
 * - two different marks ("2,600.50", "2.600,50"): the last one is the decimal mark;
 * - one mark used twice ("1.234.567"): it groups thousands;
 * - anything but three digits after the mark ("2.6", "2,60", "2.6005"): a decimal mark;
 * - more than three digits, or a 0, before it ("2600.500", "0,500"): a decimal mark;
 * - "000" after it ("12.000"): nobody writes twelve as 12.000, so it groups thousands;
 * - a currency with it ("€12.000", "$2,500", "2.600 EUR"): money has at most two decimals, so
 *   three digits after the mark group thousands.
 * Spaces (also no-break spaces) and apostrophes only ever group thousands ("12 000", "12'000").
 *
 * Read for a language (`group`, the mark its people group thousands with: `,` in English, `.` in
 * German), that mark followed by three digits groups them: "2.600" is 2600 to a German reader,
 * "2,600" is 2600 to an English one. The other mark with three digits still reads two ways (people
 * used to the other convention write it too) and is asked about.
 */

/** What a typed number reads as. */
export type NumberReading =
  /** One reading. */
  | { kind: 'number'; value: number }
  /**
   * Two readings: `readings[0]` takes the mark as a thousands separator, `readings[1]` as a
   * decimal mark. Each comes with `plain`, the same value written so that it cannot be misread
   * (no thousands separator, the decimal mark the person typed), to offer back to them.
   */
  | { kind: 'ambiguous'; readings: [NumberCandidate, NumberCandidate] }
  /** Not a number in either convention. */
  | { kind: 'not-a-number' };

/** One reading of an ambiguous number. */
export interface NumberCandidate {
  value: number;
  /** The value written unambiguously: `2600`, `2.6` or `2,6`. */
  plain: string;
}

/** Options for {@link readNumber}. */
export interface ReadNumberOptions {
  /**
   * The value is a count: a reading with a fraction is no candidate, so "1,500" clients is 1500.
   * A lone reading with a fraction is still returned (the caller says it must be whole).
   */
  whole?: boolean;
  /** The thousands mark of the reader's language (see {@link groupMark}): with three digits after it, it groups them. */
  group?: string;
}

/** The mark `locale` (a BCP 47 tag) groups thousands with, when it is `.` or `,` (`,` for en-GB, `.` for de). */
export function groupMark(locale: string): string | undefined {
  const mark = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567).find((p) => p.type === 'group')?.value;
  return mark === '.' || mark === ',' ? mark : undefined;
}

/** Longer input is not read at all (a typed figure is short; this bounds the work). */
const MAX_LENGTH = 40;
const CURRENCY_BEFORE = /^(?:\$\/€|us\$|\$|€|eur|usd)\s*/i;
const CURRENCY_AFTER = /^(?:\$|€|eur|usd|euros?|dollars?)$/i;
/** A trailing word after the number, as in "2 clients" (a currency word also marks money). */
const WORD_AFTER = /^[\p{L}$€]{1,12}$/u;
const GROUP_ONLY = new Set([' ', '\u00a0', '\u202f', "'", '’']);

/** Reads `text` as a number in either convention; see the module comment for what is ambiguous. */
export function readNumber(text: string, options: ReadNumberOptions = {}): NumberReading {
  const notANumber = { kind: 'not-a-number' } as const;
  let rest = text.trim();
  if (rest.length === 0 || rest.length > MAX_LENGTH) return notANumber;
  // A sentence's full stop: "2500." is 2500.
  if (rest.endsWith('.')) rest = rest.slice(0, -1).trimEnd();
  let money = false;
  const before = CURRENCY_BEFORE.exec(rest);
  if (before) {
    money = true;
    rest = rest.slice(before[0].length);
  }
  const negative = /^[-−]/.test(rest);
  if (negative) rest = rest.slice(1);
  const match = /^([\d.,' \u00a0\u202f’]*\d)(?:\s*([kK])(?=\s|$))?(?:\s*(\S+))?$/.exec(rest);
  if (!match) return notANumber;
  const [, core = '', thousand, word] = match;
  if (word !== undefined) {
    if (!WORD_AFTER.test(word)) return notANumber;
    if (CURRENCY_AFTER.test(word)) money = true;
  }
  const parts = core.split(/([.,' \u00a0\u202f’])/);
  const groups = parts.filter((_, i) => i % 2 === 0);
  const separators = parts.filter((_, i) => i % 2 === 1);
  // Separators stand between digits, one at a time; only a decimal mark may lead (".5").
  if (groups.slice(1).some((g) => g === '')) return notANumber;
  if (groups[0] === '' && (separators.length !== 1 || GROUP_ONLY.has(separators[0] ?? ''))) return notANumber;

  const marks = separators.filter((s) => s === '.' || s === ',');
  const kinds = new Set(marks);
  const last = separators.length - 1;
  let decimalAt: number | undefined;
  let ambiguousAt: number | undefined;
  if (kinds.size === 2) {
    // The last mark is the decimal one, and it may appear only once.
    const mark = marks[marks.length - 1];
    if (separators[last] !== mark || marks.filter((m) => m === mark).length !== 1) return notANumber;
    decimalAt = last;
  } else if (kinds.size === 1 && marks.length === 1 && separators[last] === marks[0]) {
    const after = groups[last + 1] ?? '';
    const lead = groups[0] ?? '';
    const canGroup = after.length === 3 && (last > 0 || (lead.length >= 1 && lead.length <= 3 && !lead.startsWith('0')));
    if (!canGroup) decimalAt = last;
    else if (after !== '000' && !money && marks[0] !== options.group) ambiguousAt = last;
  }

  const read = (decimal: number | undefined): number | undefined => {
    const grouped = groups.slice(0, decimal === undefined ? undefined : decimal + 1);
    // Thousands groups: one to three digits first, then exactly three each.
    if (grouped.length > 1 && (grouped[0] === '' || (grouped[0] ?? '').length > 3 || grouped.slice(1).some((g) => g.length !== 3))) return undefined;
    let whole = grouped.join('');
    let fraction = decimal === undefined ? '' : groups[decimal + 1] ?? '';
    if (thousand) {
      fraction = fraction.padEnd(3, '0');
      whole += fraction.slice(0, 3);
      fraction = fraction.slice(3);
    }
    const value = Number(`${negative ? '-' : ''}${whole || '0'}.${fraction || '0'}`);
    return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER ? value : undefined;
  };

  if (ambiguousAt !== undefined) {
    const asGroups = read(undefined);
    const asDecimal = read(ambiguousAt);
    if (asGroups === undefined || asDecimal === undefined) return notANumber;
    if (options.whole && !Number.isInteger(asDecimal)) return { kind: 'number', value: asGroups };
    const mark = separators[ambiguousAt] ?? '.';
    return {
      kind: 'ambiguous',
      readings: [{ value: asGroups, plain: plain(asGroups, '.') }, { value: asDecimal, plain: plain(asDecimal, mark) }],
    };
  }
  const value = read(decimalAt);
  return value === undefined ? notANumber : { kind: 'number', value };
}

/** `value` with no thousands separator and `mark` as the decimal mark. */
function plain(value: number, mark: string): string {
  return String(value).replace('.', mark);
}

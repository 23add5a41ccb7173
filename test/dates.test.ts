import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, formatDate, isPlainDate } from '../content/index.ts';
import { trailingWindow } from '../content/src/engine/sales.ts';

describe('plain dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-12-31', true],
  ])('isPlainDate(%s) is %s', (value, expected) => {
    expect(isPlainDate(value)).toBe(expected);
  });

  it.each([
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-11-24', -12, '2025-11-24'],
    ['2026-12-15', 1, '2027-01-15'],
  ])('addMonths(%s, %i) is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('adds days across a leap day and a year end', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-10', 90)).toBe('2026-04-10');
    expect(daysBetween('2026-11-24', '2026-12-31')).toBe(37);
  });

  it('formats dates for people', () => {
    expect(formatDate('2026-12-01')).toBe('1 December 2026');
  });

  it('trailing 12-month windows start the day after the same date a year earlier', () => {
    expect(trailingWindow('2026-11-24', 12)).toEqual({ from: '2025-11-25', to: '2026-11-24' });
    // 29 February has no match a year earlier: the window starts on 1 March.
    expect(trailingWindow('2024-02-29', 12)).toEqual({ from: '2023-03-01', to: '2024-02-29' });
    expect(trailingWindow('2025-02-28', 12)).toEqual({ from: '2024-02-29', to: '2025-02-28' });
  });
});

describe('date arithmetic against the calendar', () => {
  it('agrees with Date for every day from 1999 to 2031', () => {
    let date = '1999-01-01';
    for (let i = 0; i < 12_000; i++) {
      const expected = new Date(Date.UTC(1999, 0, 1 + i)).toISOString().slice(0, 10);
      expect(date).toBe(expected);
      expect(daysBetween('1999-01-01', date)).toBe(i);
      date = addDays(date, 1);
    }
  });

  it('formats whole and decimal numbers', async () => {
    const { formatNumber } = await import('../content/index.ts');
    expect([0, 999, 1000, 15000, 1234567, 1840.5, -2500].map(formatNumber)).toEqual(['0', '999', '1,000', '15,000', '1,234,567', '1,840.5', '-2,500']);
  });
});

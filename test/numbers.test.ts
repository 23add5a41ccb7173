/** The shared number reader: both conventions, and the values it refuses to guess. */
import { describe, expect, it } from 'vitest';
import { groupMark, readNumber } from '../content/index.ts';

describe('readNumber', () => {
  it.each([
    ['2500', 2500],
    ['2,600.50', 2600.5],
    ['2.600,50', 2600.5],
    ['12.000', 12000],
    ['12,000', 12000],
    ['12 000', 12000],
    ['12\u00a0000', 12000],
    ["12'000", 12000],
    ['12k', 12000],
    ['12 K', 12000],
    ['3.5k', 3500],
    ['2,5k', 2500],
    ['1.1k', 1100],
    ['€12.000', 12000],
    ['$2,500', 2500],
    ['$/€2,500.50', 2500.5],
    ['2.600 EUR', 2600],
    ['2,600 dollars', 2600],
    ['EUR 2.600', 2600],
    ['1.234.567', 1234567],
    ['1,234,567.89', 1234567.89],
    ['1.234.567,89', 1234567.89],
    ['1 234,56', 1234.56],
    ['2.6', 2.6],
    ['2,6', 2.6],
    ['12,5', 12.5],
    ['2,60', 2.6],
    ['2.6005', 2.6005],
    ['2600.500', 2600.5],
    ['0,500', 0.5],
    ['.5', 0.5],
    ['0', 0],
    ['2500.', 2500],
    ['2 clients', 2],
    ['2 kilos', 2],
    ['-5', -5],
  ])('reads %j as %d', (text, value) => {
    expect(readNumber(text)).toEqual({ kind: 'number', value });
  });

  it.each([
    ['2.600', [2600, '2600'], [2.6, '2.6']],
    ['2,600', [2600, '2600'], [2.6, '2,6']],
    ['12,500', [12500, '12500'], [12.5, '12,5']],
    ['999.999', [999999, '999999'], [999.999, '999.999']],
    ['1 234,567', [1234567, '1234567'], [1234.567, '1234,567']],
    ['2.600k', [2600000, '2600000'], [2600, '2600']],
  ])('asks about %j: %j or %j', (text, [grouped, groupedPlain], [decimal, decimalPlain]) => {
    expect(readNumber(text)).toEqual({
      kind: 'ambiguous',
      readings: [{ value: grouped, plain: groupedPlain }, { value: decimal, plain: decimalPlain }],
    });
  });

  it('offers readings that are themselves read without a question', () => {
    for (const text of ['2.600', '2,600', '12,500']) {
      const reading = readNumber(text);
      if (reading.kind !== 'ambiguous') throw new Error(`${text} should be ambiguous`);
      for (const r of reading.readings) expect(readNumber(r.plain)).toEqual({ kind: 'number', value: r.value });
    }
  });

  it('reads the mark the reader\'s language groups thousands with as grouping, and still asks about the other', () => {
    expect(groupMark('en-GB')).toBe(',');
    expect(groupMark('de')).toBe('.');
    expect(groupMark('pt-BR')).toBe('.');
    expect(readNumber('2.600', { group: '.' })).toEqual({ kind: 'number', value: 2600 });
    expect(readNumber('12.500', { group: groupMark('es') })).toEqual({ kind: 'number', value: 12500 });
    expect(readNumber('2,600', { group: ',' })).toEqual({ kind: 'number', value: 2600 });
    expect(readNumber('2,600', { group: '.' })).toMatchObject({ kind: 'ambiguous', readings: [{ value: 2600 }, { value: 2.6, plain: '2,6' }] });
    expect(readNumber('2.600', { group: ',' })).toMatchObject({ kind: 'ambiguous', readings: [{ value: 2600 }, { value: 2.6, plain: '2.6' }] });
    // What never read two ways reads the same for every language.
    expect(readNumber('2.600,50', { group: ',' })).toEqual({ kind: 'number', value: 2600.5 });
    expect(readNumber('2,6', { group: ',' })).toEqual({ kind: 'number', value: 2.6 });
  });

  it('takes the whole reading of a count', () => {
    expect(readNumber('1,500', { whole: true })).toEqual({ kind: 'number', value: 1500 });
    expect(readNumber('2.600', { whole: true })).toEqual({ kind: 'number', value: 2600 });
    expect(readNumber('1.5', { whole: true })).toEqual({ kind: 'number', value: 1.5 });
  });

  it.each(['', ' ', 'lots', 'two', '1..2', '1.23.456', '26,00.50', '2,600,50', '2.600.50,5,5', '1 2', '12e5', '1e5',
    'about 2500', '2500 or so', '$', '.', ',5,5', "'500", '9'.repeat(41), '99999999999999999999'])('does not read %j', (text) => {
    expect(readNumber(text)).toEqual({ kind: 'not-a-number' });
  });
});

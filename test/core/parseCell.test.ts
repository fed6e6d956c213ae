import { parseCell } from '../../src/core/parseCell';
import type { CellValue, Locale } from '../../src/core/types';

const num = (value: number) => ({ kind: 'number', value });

describe('parseCell: numbers (segmentation.md §2)', () => {
  test.each<[CellValue, Locale, number]>([
    [1234.5, 'en', 1234.5],
    [-0.25, 'fi', -0.25],
    [45000, 'en', 45000],
    ['123', 'en', 123],
    ['123.45', 'en', 123.45],
    ['-7', 'fi', -7],
    ['+7', 'en', 7],
    ['−5', 'en', -5],
    ['(1 234,50)', 'fi', -1234.5],
    ['(1,234.50)', 'en', -1234.5],
    ['1,234', 'en', 1234],
    ['1,234,567.5', 'en', 1234567.5],
    ['12,5', 'en', 12.5],
    ['1.234', 'fi', 1234],
    ['1.234.567,5', 'fi', 1234567.5],
    ['1,5', 'fi', 1.5],
    ['12.5', 'fi', 12.5],
    ['1 234', 'en', 1234],
    ['1\u00a0234,5', 'fi', 1234.5],
    ['1\u202f234\u202f567', 'fi', 1234567],
    ["1'234.50", 'en', 1234.5],
    ['€5', 'en', 5],
    ['€ 5', 'en', 5],
    ['5€', 'fi', 5],
    ['55 148,90 €', 'fi', 55148.9],
    ['$1,234.50', 'en', 1234.5],
    ['£12', 'en', 12],
    ['EUR 100', 'en', 100],
    ['100 USD', 'en', 100],
    ['100SEK', 'en', 100],
    ['-€5', 'en', -5],
    ['€-5', 'en', -5],
    ['1.5E+07', 'en', 15000000],
    ['2,5e3', 'fi', 2500],
    ['1e5', 'en', 100000],
    ['12 %', 'en', 0.12],
    ['12%', 'fi', 0.12],
    ['-3,5 %', 'fi', -0.035],
    ['  42  ', 'en', 42],
    ['.5', 'en', 0.5],
  ])('parseCell(%j, %s) is the number %p', (value, locale, expected) => {
    expect(parseCell(value, locale)).toEqual(num(expected));
  });

  test('parseCell: "-0" is the number 0, not a negative zero', () => {
    expect(Object.is((parseCell('-0', 'en') as { value: number }).value, 0)).toBe(true);
  });
});

describe('parseCell: blanks', () => {
  test.each<CellValue>([null, undefined, '', '   ', '\u00a0'])('parseCell(%j) is blank', (value) => {
    expect(parseCell(value, 'en')).toEqual({ kind: 'blank' });
  });
});

describe('parseCell: invalid values carry a reason', () => {
  test.each<[CellValue, string]>([
    [true, 'true/false value'],
    [false, 'true/false value'],
    ['TRUE', 'true/false value'],
    ['#N/A', 'Excel error value #N/A'],
    ['#DIV/0!', 'Excel error value #DIV/0!'],
    ['#VALUE!', 'Excel error value #VALUE!'],
    ['#REF!', 'Excel error value #REF!'],
    ['#NAME?', 'Excel error value #NAME?'],
    ['#NUM!', 'Excel error value #NUM!'],
    ['#NULL!', 'Excel error value #NULL!'],
    ['#SPILL!', 'Excel error value #SPILL!'],
    ['#CALC!', 'Excel error value #CALC!'],
    ['#GETTING_DATA', 'Excel error value #GETTING_DATA'],
    [NaN, 'NaN value'],
    ['NaN', 'NaN value'],
    [Infinity, 'infinite value'],
    [-Infinity, 'infinite value'],
    ['Infinity', 'infinite value'],
    ['-Infinity', 'infinite value'],
    ['1e400', 'number too large'],
    ['12abc', 'text that is not a number'],
    ['n/a', 'text that is not a number'],
  ])('parseCell(%j) is invalid: %s', (value, reason) => {
    expect(parseCell(value, 'en')).toEqual({ kind: 'invalid', reason });
  });

  test.each<[string, Locale]>([
    ['1,23,456', 'en'],
    ['1.234,5', 'en'],
    ['1 23', 'en'],
    ['5.', 'en'],
    ['--5', 'en'],
    ['(-5)', 'en'],
    ['€5 EUR', 'en'],
    ['1,2,3', 'fi'],
    ['e5', 'en'],
    ['12 ABC', 'en'],
  ])('parseCell: ambiguous or malformed %j (%s) is invalid', (value, locale) => {
    expect(parseCell(value, locale).kind).toBe('invalid');
  });
});

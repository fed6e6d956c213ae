import { dateColumns, isDateFormat } from '../../src/core/dateColumns';
import { inspectSource } from '../../src/core/inspectSource';

describe('dateColumns', () => {
  test.each([
    ['d.m.yyyy', true],
    ['m/d/yyyy', true],
    ['yyyy-mm-dd hh:mm', true],
    ['[$-40B]d. mmmm yyyy', true],
    ['[h]:mm:ss', true],
    ['General', false],
    ['0.00', false],
    ['#,##0.00 "€"', false],
    ['[Red]#,##0', false],
    ['0.0%', false],
    ['@', false],
    ['"days" 0', false],
  ])('isDateFormat(%s) is %s', (code, expected) => {
    expect(isDateFormat(code)).toBe(expected);
  });

  test('dates: a column is a date column when most of its numbers below the first row have a date format', () => {
    const values = [
      ['Sales date', 'Sales', 'Note'],
      [46357, 10, 'x'],
      [46358, 20, 'y'],
    ];
    const formats = [
      ['General', 'General', 'General'],
      ['d.m.yyyy', '0.00', 'General'],
      ['d.m.yyyy', '0.00', 'General'],
    ];
    expect(dateColumns(values, formats)).toEqual([true, false, false]);
  });

  test('dates: a date column is not guessed as revenue, whatever its name', () => {
    const rows = [
      ['Customer', 'Amount', 'Myyntipäivä'],
      ['A', 10, 46357],
      ['B', 20, 46358],
    ];
    expect(inspectSource(rows, null, 'en', { dateColumns: [false, false, true] }).guess.revenue).toBe(1);
    // Without the format fact a column named like a date is still not revenue by name.
    expect(
      inspectSource([['Customer', 'Sales', 'Sales date'], ...rows.slice(1)], null, 'en').guess.revenue,
    ).toBe(1);
  });
});

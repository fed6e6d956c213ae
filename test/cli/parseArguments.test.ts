import { ArgumentError, parseArguments } from '../../src/cli/parseArguments';
import { resolveColumns } from '../../src/cli/resolveColumns';
import { isSegmentationError } from '../../src/core/segmentationError';

describe('parseArguments', () => {
  test('reads the file, column names, thresholds, locale, --json and -o', () => {
    expect(
      parseArguments([
        'in.csv',
        '--customer',
        'Name',
        '--revenue=C',
        '--a',
        '0.7',
        '--b',
        '90%',
        '--locale',
        'fi',
        '--json',
        '-o',
        'out.xlsx',
      ]),
    ).toEqual({
      input: 'in.csv',
      sheet: undefined,
      customer: 'Name',
      revenue: 'C',
      potential: undefined,
      a: 0.7,
      b: 0.9,
      locale: 'fi',
      json: true,
      output: 'out.xlsx',
      help: false,
    });
  });

  test('thresholds above 1 are percentages', () => {
    expect(parseArguments(['x.csv', '--a', '80']).a).toBe(0.8);
  });

  test('--help wins over every other problem', () => {
    expect(parseArguments(['--bogus', '--help']).help).toBe(true);
  });

  test.each([
    [[], /no input file/],
    [['a.csv', 'b.csv'], /one input file/],
    [['a.csv', '--bogus'], /unknown option --bogus/],
    [['a.csv', '--a'], /--a needs a value/],
    [['a.csv', '--a', 'lots'], /--a must be a number/],
    [['a.csv', '--locale', 'sv'], /--locale must be en or fi/],
    [['a.csv', '--revenue', 'A', '--revenue', 'B'], /given twice/],
  ])('%j is an ArgumentError naming the problem', (argv, message) => {
    expect(() => parseArguments(argv)).toThrow(ArgumentError);
    expect(() => parseArguments(argv)).toThrow(message);
  });
});

describe('resolveColumns', () => {
  const headers = ['Customer', 'Sector', 'Revenue', 'Potential'];
  const guess = { revenue: 2, customer: 0, potential: 3, group: null, previous: null, date: null };
  const none = { group: null, previous: null, date: null };

  test('names match headers case-insensitively, else sheet column letters', () => {
    expect(resolveColumns(headers, 0, { revenue: ' revenue ', customer: 'b' }, guess)).toEqual({
      revenue: 2,
      customer: 1,
      potential: 3,
      ...none,
    });
  });

  test('letters count on the sheet: a table starting at column B has its first column at B', () => {
    expect(resolveColumns(headers, 1, { revenue: 'D' }, guess).revenue).toBe(2);
  });

  test('a guess is dropped when a named role already uses its column', () => {
    expect(resolveColumns(headers, 0, { revenue: 'Potential' }, guess)).toEqual({
      revenue: 3,
      customer: 0,
      potential: null,
      ...none,
    });
  });

  test('"none" unmaps the customer or potential column', () => {
    expect(resolveColumns(headers, 0, { potential: 'none', customer: 'NONE' }, guess)).toEqual({
      revenue: 2,
      customer: null,
      potential: null,
      ...none,
    });
  });

  test('an unknown name is column-not-found, listing the headers with their letters', () => {
    try {
      resolveColumns(headers, 0, { revenue: 'Sales' }, guess);
      throw new Error('expected an error');
    } catch (error) {
      expect(isSegmentationError(error) && error.code).toBe('column-not-found');
      expect((error as Error).message).toContain('A "Customer", B "Sector", C "Revenue", D "Potential"');
    }
  });
});

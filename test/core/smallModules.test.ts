import fc from 'fast-check';
import { neumaierSum } from '../../src/core/neumaierSum';
import { customerDisplayName, customerKey } from '../../src/core/customerKey';
import { headline } from '../../src/core/headline';
import { orderDescending } from '../../src/core/orderDescending';
import { medianOfPotentials, valueMatrix } from '../../src/core/valueMatrix';
import { compareClasses } from '../../src/core/compareClasses';
import { QUADRANT_ACTIONS, QUADRANT_LABELS, rowName } from '../../src/core/labels';

describe('neumaierSum: compensated summation', () => {
  test('neumaierSum: [1e100, 1, -1e100] is 1 (the small term survives)', () => {
    expect(neumaierSum([1e100, 1, -1e100])).toBe(1);
  });
  test('neumaierSum: ten times 0.1 is exactly 1', () => {
    expect(neumaierSum(Array.from({ length: 10 }, () => 0.1))).toBe(1);
  });
  test('neumaierSum: empty is 0', () => {
    expect(neumaierSum([])).toBe(0);
  });
});

describe('customerKey: NFC, trim, case fold', () => {
  test('"Oy Alfa Ab " and "OY ALFA AB" are one customer', () => {
    expect(customerKey('Oy Alfa Ab ')).toBe(customerKey('OY ALFA AB'));
  });
  test('composed and decomposed ä are one customer', () => {
    expect(customerKey('Pa\u0308a\u0308')).toBe(customerKey('PÄÄ'));
  });
  test('ß folds to ss: "Straße Oy", "STRASSE OY" and "STRAẞE OY" are one customer', () => {
    expect(customerKey('Straße Oy')).toBe('strasse oy');
    expect(customerKey('STRASSE OY')).toBe('strasse oy');
    expect(customerKey('STRA\u1E9EE OY')).toBe('strasse oy');
  });
  test('final sigma: "ΟΔΟΣ", "οδοσ" and "οδος" are one customer, keyed with σ', () => {
    expect(customerKey('ΟΔΟΣ')).toBe('οδοσ');
    expect(customerKey('οδοσ')).toBe('οδοσ');
    expect(customerKey('οδος')).toBe('οδοσ');
  });
  test('ligatures and titlecase digraphs fold: "ﬁrma" is "FIRMA", "ǅ" is "ǆ"', () => {
    expect(customerKey('\uFB01rma')).toBe(customerKey('FIRMA'));
    expect(customerKey('\u01C5')).toBe(customerKey('\u01C6'));
  });
  test('Turkish İ folds to i + combining dot (not the Turkic i); dotless ı folds to i', () => {
    expect(customerKey('İSTANBUL')).toBe('i\u0307stanbul');
    expect(customerKey('İstanbul')).toBe(customerKey('İSTANBUL'));
    expect(customerKey('İSTANBUL')).not.toBe(customerKey('istanbul'));
    expect(customerKey('IŞIK')).toBe(customerKey('ışık'));
  });
  test('decomposed input is NFC after folding: "CAFE\u0301" and "café" are one customer', () => {
    expect(customerKey('CAFE\u0301')).toBe('café');
    expect(customerKey('CAFE\u0301')).toBe(customerKey('café'));
  });
  test('a numeric key is its text', () => {
    expect(customerKey(17850)).toBe('17850');
  });
  test.each([null, undefined, '', '  '])('blank %j has no key', (value) => {
    expect(customerKey(value)).toBeNull();
  });
  test('the display name is the spelling, trimmed', () => {
    expect(customerDisplayName('  Oy Alfa Ab ')).toBe('Oy Alfa Ab');
  });
});

describe('headline: segmentation.md §4', () => {
  test('en: "38 of 200 customers (19 %) bring 80.4 % of revenue."', () => {
    expect(headline(38, 200, 804, 1000, 'en')).toBe('38 of 200 customers (19 %) bring 80.4 % of revenue.');
  });
  test('fi: "38 asiakasta 200:sta (19 %) tuo 80,4 % liikevaihdosta."', () => {
    expect(headline(38, 200, 804, 1000, 'fi')).toBe('38 asiakasta 200:sta (19 %) tuo 80,4 % liikevaihdosta.');
  });
  test('a trailing ".0" is dropped and the customer share is a whole percent', () => {
    expect(headline(1, 3, 100, 100, 'en')).toBe('1 of 3 customers (33 %) bring 100 % of revenue.');
    expect(headline(2, 3, 79.96, 100, 'en')).toBe('2 of 3 customers (67 %) bring 80 % of revenue.');
  });
  test('fi: the elative ending follows vowel harmony (4:stä, 10:stä, 12:sta)', () => {
    expect(headline(2, 4, 1, 1, 'fi')).toContain('4:stä');
    expect(headline(2, 10, 1, 1, 'fi')).toContain('10:stä');
    expect(headline(2, 12, 1, 1, 'fi')).toContain('12:sta');
  });
});

describe('orderDescending: index permutation', () => {
  test('largest first, equal values in index order', () => {
    const { order, sorted } = orderDescending(Float64Array.of(5, 50, 15, 50, -3, 0));
    expect(Array.from(order)).toEqual([1, 3, 2, 0, 5, 4]);
    expect(Array.from(sorted)).toEqual([50, 50, 15, 5, 0, -3]);
  });
  test('agrees with a stable comparison sort', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: false })), (values) => {
        const expected = values.map((_, i) => i).sort((x, y) => values[y] - values[x] || x - y);
        const { order, sorted } = orderDescending(Float64Array.from(values));
        expect(Array.from(order, (i) => values[i] + 0)).toEqual(expected.map((i) => values[i] + 0));
        // The rebuilt values are the input's, bit for bit (-0 stays -0).
        expect(Array.from(sorted)).toEqual(Array.from(order, (i) => values[i]));
      }),
    );
  });
});

describe('valueMatrix: segmentation.md §5', () => {
  const classes = Uint8Array.of(0, 1, 2, 2);
  const revenue = Float64Array.of(50, 30, 15, 5);
  test('median split is the mean of the two middle potentials for an even count', () => {
    expect(medianOfPotentials(Float64Array.of(4, NaN, 1, 3, 2))).toBe(2.5);
    expect(medianOfPotentials(Float64Array.of(NaN))).toBeNull();
  });
  test('high value = A by default; code is value sign then potential sign', () => {
    const m = valueMatrix(revenue, classes, Float64Array.of(1, 9, 8, 2), { rule: 'A' }, { rule: 'median' });
    expect(m.quadrants).toEqual(['+-', '-+', '-+', '--']);
  });
  test('high value = A or B, fixed split 0, potential equal to the split is high', () => {
    const m = valueMatrix(
      revenue,
      classes,
      Float64Array.of(0, -1, 3, NaN),
      { rule: 'AB' },
      { rule: 'fixed', value: 0 },
    );
    expect(m).toEqual({ quadrants: ['++', '+-', '-+', null], split: 0, withoutPotential: 1 });
  });
  test('high value = revenue at least an amount', () => {
    const m = valueMatrix(
      revenue,
      classes,
      Float64Array.of(1, 1, 1, 1),
      { rule: 'revenueAtLeast', amount: 15 },
      { rule: 'median' },
    );
    expect(m.quadrants).toEqual(['++', '++', '++', '-+']);
  });
  test('a non-finite fixed split is invalid-option', () => {
    expect(() =>
      valueMatrix(revenue, classes, revenue, { rule: 'A' }, { rule: 'fixed', value: NaN }),
    ).toThrow(expect.objectContaining({ code: 'invalid-option' }));
  });
});

describe('compareClasses: changes and migration', () => {
  test('new customers, moves, unchanged and gone customers', () => {
    const previous = new Map([
      ['x', 'A'],
      ['y', 'C'],
      ['z', 'B'],
    ] as const);
    const { changes, migration } = compareClasses(
      [
        { key: 'x', class: 'B' },
        { key: 'y', class: 'C' },
        { key: 'w', class: 'A' },
      ],
      previous,
    );
    expect(changes).toEqual(['A→B', null, 'new']);
    expect(migration.counts).toEqual({
      A: { A: 0, B: 1, C: 0, gone: 0 },
      B: { A: 0, B: 0, C: 0, gone: 1 },
      C: { A: 0, B: 0, C: 1, gone: 0 },
      new: { A: 1, B: 0, C: 0, gone: 0 },
    });
  });
});

describe('compareClasses: customers whose rows were deleted', () => {
  test('the previous class sizes count customers missing from the previous map as gone', () => {
    const previous = new Map([['x', 'A']] as const);
    const { migration } = compareClasses([{ key: 'x', class: 'A' }], previous, { A: 2, B: 3, C: 0 });
    expect(migration.counts.A.gone).toBe(1);
    expect(migration.counts.B.gone).toBe(3);
    expect(migration.counts.C.gone).toBe(0);
  });
});

describe('labels', () => {
  test('quadrant labels of segmentation.md §5 in both languages', () => {
    expect(QUADRANT_LABELS.en['--']).toBe('Improve or let go');
    expect(QUADRANT_LABELS.fi['++']).toBe('Arvokkaimmat asiakkuudet');
    expect(Object.keys(QUADRANT_ACTIONS.fi)).toEqual(['++', '+-', '-+', '--']);
  });
  test('row names without a customer column', () => {
    expect([rowName(14, 'en'), rowName(14, 'fi')]).toEqual(['Row 14', 'Rivi 14']);
  });
});

import * as fs from 'fs';
import * as path from 'path';
import { segment } from '../../src/core/segment';
import { classifySorted } from '../../src/core/classifySorted';
import { isSegmentationError } from '../../src/core/segmentationError';
import { revenues } from './factories';

describe('computed thresholds in a run (segmentation.md §10)', () => {
  test('swiss-inhabitants.csv: a, b from the curve, then §4 gives A 641, B 437, C 1 818', () => {
    const lines = fs
      .readFileSync(path.join(__dirname, '../fixtures/external/swiss-inhabitants.csv'), 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1);
    const values = lines.map((line) => Number(line.split(',').at(-1)));
    const { summary } = segment(revenues(...values), { thresholdMethod: 'computed' });
    expect([summary.classes.A.customers, summary.classes.B.customers, summary.classes.C.customers]).toEqual([
      641, 437, 1818,
    ]);
    expect(summary.thresholds.method).toBe('computed');
    expect(summary.thresholds.a).toBeCloseTo(0.690690639876, 9);
    expect(summary.thresholds.b).toBeCloseTo(0.810559122462, 9);
    expect(summary.computed!.aPoint.x).toBeCloseTo(0.221, 12);
    expect(summary.computed!.cPoint.x).toBeCloseTo(0.372, 12);
  });

  test('the values 1 … 9: the given a and b are ignored, the computed ones are reported', () => {
    const { summary } = segment(revenues(1, 2, 3, 4, 5, 6, 7, 8, 9), {
      thresholdMethod: 'computed',
      a: 0.5,
      b: 0.6,
    });
    expect(summary.thresholds.a).toBeCloseTo(0.63924, 5);
    expect(summary.thresholds.b).toBeCloseTo(0.83979, 5);
    // a·T = 0.63924 · 45 ≈ 28.77: G(6) = 9 + 8 + 7 = 24 is below it, so 9, 8, 7, 6 are A; G(5) = 30 is not.
    expect(summary.classes.A.customers).toBe(4);
  });

  test('fixed is the default and is named', () => {
    expect(segment(revenues(80, 20)).summary.thresholds).toEqual({ a: 0.8, b: 0.95, method: 'fixed' });
    expect(segment(revenues(80, 20)).summary.computed).toBeUndefined();
  });

  test('computed thresholds may be equal (B empty); fixed ones may not', () => {
    expect(
      Array.from(classifySorted(Float64Array.of(50, 30, 20), 0.5, 0.5, 'en', 'computed').classes),
    ).toEqual([0, 2, 2]);
    try {
      classifySorted(Float64Array.of(50, 30, 20), 0.5, 0.5);
      throw new Error('expected an error');
    } catch (error) {
      expect(isSegmentationError(error) && error.code).toBe('invalid-thresholds');
    }
  });

  test('without positive revenue, computed is the same clear error as fixed', () => {
    expect(() => segment(revenues(0, -5), { thresholdMethod: 'computed' })).toThrow(/nothing to segment/);
  });
});

import type { SegmentRequest } from '../../src/flows/segmentFlow';
import { DEFAULT_OPTIONS } from '../../src/flows/prepareSegmentation';
import { isIsoDate, validateRequest } from '../../src/taskpane/validation';

/** A request with the given options and columns over the defaults. */
function request(
  options: Partial<SegmentRequest['options']> = {},
  columns: Partial<SegmentRequest['columns']> = {},
): SegmentRequest {
  return {
    columns: { revenue: 'Revenue', customer: 'Customer', potential: null, ...columns },
    options: { ...DEFAULT_OPTIONS, ...options },
    outputLocale: 'en',
  };
}

describe('pane validation of §10–§11 options', () => {
  test('computed thresholds ignore the A and B fields, fixed ones check them', () => {
    expect(validateRequest(request({ a: NaN, b: 2, thresholdMethod: 'computed' }))).toEqual({});
    expect(validateRequest(request({ a: NaN, b: 2, thresholdMethod: 'fixed' }))).toEqual({
      a: 'thresholdNotNumber',
      b: 'thresholdBOutOfRange',
    });
  });

  test('with a date column the quiet window must be whole days ≥ 1', () => {
    const dated = { date: 'Date' };
    expect(validateRequest(request({ quietDays: 90 }, dated))).toEqual({});
    expect(validateRequest(request({}, dated))).toEqual({});
    for (const quietDays of [0, -5, 12.5, NaN]) {
      expect(validateRequest(request({ quietDays }, dated))).toEqual({ quietDays: 'quietDaysInvalid' });
    }
  });

  test('the as-of date is empty or a real yyyy-mm-dd date', () => {
    const dated = { date: 'Date' };
    expect(validateRequest(request({ asOf: null }, dated))).toEqual({});
    expect(validateRequest(request({ asOf: '2026-02-28' }, dated))).toEqual({});
    expect(validateRequest(request({ asOf: '2026-02-30' }, dated))).toEqual({ asOf: 'asOfInvalid' });
    expect(validateRequest(request({ asOf: '28.2.2026' }, dated))).toEqual({ asOf: 'asOfInvalid' });
  });

  test('without a date column the recency options are not checked (they do not apply)', () => {
    expect(validateRequest(request({ quietDays: -1, asOf: 'soon' }))).toEqual({});
  });

  test('isIsoDate: leap days and real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
  });
});

import { isDarkColour, uiLocaleFromLanguageTag } from '../../src/taskpane/officeEnvironment';
import { validateRequest, parseTypedNumber } from '../../src/taskpane/validation';
import type { SegmentRequest } from '../../src/flows/segmentFlow';

describe('pane language and theme from Office', () => {
  test('a Finnish display language (fi, fi-FI) gives the Finnish UI, anything else English', () => {
    expect(uiLocaleFromLanguageTag('fi-FI')).toBe('fi');
    expect(uiLocaleFromLanguageTag('fi')).toBe('fi');
    expect(uiLocaleFromLanguageTag('sv-FI')).toBe('en');
    expect(uiLocaleFromLanguageTag(undefined)).toBe('en');
  });

  test("Office's black and dark-grey body colours are dark, white and light grey are light", () => {
    expect(isDarkColour('#000000')).toBe(true);
    expect(isDarkColour('#262626')).toBe(true);
    expect(isDarkColour('#444')).toBe(true);
    expect(isDarkColour('#ffffff')).toBe(false);
    expect(isDarkColour('#e6e6e6')).toBe(false);
    expect(isDarkColour('not a colour')).toBe(false);
  });
});

describe('form validation', () => {
  const request = (a: number, b: number): SegmentRequest => ({
    columns: { revenue: 'Revenue', customer: null, potential: null },
    options: { a, b, highValue: { rule: 'A' }, potentialSplit: { rule: 'median' }, parseLocale: 'en' },
    outputLocale: 'en',
  });

  test('thresholds must satisfy 0 < A < B ≤ 100 %', () => {
    expect(validateRequest(request(0.8, 0.95))).toEqual({});
    expect(validateRequest(request(0.8, 1))).toEqual({});
    expect(validateRequest(request(0, 0.95)).a).toBe('thresholdAOutOfRange');
    expect(validateRequest(request(0.95, 0.8)).a).toBe('thresholdAOutOfRange');
    expect(validateRequest(request(0.8, 1.01)).b).toBe('thresholdBOutOfRange');
    expect(validateRequest(request(Number.NaN, 0.95)).a).toBe('thresholdNotNumber');
  });

  test('value-matrix options are checked only when a potential column is mapped', () => {
    const withAmount = request(0.8, 0.95);
    withAmount.options.highValue = { rule: 'revenueAtLeast', amount: Number.NaN };
    expect(validateRequest(withAmount)).toEqual({});
    withAmount.columns.potential = 'Potential';
    expect(validateRequest(withAmount).amount).toBe('amountNotNumber');
  });

  test('typed numbers accept a decimal comma or point and spaces; anything else is not a number', () => {
    expect(parseTypedNumber('80,5')).toBe(80.5);
    expect(parseTypedNumber(' 95.5 ')).toBe(95.5);
    expect(parseTypedNumber('10 000')).toBe(10000);
    expect(parseTypedNumber('8O')).toBeNaN();
    expect(parseTypedNumber('')).toBeNaN();
  });
});

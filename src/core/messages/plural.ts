/**
 * Count-bearing sentences, in one place: every English or Finnish sentence that puts a count before a noun picks
 * its form here, so "1 customer has" and "2 customers have" (fi "1 asiakas", "2 asiakasta") are never written by
 * hand-made ternaries. The catalogue, the issue messages, the workbook's layout text, the command line's report
 * and the pane's templates all call `plural` (or `fillTemplate` for `{n, plural, one {…} other {…}}`).
 *
 * Rule (CLDR cardinal plural rules for English and Finnish, which agree): the form `one` is for exactly 1, the
 * form `other` for every other number (0, 2, 1.5, …). https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html
 */

/** The two forms of a count-bearing phrase; the first `#` in them stands for the count. */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

/**
 * The plural category of the count `n`: `one` for exactly 1, `other` for every other number.
 * @example pluralCategory(1) // => 'one'
 * @example pluralCategory(0) // => 'other'
 */
export function pluralCategory(n: number): keyof PluralForms {
  return n === 1 ? 'one' : 'other';
}

/**
 * The form of `forms` for the count `n`, with its first `#` replaced by `shown` (the count as the caller formats
 * it, e.g. "1 234"; by default `String(n)`). Only the first `#` is the count, so data text interpolated into a form
 * after it (a group named "#2") stays as is.
 *
 * Complexity O(length of the form).
 * @throws never
 * @example plural(1, { one: '# customer has', other: '# customers have' }) // => '1 customer has'
 * @example plural(2, { one: '# asiakas', other: '# asiakasta' }) // => '2 asiakasta'
 * @example plural(1200, { one: '# row', other: '# rows' }, '1 200') // => '1 200 rows'
 */
export function plural(n: number, forms: PluralForms, shown: string = String(n)): string {
  return forms[pluralCategory(n)].replace('#', () => shown);
}

/** `{name, plural, one {…} other {…}}` (forms may hold `#` and plain `{x}`, not nested plurals) or a plain `{name}`. */
const PLACEHOLDER =
  /\{(\w+), plural, one \{((?:[^{}]|\{\w+\})*)\} other \{((?:[^{}]|\{\w+\})*)\}\}|\{(\w+)\}/g;

/**
 * Fill a template in one pass (a value is never scanned again, so data text holding "{x}" or "#" stays as is):
 * `{name}` becomes `values[name]`; `{name, plural, one {…} other {…}}` (the ICU message-format subset) becomes the
 * form for the number `values[name]`, chosen by `plural`, with `#` the value as given. A name without a value stays
 * as written, so a missing value shows instead of vanishing.
 *
 * Complexity O(length of the template).
 * @throws never
 * @example fillTemplate('{n, plural, one {# customer} other {# customers}} in {g}', { n: 1, g: 'North' }) // => '1 customer in North'
 * @example fillTemplate('{n, plural, one {# uusi} other {# uutta}}', { n: '1 200' }) // => '1 200 uutta'
 * @example fillTemplate('{n, plural, one {# uusi} other {# uutta}}', { n: '1' }) // => '1 uusi'
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  const has = (name: string): boolean => Object.prototype.hasOwnProperty.call(values, name);
  return template.replace(
    PLACEHOLDER,
    (whole, name: string | undefined, one: string, other: string, simple: string | undefined) => {
      if (simple !== undefined) return has(simple) ? String(values[simple]) : whole;
      if (name === undefined || !has(name)) return whole;
      const value = values[name];
      // A count given as formatted text ("1 200", "1,200") is 1 exactly when it reads "1" in any format.
      const n = typeof value === 'number' ? value : value.trim() === '1' ? 1 : Number.NaN;
      const form = { one, other }[pluralCategory(n)];
      return form.replace(/#|\{(\w+)\}/g, (part, inner: string | undefined) =>
        inner === undefined ? String(value) : has(inner) ? String(values[inner]) : part,
      );
    },
  );
}

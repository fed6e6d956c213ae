/**
 * The one-sentence answer of a run (segmentation.md §4): "38 of 200 customers (19 %) bring 80.4 % of revenue."
 */
import type { Locale } from './types';
import { plural } from './messages/plural';

/**
 * The headline "n_A of N customers (n_A/N) bring S_A/T of revenue" in `locale`.
 *
 * Rule: the customer percentage is rounded to a whole number, the revenue percentage to one decimal with a
 * trailing ".0" dropped; Finnish uses a decimal comma and the elative ending that fits how N is read aloud.
 * Complexity O(1).
 * @throws never
 * @example headline(38, 200, 804, 1000, 'en') // => '38 of 200 customers (19 %) bring 80.4 % of revenue.'
 * @example headline(38, 200, 804, 1000, 'fi') // => '38 asiakasta 200:sta (19 %) tuo 80,4 % liikevaihdosta.'
 * @example headline(7, 41, 806, 1000, 'en', 'North') // => "7 of 41 customers (17 %) bring 80.6 % of North's revenue."
 * With `group`, the revenue is that group's (segmentation.md §8).
 */
export function headline(
  customersA: number,
  customers: number,
  revenueA: number,
  revenue: number,
  locale: Locale,
  group?: string,
): string {
  const customerPercent = customers > 0 ? Math.round((customersA / customers) * 100) : 0;
  const revenuePercent = oneDecimal(revenue > 0 ? (revenueA / revenue) * 100 : 0, locale);
  if (locale === 'fi') {
    return (
      `${plural(customersA, { one: '# asiakas', other: '# asiakasta' })} ${customers}:${elativeEnding(customers)} (${customerPercent} %) ` +
      `tuo ${revenuePercent} % ${group === undefined ? '' : `ryhmän ${group} `}liikevaihdosta.`
    );
  }
  const of = group === undefined ? 'revenue' : `${group}${/s$/i.test(group) ? "'" : "'s"} revenue`;
  // The English verb stays "bring" for every count: the contract fixes the sentence (segmentation.md §4, §7:
  // "1 of 3 customers (33 %) bring 100 %").
  return `${customersA} of ${customers} customers (${customerPercent} %) bring ${revenuePercent} % of ${of}.`;
}

function oneDecimal(value: number, locale: Locale): string {
  const text = (Math.round(value * 10) / 10).toFixed(1).replace(/\.0$/, '');
  return locale === 'fi' ? text.replace('.', ',') : text;
}

/** "sta" or "stä" by vowel harmony of the last spoken word of n (kolmesta, neljästä, sadasta, kymmenestä). */
function elativeEnding(n: number): string {
  const lastTwo = n % 100;
  const last = n % 10;
  if (lastTwo > 10 && lastTwo < 20) return 'sta';
  if (last !== 0) return [1, 4, 5, 7, 9].includes(last) ? 'stä' : 'sta';
  if (lastTwo !== 0) return 'stä';
  return 'sta';
}

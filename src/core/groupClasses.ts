/**
 * The vital few of each region, salesperson or sector (segmentation.md §8): every group classified on its own.
 */
import type { CellValue, DictionaryColumn, GroupSummary, Locale } from './types';
import { CustomerRegistry, customerLookup } from './customerRegistry';
import { classifyRevenues } from './classifyRevenues';
import { neumaierAdd } from './neumaierSum';
import { headline } from './headline';
import type { IssueList } from './issueList';
import { rowRevenue } from './rowRevenue';

/** No group class: the row has no classified pair. */
const NO_GROUP_CLASS = 255;

/** The pairs (group, customer) and the groups. */
export interface GroupClassification {
  /** Every group with a pair (a customer's rows in it), largest T_g first, ties by name; 0 customers when none of
   * its pairs is classified. */
  groups: GroupSummary[];
  /** Classified pairs: customer (index given by `rowCustomer`), group (index into `groups`), revenue, class. */
  pairCustomer: Uint32Array;
  pairGroup: Uint32Array;
  pairRevenue: Float64Array;
  pairClass: Uint8Array;
  /** Per source row the class of its pair, NO_GROUP_CLASS when none. */
  rowGroupClass: Uint8Array;
}

const BLANK_NAME: Readonly<Record<Locale, string>> = { en: '(blank)', fi: '(tyhjä)' };

/**
 * Classifies each group's pairs by §4 with thresholds a, b. Rule: group names compare like customer keys (NFC,
 * trimmed, case-folded; first spelling shown); blank group cells form the group "(blank)" / "(tyhjä)" and are
 * counted in an issue; a pair's revenue is the Neumaier sum of the customer's valid revenue cells on the group's
 * rows; a pair without one is unclassified like a customer without valid revenue (§3): it has no group class and
 * is reported naming customer and group (when `customerName` is given: without a customer column the row's blank or
 * invalid cell is already reported), and its group stays listed, with 0 customers when no pair of it is classified
 * (§2: nothing vanishes silently). A group without positive revenue has only C pairs and is reported, never an
 * error. A group met only on rows without a customer has no pair and is not listed (those rows are reported). Each row's revenue cell is read where it is summed (`rowRevenue`), not kept per row.
 *
 * Complexity O(rows + pairs) plus the sorts of §4 per group.
 * @throws SegmentationError 'revenue-not-finite' for a pair sum beyond the largest double.
 * @example
 * groupClasses(['N', 'S'], Int32Array.of(0, 0), { column: [5, 7], locale: 'en' }, 1, 0.8, 0.95, 'en', issues).groups[0].name // => 'S'
 */
export function groupClasses(
  groupColumn: readonly CellValue[] | DictionaryColumn,
  rowCustomer: Int32Array,
  revenueCells: { column: ArrayLike<CellValue>; locale: Locale },
  customerCount: number,
  a: number,
  b: number,
  locale: Locale,
  issues: IssueList,
  customerName?: (customer: number) => string,
): GroupClassification {
  const rows = rowCustomer.length;
  const registry = new CustomerRegistry();
  const groupOf = customerLookup(groupColumn, registry);
  // Pairs in order of first row; a pair counts once one of its revenue cells is valid. Each row's group is looked
  // up once, in this loop (no per-row group array); a blank cell is group -1 until every name is known, as the
  // blank group comes after them.
  const pairByKey = new Map<number, number>();
  const rowPair = new Int32Array(rows).fill(-1);
  const pairGroupRaw: number[] = [];
  const pairCustomerRaw: number[] = [];
  const sums = new Float64Array(rows);
  const compensations = new Float64Array(rows);
  const valid = new Uint8Array(rows);
  let blankRows = 0;
  for (let r = 0; r < rows; r++) {
    const g = groupOf(r, r);
    if (g < 0) blankRows++;
    const c = rowCustomer[r];
    if (c < 0) continue;
    const key = (g + 1) * customerCount + c;
    let p = pairByKey.get(key);
    if (p === undefined) {
      p = pairGroupRaw.length;
      pairByKey.set(key, p);
      pairGroupRaw.push(g);
      pairCustomerRaw.push(c);
    }
    rowPair[r] = p;
    const value = rowRevenue(revenueCells.column[r], revenueCells.locale);
    if (Number.isNaN(value)) continue;
    neumaierAdd(sums, compensations, p, value);
    valid[p] = 1;
  }
  const names = [...registry.names];
  const blankGroup = blankRows > 0 ? names.push(BLANK_NAME[locale]) - 1 : -1;
  if (blankRows > 0) {
    issues.add('blank-group', null, () => ({
      code: 'blank-group',
      rows: blankRows,
      group: BLANK_NAME[locale],
    }));
    for (let p = 0; p < pairGroupRaw.length; p++) if (pairGroupRaw[p] < 0) pairGroupRaw[p] = blankGroup;
  }

  // Classified pairs grouped by group (a counting sort), then each group classified on its own.
  const groupCount = names.length;
  const hasPair = new Uint8Array(groupCount);
  for (let p = 0; p < pairGroupRaw.length; p++) {
    hasPair[pairGroupRaw[p]] = 1;
    if (valid[p] || !customerName) continue;
    const group = names[pairGroupRaw[p]];
    const customer = pairCustomerRaw[p];
    issues.add('unclassified-pair', null, () => ({
      code: 'unclassified-pair',
      name: customerName(customer),
      group,
    }));
  }
  const starts = new Uint32Array(groupCount + 1);
  for (let p = 0; p < pairGroupRaw.length; p++) if (valid[p]) starts[pairGroupRaw[p] + 1]++;
  for (let g = 0; g < groupCount; g++) starts[g + 1] += starts[g];
  const members = new Uint32Array(starts[groupCount]);
  const fill = starts.slice(0, groupCount);
  for (let p = 0; p < pairGroupRaw.length; p++) if (valid[p]) members[fill[pairGroupRaw[p]]++] = p;

  const classOfPair = new Uint8Array(pairGroupRaw.length).fill(NO_GROUP_CLASS);
  const unsorted: (Omit<GroupSummary, 'share'> & { index: number })[] = [];
  for (let g = 0; g < groupCount; g++) {
    const from = starts[g];
    const to = starts[g + 1];
    if (to === from && !hasPair[g]) continue;
    const revenue = Float64Array.from(members.subarray(from, to), (p) => sums[p] + compensations[p]);
    const classified = classifyRevenues(revenue, a, b);
    for (let i = 0; i < revenue.length; i++) classOfPair[members[from + i]] = classified.classes[i];
    const name = names[g];
    if (classified.total === 0 && to > from) {
      issues.add('group-without-positive-revenue', null, () => ({
        code: 'group-without-positive-revenue',
        group: name,
      }));
    }
    let withoutPositive = 0;
    for (const value of revenue) if (value <= 0) withoutPositive++;
    const table = classified.table;
    unsorted.push({
      index: g,
      name,
      blank: g === blankGroup,
      customers: to - from,
      revenue: classified.total,
      classes: table,
      headline: headline(table.A.customers, to - from, table.A.revenue, classified.total, locale, name),
      customersWithoutPositiveRevenue: withoutPositive,
    });
  }
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  unsorted.sort((x, y) => y.revenue - x.revenue || collator.compare(x.name, y.name) || x.index - y.index);
  let all = 0;
  let allCompensation = 0;
  for (const group of unsorted) {
    const next = all + group.revenue;
    allCompensation +=
      Math.abs(all) >= group.revenue ? all - next + group.revenue : group.revenue - next + all;
    all = next;
  }
  const total = all + allCompensation;
  const position = new Int32Array(groupCount).fill(-1);
  const groups = unsorted.map(({ index, ...group }, i): GroupSummary => {
    position[index] = i;
    return { ...group, share: total > 0 ? group.revenue / total : 0 };
  });

  const pairs = members.length;
  const pairCustomer = new Uint32Array(pairs);
  const pairGroup = new Uint32Array(pairs);
  const pairRevenue = new Float64Array(pairs);
  const pairClass = new Uint8Array(pairs);
  for (let i = 0, p = 0; p < pairGroupRaw.length; p++) {
    if (!valid[p]) continue;
    pairCustomer[i] = pairCustomerRaw[p];
    pairGroup[i] = position[pairGroupRaw[p]];
    pairRevenue[i] = sums[p] + compensations[p];
    pairClass[i++] = classOfPair[p];
  }
  const rowGroupClass = new Uint8Array(rows).fill(NO_GROUP_CLASS);
  for (let r = 0; r < rows; r++) if (rowPair[r] >= 0) rowGroupClass[r] = classOfPair[rowPair[r]];
  return { groups, pairCustomer, pairGroup, pairRevenue, pairClass, rowGroupClass };
}

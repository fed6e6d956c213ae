/**
 * The data types of the segmentation contract (../shared/docs/segmentation.md).
 * Pure declarations: every host, flow and UI speaks these types.
 */

/** A raw cell as a host reads it (Excel `Range.values`, a CSV field, an ExcelJS value). */
export type CellValue = string | number | boolean | null | undefined;

/** Parsing and output conventions: `en` (1,234.5) or `fi` (1 234,5). */
export type Locale = 'en' | 'fi';

export type AbcClass = 'A' | 'B' | 'C';

/** Value-matrix quadrant: value sign, then potential sign (segmentation.md §5). */
export type QuadrantCode = '++' | '+-' | '-+' | '--';

/**
 * A text column stored once per distinct value, as a reader that interns its fields delivers it: row r holds
 * `values[codes[r]]`, and code -1 is a missing cell. A million invoice lines of 50,000 customers are then 50,000
 * strings, not a million (the cost of hashing a million separate strings dominates aggregation otherwise).
 */
export interface DictionaryColumn {
  codes: Int32Array;
  values: readonly CellValue[];
}

/** The mapped columns of a source, column-major, data rows only (header excluded). */
export interface SourceColumns {
  revenue: ArrayLike<CellValue>;
  /** Absent: every row is its own customer. */
  customer?: readonly CellValue[] | DictionaryColumn;
  /** Absent: no value matrix. */
  potential?: ArrayLike<CellValue>;
  /** Absent: no group classes (segmentation.md §8). Region, salesperson, sector … per row. */
  group?: readonly CellValue[] | DictionaryColumn;
  /** Absent: no previous period (§9). The revenue of an earlier period on the same rows, read like revenue. */
  previous?: ArrayLike<CellValue>;
  /** Absent: no recency (§11). The invoice or order date of each row: Excel serial or date text. */
  date?: ArrayLike<CellValue>;
  /** Where the cells are, so that issues can name them (e.g. `C14`). */
  addressing: SourceAddressing;
}

export interface SourceAddressing {
  /** Sheet row number (1-based) of the first data row. */
  firstRow: number;
  /** Column letters in the sheet, e.g. `C`. */
  revenueColumn: string;
  customerColumn?: string;
  potentialColumn?: string;
  groupColumn?: string;
  previousColumn?: string;
  dateColumn?: string;
}

/** How the thresholds a and b are decided: given (fixed) or computed from the data (§10). */
export type ThresholdMethod = 'fixed' | 'computed';

/** How "high value" is decided on the value matrix. @default { rule: 'A' } */
export type HighValueRule = { rule: 'A' } | { rule: 'AB' } | { rule: 'revenueAtLeast'; amount: number };

/** How "high potential" is decided. @default { rule: 'median' } */
export type PotentialSplitRule = { rule: 'median' } | { rule: 'fixed'; value: number };

export interface SegmentationOptions {
  /** A threshold, 0 < a < b. @default 0.8 */
  a?: number;
  /** B threshold, a < b ≤ 1. @default 0.95 */
  b?: number;
  highValue?: HighValueRule;
  potentialSplit?: PotentialSplitRule;
  /** Convention for numbers stored as text. @default 'en' */
  parseLocale?: Locale;
  /** Language of the headline, labels and messages. @default 'en' */
  outputLocale?: Locale;
  /** Classes of the previous run by customer key; enables `change` and the migration table. */
  previousClasses?: ReadonlyMap<string, AbcClass>;
  /**
   * How many customers each class had in the previous run, including customers whose rows have since been
   * deleted (and so are missing from `previousClasses`): they count as gone in the migration table.
   */
  previousClassCounts?: Readonly<Record<AbcClass, number>>;
  /**
   * 'computed': a and b come from the data (Ultsch & Lötsch, §10) and the given a, b are ignored.
   * @default 'fixed'
   */
  thresholdMethod?: ThresholdMethod;
  /**
   * What the previous column is, for "since Revenue 2025" (usually its header). Only used with a previous column.
   * @default 'previous period' / 'edellinen kausi'
   */
  previousLabel?: string;
  /** Quiet window of §11: an A or B customer is quiet when more days than this have passed. @default 90 */
  quietDays?: number;
  /** As-of date of §11 as `yyyy-mm-dd`. @default null: the latest valid date in the data (never the clock) */
  asOf?: string | null;
}

export interface CustomerResult {
  /** Normalised key (NFC, trimmed, case-folded); the row index as text when there is no customer column. */
  key: string;
  /** First spelling met. */
  name: string;
  revenue: number;
  /** Mean of valid potential cells, or null. */
  potential: number | null;
  /** RANK.EQ descending among classified customers. */
  rank: number;
  /** revenue / T; null when revenue ≤ 0. */
  share: number | null;
  cumulativeShare: number | null;
  class: AbcClass;
  quadrant: QuadrantCode | null;
  /**
   * "new", "A→B", … ; null when unchanged or nothing to compare. With a previous column (§9) it compares the two
   * periods, else the last run (§6).
   */
  change: string | null;
  /** With a group column (§8): every group the customer has classified rows in, by group name. */
  groups?: GroupMembership[];
  /** With a previous column (§9): the sum of valid previous cells; null when none is valid. */
  previousRevenue?: number | null;
  /** With a previous column: §4 on the previous revenues; null (= new) without positive previous revenue. */
  previousClass?: AbcClass | null;
  /** With a previous column: (revenue − previous) / previous when previous > 0, else null. */
  growth?: number | null;
  /** With a date column (§11): the latest valid date among rows with revenue > 0, as `yyyy-mm-dd`; null if none. */
  lastPurchase?: string | null;
  /** With a date column: as-of − last purchase in whole days; null without a last purchase. */
  daysSincePurchase?: number | null;
  /** With a date column: class A or B and days since > the quiet window. */
  quiet?: boolean;
}

/** A customer's standing inside one group (§8): the pair (group, customer). */
export interface GroupMembership {
  /** The group's displayed name (first spelling met; "(blank)" / "(tyhjä)" for blank group cells). */
  group: string;
  /** The customer's revenue on that group's rows. */
  revenue: number;
  /** The group class: §4 within the group, same thresholds. */
  class: AbcClass;
}

export interface ClassSummary {
  customers: number;
  customerShare: number;
  revenue: number;
  revenueShare: number;
}

export interface QuadrantSummary {
  customers: number;
  revenue: number;
}

export interface RowCounts {
  read: number;
  blankRevenue: number;
  invalidRevenue: number;
  withoutCustomer: number;
}

export interface Summary {
  headline: string;
  /** N: classified customers, including those with revenue ≤ 0. */
  customers: number;
  /** T: the sum of positive customer revenues (the base of every share). */
  revenue: number;
  /** The thresholds actually used, and how they were decided (§10). */
  thresholds: { a: number; b: number; method: ThresholdMethod };
  /** The potential split actually used, or null without potential. */
  potentialSplit: number | null;
  /** The high-value rule actually used. */
  highValue: HighValueRule;
  classes: Record<AbcClass, ClassSummary>;
  /** Empty object without a potential column. */
  quadrants: Partial<Record<QuadrantCode, QuadrantSummary>>;
  rows: RowCounts;
  /** Revenue carried by rows without a customer key. */
  revenueWithoutCustomer: number;
  customersWithoutPositiveRevenue: number;
  unclassifiedCustomers: number;
  /** Classified customers that have no potential (no quadrant). */
  customersWithoutPotential: number;
  /** With computed thresholds: the curve points that gave a and b (§10). */
  computed?: ComputedPoints;
  /** With a group column (§8): every group, largest T_g first (ties by name). */
  groups?: GroupSummary[];
  /** With a previous column (§9). */
  previous?: PreviousSummary;
  /** With a date column (§11). */
  recency?: RecencySummary;
}

/** The A point and C point of the computed ABC analysis (§10), as (share of customers, share of revenue). */
export interface ComputedPoints {
  aPoint: { x: number; y: number };
  cPoint: { x: number; y: number };
}

/** One group of §8. */
export interface GroupSummary {
  /** Displayed name (first spelling; "(blank)" / "(tyhjä)" for blank cells). */
  name: string;
  /** True for the group of blank group cells. */
  blank: boolean;
  /** Classified pairs (customers with a valid revenue cell on the group's rows), incl. revenue ≤ 0. */
  customers: number;
  /** T_g: the sum of the group's positive pair revenues. */
  revenue: number;
  /** T_g / the sum of every group's T_g (0 when that sum is 0). */
  share: number;
  /** Per class: customers, % of the group's customers, revenue, % of T_g (0 when T_g is 0). */
  classes: Record<AbcClass, ClassSummary>;
  /** "7 of 41 customers (17 %) bring 80.6 % of North's revenue." */
  headline: string;
  /** Pairs with revenue ≤ 0. */
  customersWithoutPositiveRevenue: number;
}

/** The previous period of §9. */
export interface PreviousSummary {
  /** What is compared, e.g. the previous column's header "Revenue 2025". */
  label: string;
  /** The sum of positive previous customer revenues. */
  revenue: number;
  /** §4 on the previous revenues (customers with a previous class), like `Summary.classes`. */
  classes: Record<AbcClass, ClassSummary>;
  /** Customers by previous class (or new) × current class. */
  migration: Record<AbcClass | 'new', Record<AbcClass, number>>;
  /** Their current revenue, same cells. */
  migrationRevenue: Record<AbcClass | 'new', Record<AbcClass, number>>;
  /** Customers with positive previous revenue that are not classified now (no valid revenue cell): gone. */
  gone: Record<AbcClass, number>;
}

/** A quiet A customer of §11: the first calls to make. */
export interface QuietCustomer {
  key: string;
  name: string;
  revenue: number;
  /** `yyyy-mm-dd`. */
  lastPurchase: string;
  daysSince: number;
}

/** Recency of §11. */
export interface RecencySummary {
  /** `yyyy-mm-dd`: the given as-of date, else the latest valid date in the data; null when neither exists. */
  asOf: string | null;
  windowDays: number;
  /** Quiet customers (class A or B, days since > window) and their revenue. */
  quiet: Record<'A' | 'B', QuadrantSummary>;
  /** The quiet A customers by revenue, largest first (ties by name). */
  quietA: QuietCustomer[];
  /** How slash dates were read: day first, month first, or null when the column has none. */
  slashOrder: 'd/m' | 'm/d' | null;
  /** Date cells that are not a date (reported as issues). */
  invalidDates: number;
  /** Classified customers without a purchase date (no dated row with revenue > 0). */
  customersWithoutDate: number;
}

export interface Issue {
  /** Stable machine code, e.g. `invalid-revenue`, `blank-revenue`, `rows-without-customer`. */
  code: string;
  /** Cell address such as `B14`, or null when the issue is not about one cell. */
  cell: string | null;
  /** Sheet row number (1-based), or null. */
  row: number | null;
  message: string;
}

export interface CurvePoint {
  /** Cumulative share of customers (0..1). */
  customerShare: number;
  /** Cumulative share of revenue (0..1). */
  revenueShare: number;
}

export interface AbcCurve {
  points: CurvePoint[];
  /** The point of the last A customer and of the last B customer (null when the class is empty). */
  lastA: CurvePoint | null;
  lastB: CurvePoint | null;
}

/** Previous class (or 'new') × new class (or 'gone') counts. */
export interface MigrationTable {
  /** rows: 'A' | 'B' | 'C' | 'new'; columns: 'A' | 'B' | 'C' | 'gone'. */
  counts: Record<AbcClass | 'new', Record<AbcClass | 'gone', number>>;
}

/**
 * The classified customers as parallel arrays, in result order (rank, then name): what bulk consumers (the
 * layout of a million output rows, the benchmark) read without building an object per customer.
 */
export interface CustomerColumns {
  count: number;
  key(i: number): string;
  name(i: number): string;
  revenue: Float64Array;
  /** NaN: no potential. */
  potential: Float64Array;
  rank: Uint32Array;
  /** NaN: blank (revenue ≤ 0). */
  share: Float64Array;
  /** NaN: blank (revenue ≤ 0). */
  cumulativeShare: Float64Array;
  /** 0 = A, 1 = B, 2 = C. */
  classes: Uint8Array;
  /** Null without a potential column. */
  quadrants: readonly (QuadrantCode | null)[] | null;
  /** Null without previous classes or a previous column. */
  changes: readonly (string | null)[] | null;
  /** With a group column: each customer's groups, as slices of the pair arrays. */
  groups?: CustomerGroupColumns;
  /** With a previous column: NaN when no previous cell is valid. */
  previousRevenue?: Float64Array;
  /** With a previous column: 0 = A, 1 = B, 2 = C, 255 = none (new). */
  previousClasses?: Uint8Array;
  /** With a previous column: NaN when blank (previous ≤ 0 or none). */
  growth?: Float64Array;
  /** With a date column: last purchase as an Excel serial (days since 1899-12-30); NaN when none. */
  lastPurchase?: Float64Array;
  /** With a date column: whole days since the last purchase; NaN when none. */
  daysSincePurchase?: Float64Array;
  /** With a date column: 1 when the customer has gone quiet. */
  quiet?: Uint8Array;
}

/**
 * The pairs (group, customer) of §8 in customer order: customer i's pairs are `start[i]` … `start[i + 1] − 1`,
 * ordered by group name. `group[p]` indexes `Summary.groups` (largest T_g first).
 */
export interface CustomerGroupColumns {
  /** count + 1 offsets. */
  start: Uint32Array;
  group: Uint32Array;
  revenue: Float64Array;
  /** 0 = A, 1 = B, 2 = C. */
  classes: Uint8Array;
}

export interface SegmentationResult {
  summary: Summary;
  /**
   * Classified customers sorted by rank, then name. Built from `customerColumns` on first access (a million
   * objects cost more than the whole segmentation), then cached.
   */
  readonly customers: CustomerResult[];
  customerColumns: CustomerColumns;
  /**
   * For each source data row, the index into `customers` of its customer, or -1 when the row has no
   * customer or its customer is unclassified.
   */
  rowCustomer: Int32Array;
  issues: Issue[];
  curve: AbcCurve;
  /**
   * Present when previous classes were given or a previous column is mapped (then it compares the periods, and
   * 'gone' counts customers with a previous class and no valid revenue cell now).
   */
  migration: MigrationTable | null;
  /**
   * With a group column: per source row the group class of its pair (0 = A, 1 = B, 2 = C), 255 when the row has
   * no classified pair (no customer, or no valid revenue cell of that customer in that group).
   */
  rowGroupClass?: Uint8Array;
}

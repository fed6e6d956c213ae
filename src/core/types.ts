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
  revenue: readonly CellValue[];
  /** Absent: every row is its own customer. */
  customer?: readonly CellValue[] | DictionaryColumn;
  /** Absent: no value matrix. */
  potential?: readonly CellValue[];
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
}

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
  /** "new", "A→B", … ; null when unchanged or no previous run. */
  change: string | null;
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
  thresholds: { a: number; b: number };
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
  /** Null without previous classes. */
  changes: readonly (string | null)[] | null;
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
  /** Present when previous classes were given. */
  migration: MigrationTable | null;
}

/**
 * Which customers the value-matrix chart plots: all of them up to a limit, past it every A customer and an evenly
 * spread sample of the rest (design.md, "Charts").
 */
import type { CustomerResult } from '../types';

/** The customers to plot and what was left out, for the note under the chart. */
export interface MatrixSample {
  /** Customers to plot, in the order given (rank order when given the result's customers). */
  shown: CustomerResult[];
  /** True when the limit forced a sample. */
  sampled: boolean;
  /** A customers shown (all of them when sampled). */
  aCount: number;
  /** Other customers shown, and how many there were. */
  othersShown: number;
  othersTotal: number;
}

/** Past this many customers the chart plots a sample: Excel charts become slow and unreadable beyond it. */
export const MATRIX_POINT_LIMIT = 5000;

/**
 * Samples the customers of the value-matrix chart. Rule: up to `limit` customers, all are shown; beyond it every
 * A customer is shown, and of the others `max(0, limit − A)` are taken at evenly spaced positions
 * (`floor(i · m / k)`) of their given order – deterministic, so a refresh of unchanged data draws the same chart,
 * and spread over the whole revenue range when the input is in rank order.
 *
 * Complexity: O(n).
 * @example sampleMatrixCustomers(customers, 5000).sampled // => false for ≤ 5 000 customers
 */
export function sampleMatrixCustomers(
  customers: readonly CustomerResult[],
  limit: number = MATRIX_POINT_LIMIT,
): MatrixSample {
  const aCount = customers.filter((c) => c.class === 'A').length;
  if (customers.length <= limit) {
    return {
      shown: customers.slice(),
      sampled: false,
      aCount,
      othersShown: customers.length - aCount,
      othersTotal: customers.length - aCount,
    };
  }
  const others = customers.filter((c) => c.class !== 'A');
  const take = Math.min(others.length, Math.max(0, limit - aCount));
  const picked = new Set<CustomerResult>();
  for (let i = 0; i < take; i++) picked.add(others[Math.floor((i * others.length) / take)]);
  return {
    shown: customers.filter((c) => c.class === 'A' || picked.has(c)),
    sampled: true,
    aCount,
    othersShown: take,
    othersTotal: others.length,
  };
}

/**
 * Deterministic invoice-line CSV for the benchmarks: the shape of shared/data/samples/invoices.csv
 * (Date, Invoice, Customer, Product, Amount) at any size.
 */
import * as fs from 'fs';

/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence on every machine,
 * so a benchmark file is the same file every time.
 *
 * @example const next = seededRandom(42); next(); // => a number in [0, 1), always the same for seed 42
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Size and seed of a generated invoice file. */
export interface InvoiceCsvSpec {
  lines: number;
  customers: number;
  seed: number;
}

/**
 * Write `spec.lines` invoice lines (plus a header) to `file`, in 1 MB chunks.
 * Rule: customer popularity is heavy-tailed (a power of a uniform draw), about 1 line in 30 has no customer
 * (cash sales) and about 1 in 50 is a credit note (negative amount) – the irregularities the real data has.
 * Returns the number of bytes written.
 *
 * @example writeInvoiceCsv('/tmp/x.csv', { lines: 3, customers: 2, seed: 1 }) // => bytes written (header + 3 lines)
 */
export function writeInvoiceCsv(file: string, spec: InvoiceCsvSpec): number {
  const random = seededRandom(spec.seed);
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  try {
    let chunk = 'Date,Invoice,Customer,Product,Amount\n';
    for (let line = 0; line < spec.lines; line++) {
      const day = 1 + Math.floor((line / spec.lines) * 28);
      const date = `2026-02-${day < 10 ? '0' : ''}${day}`;
      const invoice = 100001 + line;
      // Squaring a uniform draw skews popularity toward low customer numbers: a long tail, like B2B sales.
      const customerNumber = Math.floor(random() * random() * spec.customers);
      const customer = random() < 1 / 30 ? '' : `Customer ${customerNumber} Oy`;
      const product = `P-${100 + Math.floor(random() * 400)}`;
      const sign = random() < 1 / 50 ? -1 : 1;
      const amount = (sign * (5 + random() * random() * 2000)).toFixed(2);
      chunk += `${date},${invoice},${customer},${product},${amount}\n`;
      if (chunk.length > 1 << 20) {
        bytes += fs.writeSync(fd, chunk);
        chunk = '';
      }
    }
    bytes += fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
  return bytes;
}

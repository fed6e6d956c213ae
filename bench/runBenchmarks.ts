/**
 * `npm run bench`: the engine and the command line against their time and memory targets, printed as a table.
 * Run with `node --expose-gc lib/bench/runBenchmarks.js` (collects garbage between runs when it can).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { aggregateCustomers } from '../src/core/aggregateCustomers';
import { segment } from '../src/core/segment';
import type { CellValue, SourceColumns } from '../src/core/types';
import { seededRandom, writeInvoiceCsv } from './generateInvoiceCsv';

/** One measured line of the table. */
interface Measurement {
  name: string;
  rows: number;
  ms: number;
  /** Peak resident memory in MB (the child's for the command line; the bench process's so far otherwise). */
  peakMb: number;
  /** No target: a figure shown for comparison. */
  targetMs?: number;
  targetMb?: number;
}

const ROOT = path.resolve(__dirname, '../..');
const RUNS = 3;

/** Heavy-tailed revenues (a Pareto-like draw), deterministic for a seed. */
function revenues(count: number, seed: number): CellValue[] {
  const random = seededRandom(seed);
  const values: CellValue[] = new Array(count);
  for (let i = 0; i < count; i++) values[i] = Math.round(100000 / Math.pow(1 - random() * 0.999, 0.9)) / 100;
  return values;
}

/**
 * Median wall time of `RUNS` runs of `work` after one warm-up run (so the JIT has compiled it), with a collection
 * before each when `--expose-gc` is on.
 */
function medianMs(work: () => unknown): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  work();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    gc?.();
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((x, y) => x - y)[Math.floor(RUNS / 2)];
}

function peakMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function coreSegmentation(count: number, targetMs: number): Measurement {
  const columns: SourceColumns = {
    revenue: revenues(count, count),
    addressing: { firstRow: 2, revenueColumn: 'A' },
  };
  const ms = medianMs(() => segment(columns));
  return {
    name: `core: segment ${count.toLocaleString('en-US')} customers`,
    rows: count,
    ms,
    peakMb: peakMb(),
    targetMs,
  };
}

/**
 * 1M invoice lines as the CSV reader hands them over: the customer column interned (one string per distinct
 * customer, a code per row – see FieldInterner), revenue a number.
 */
function internedInvoiceColumns(lines: number, customers: number): SourceColumns {
  const plain = invoiceColumns(lines, customers);
  const interned = new Map<CellValue, number>();
  const codes = new Int32Array(lines);
  const customerCells = plain.customer as CellValue[];
  for (let i = 0; i < lines; i++) {
    let code = interned.get(customerCells[i]);
    if (code === undefined) interned.set(customerCells[i], (code = interned.size));
    codes[i] = code;
  }
  return { ...plain, customer: { codes, values: [...interned.keys()] } };
}

/**
 * 1M invoice lines as a plain array of cells (as Excel's Range.values gives them): each row's customer is its own
 * string object (a slice of a text, not a shared string), revenue a number.
 */
function invoiceColumns(lines: number, customers: number): SourceColumns {
  const random = seededRandom(7);
  const names = Array.from({ length: customers }, (_, i) => `Customer ${i} Oy`);
  const text = names.join('\n');
  const starts = new Int32Array(customers + 1);
  for (let i = 0, at = 0; i < customers; i++) {
    starts[i] = at;
    at += names[i].length + 1;
  }
  starts[customers] = text.length + 1;
  const customer: CellValue[] = new Array(lines);
  const revenue: CellValue[] = new Array(lines);
  for (let i = 0; i < lines; i++) {
    const c = Math.floor(random() * random() * customers);
    customer[i] = text.slice(starts[c], starts[c + 1] - 1);
    revenue[i] = Math.round((5 + random() * random() * 2000) * 100) / 100;
  }
  return { revenue, customer, addressing: { firstRow: 2, revenueColumn: 'E', customerColumn: 'C' } };
}

function aggregation(lines: number, customers: number): Measurement[] {
  const columns = internedInvoiceColumns(lines, customers);
  const aggregateMs = medianMs(() => aggregateCustomers(columns, 'en', 'en'));
  const segmentMs = medianMs(() => segment(columns));
  const count = aggregateCustomers(columns, 'en', 'en').count;
  const label = `${lines.toLocaleString('en-US')} lines → ${count.toLocaleString('en-US')} customers`;
  const plain = invoiceColumns(lines, customers);
  const plainMs = medianMs(() => aggregateCustomers(plain, 'en', 'en'));
  return [
    { name: `core: aggregate ${label}`, rows: lines, ms: aggregateMs, peakMb: peakMb(), targetMs: 300 },
    { name: `core: segment ${label}`, rows: lines, ms: segmentMs, peakMb: peakMb() },
    { name: `core: aggregate ${label}, a string per row`, rows: lines, ms: plainMs, peakMb: peakMb() },
  ];
}

/**
 * The whole command line as a user runs it: a fresh `node bin/abc-segmenter.js FILE --json > /dev/null`. Peak
 * memory is the child's own maxRSS, printed at exit by a preloaded one-liner (spawnSync cannot report it).
 */
function commandLine(
  lines: number,
  targets: { ms: number; mb: number } = { ms: 1500, mb: 1024 },
  runs = RUNS,
): Measurement {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'abc-bench-'));
  try {
    const file = path.join(folder, `invoices-${lines}.csv`);
    const bytes = writeInvoiceCsv(file, { lines, customers: 50000, seed: 20260101 });
    const preload = path.join(folder, 'reportMaxRss.js');
    fs.writeFileSync(
      preload,
      "process.on('exit', () => require('fs').writeSync(2, `\\nmaxRSS=${process.resourceUsage().maxRSS}\\n`));\n",
    );
    const times: number[] = [];
    let peakKb = 0;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const child = spawnSync(
        process.execPath,
        ['--require', preload, path.join(ROOT, 'bin/abc-segmenter.js'), file, '--json'],
        { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
      );
      times.push(performance.now() - start);
      if (child.status !== 0) throw new Error(`the command line failed (${child.status}): ${child.stderr}`);
      const match = /maxRSS=(\d+)/.exec(child.stderr);
      peakKb = Math.max(peakKb, match ? Number(match[1]) : 0);
    }
    return {
      name:
        `cli: ${(bytes / 1e6).toFixed(0)} MB CSV, ${lines.toLocaleString('en-US')} lines --json` +
        (runs === RUNS ? '' : ` (${runs} run${runs === 1 ? '' : 's'})`),
      rows: lines,
      ms: times.sort((x, y) => x - y)[Math.floor(runs / 2)],
      peakMb: peakKb / 1024,
      targetMs: targets.ms,
      targetMb: targets.mb,
    };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

function printTable(measurements: readonly Measurement[]): void {
  const header = ['benchmark', 'ms (median of 3)', 'rows/s', 'peak RSS MB', 'target', 'met'];
  const rows = measurements.map((m) => {
    const met =
      m.targetMs === undefined
        ? '–'
        : m.ms <= m.targetMs && (m.targetMb === undefined || m.peakMb <= m.targetMb)
          ? 'yes'
          : 'NO';
    return [
      m.name,
      m.ms.toFixed(0),
      Math.round((m.rows / m.ms) * 1000).toLocaleString('en-US'),
      m.peakMb.toFixed(0),
      m.targetMs === undefined ? '–' : `≤ ${m.targetMs} ms${m.targetMb ? `, ≤ ${m.targetMb} MB` : ''}`,
      met,
    ];
  });
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

function run(): void {
  const only = process.argv[2];
  const measurements: Measurement[] = [];
  if (!only || only === 'core') {
    measurements.push(
      coreSegmentation(10000, 250),
      coreSegmentation(100000, 250),
      coreSegmentation(1048575, 250),
    );
    measurements.push(...aggregation(1000000, 50000));
  }
  if (!only || only === 'cli') measurements.push(commandLine(1000000));
  // 14M invoice lines, past V8's 512 MB string limit: the CSV must be read as a stream. One run: a run takes
  // seconds and the generated file is ~690 MB (written to a temporary folder, removed afterwards).
  if (!only || only === 'cli' || only === 'big') {
    measurements.push(commandLine(14000000, { ms: 8000, mb: 600 }, 1));
  }
  console.log(`Node ${process.version}, ${os.cpus().length} CPU(s), ${os.cpus()[0]?.model ?? ''}`);
  printTable(measurements);
}

run();

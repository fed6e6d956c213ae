/**
 * `abc-segmenter IN.csv -o OUT.xlsx` against its target (100 000 invoice lines → segmented .xlsx with charts in
 * ≤ 5 s wall and ≤ 1.5 GB peak RSS), phase by phase. Build with `npx tsc -p tsconfig.cli.json`, then run
 * `node lib/bench/writeWorkbookBench.js [lines]`.
 *
 * Each measurement runs in a fresh child process, so peak RSS is that run's alone. Wall time and CPU time (user +
 * system, from `process.cpuUsage`) are both reported: the machine is shared, and wall time alone says more about
 * the neighbours than about the code. CPU may exceed wall when zlib or the garbage collector use a second core.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { prepareSegmentation, runSegmentation } from '../src/flows/segmentFlow';
import { createFileHost } from '../src/hosts/file/fileHost';
import { loadInputWorkbook } from '../src/hosts/file/loadInputWorkbook';
import { writeInvoiceCsv } from './generateInvoiceCsv';

/** One phase of a run: wall and CPU milliseconds, and the peak RSS (MB) of the process when it ended. */
interface PhaseTiming {
  phase: string;
  wallMs: number;
  cpuMs: number;
  peakMb: number;
}

const ROOT = path.resolve(__dirname, '../..');
const TARGET_MS = 5000;
const TARGET_MB = 1536;

/** Runs `work`, then records its wall and CPU time and the peak RSS so far. */
async function timed<T>(timings: PhaseTiming[], phase: string, work: () => Promise<T> | T): Promise<T> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  timings.push({
    phase,
    wallMs: performance.now() - start,
    cpuMs: (used.user + used.system) / 1000,
    peakMb: process.resourceUsage().maxRSS / 1024,
  });
  return result;
}

/** The child: one `-o` run split into phases, as writeSegmentedWorkbook does it, printed as JSON. */
async function measurePhases(input: string, output: string): Promise<void> {
  const timings: PhaseTiming[] = [];
  const loaded = await timed(timings, 'load', () => loadInputWorkbook(input));
  const host = createFileHost(loaded);
  await timed(timings, 'flows', async () => {
    const preparation = await prepareSegmentation(host, { useSaved: true });
    const outcome = await runSegmentation(host, preparation, {
      columns: preparation.columns,
      options: preparation.options,
      outputLocale: 'en',
    });
    await host.showSheet(outcome.summarySheet);
  });
  // save() reports its own phases (serialise, charts/zip, …) through the callback.
  let mark = { cpu: process.cpuUsage(), wall: performance.now() };
  const saved = await host.save((phase) => {
    const used = process.cpuUsage(mark.cpu);
    timings.push({
      phase: `save: ${phase}`,
      wallMs: performance.now() - mark.wall,
      cpuMs: (used.user + used.system) / 1000,
      peakMb: process.resourceUsage().maxRSS / 1024,
    });
    mark = { cpu: process.cpuUsage(), wall: performance.now() };
  });
  await timed(timings, 'write file', () => fs.writeFileSync(output, saved.bytes));
  process.stdout.write(JSON.stringify({ timings, bytes: saved.bytes.length }));
}

/** The whole command line as a user runs it, with the child's CPU and peak RSS reported at exit. */
function measureCommandLine(input: string, output: string, folder: string): PhaseTiming {
  const preload = path.join(folder, 'reportUsage.js');
  fs.writeFileSync(
    preload,
    "process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeSync(2, " +
      '`\\nusage=${(u.user + u.system) / 1000} ${process.resourceUsage().maxRSS}\\n`); });\n',
  );
  const start = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--require', preload, path.join(ROOT, 'bin/abc-segmenter.js'), input, '-o', output],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  const wallMs = performance.now() - start;
  if (child.status !== 0) throw new Error(`the command line failed (${child.status}): ${child.stderr}`);
  const match = /usage=([\d.]+) (\d+)/.exec(child.stderr);
  return {
    phase: 'command line, end to end',
    wallMs,
    cpuMs: match ? Number(match[1]) : NaN,
    peakMb: match ? Number(match[2]) / 1024 : NaN,
  };
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function printCase(title: string, timings: readonly PhaseTiming[], total: PhaseTiming): void {
  console.log(`\n${title}`);
  console.log(row(['phase', 'wall ms', 'CPU ms', 'peak RSS MB']));
  console.log(row(['---', '---:', '---:', '---:']));
  for (const t of [...timings, total]) {
    console.log(row([t.phase, t.wallMs.toFixed(0), t.cpuMs.toFixed(0), t.peakMb.toFixed(0)]));
  }
  const met = total.wallMs <= TARGET_MS && total.peakMb <= TARGET_MB;
  console.log(`target ≤ ${TARGET_MS} ms wall, ≤ ${TARGET_MB} MB: ${met ? 'met' : 'NOT met'}`);
}

/** The parent: generate the inputs, run each case in fresh processes, print the tables. */
function run(lines: number): void {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'abc-write-bench-'));
  try {
    console.log(
      `Node ${process.version}, ${os.cpus().length} CPU(s), load average ${os.loadavg()[0].toFixed(1)}`,
    );
    for (const customers of [50000, 230]) {
      const input = path.join(folder, `invoices-${lines}-${customers}.csv`);
      writeInvoiceCsv(input, { lines, customers, seed: 20260101 });
      const output = path.join(folder, `out-${customers}.xlsx`);
      const child = spawnSync(process.execPath, [__filename, '--phases', input, output], {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      });
      if (child.status !== 0) throw new Error(`the phase run failed: ${child.stderr}`);
      const { timings, bytes } = JSON.parse(child.stdout) as { timings: PhaseTiming[]; bytes: number };
      const total: PhaseTiming = {
        phase: 'all phases (in process)',
        wallMs: timings.reduce((sum, t) => sum + t.wallMs, 0),
        cpuMs: timings.reduce((sum, t) => sum + t.cpuMs, 0),
        peakMb: Math.max(...timings.map((t) => t.peakMb)),
      };
      const title = `${lines.toLocaleString('en-US')} lines, ~${customers.toLocaleString('en-US')} customers → ${(bytes / 1e6).toFixed(1)} MB .xlsx`;
      printCase(title, [...timings, total], measureCommandLine(input, output, folder));
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--phases') {
  measurePhases(process.argv[3], process.argv[4]).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} else {
  run(Number(process.argv[2] ?? 100000));
}

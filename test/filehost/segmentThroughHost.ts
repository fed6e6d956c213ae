/**
 * A minimal run over a WorkbookHost for the file-host tests – locate, read, segment, lay out, write – using the
 * core and layout directly, so the host is tested on real write plans independently of the flows.
 */
import { columnLetter } from '../../src/core/cellAddress';
import { layoutWritePlan } from '../../src/core/layout/layoutWritePlan';
import type { WritePlan } from '../../src/core/layout/writePlan';
import { segment } from '../../src/core/segment';
import type { AbcClass, SegmentationResult } from '../../src/core/types';
import type { WorkbookHost } from '../../src/hosts/workbookHost';

export interface HostRun {
  result: SegmentationResult;
  plan: WritePlan;
}

/** Segment by header names (the source has a header row); a refresh when the host returns settings. */
export async function segmentThroughHost(
  host: WorkbookHost,
  names: { revenue: string; customer?: string; potential?: string },
): Promise<HostRun> {
  const located = await host.locate({ useSaved: true });
  const { source, settings } = located;
  const headers = source.topRows[0].map((cell) => String(cell ?? ''));
  const offset = (name: string | undefined) => (name === undefined ? -1 : headers.indexOf(name));
  const wanted = [offset(names.revenue), offset(names.customer), offset(names.potential)];
  const columns = wanted.filter((index) => index >= 0);
  const width = settings ? settings.owned.headers.length : 6;
  const firstOutput = source.firstColumn + source.columnCount;
  const read = await host.read({
    source,
    hasHeader: true,
    columns,
    outputArea: { firstColumn: firstOutput, width },
  });
  const byOffset = new Map(columns.map((index, i) => [index, read.columns[i]]));
  const letter = (index: number) => columnLetter(source.firstColumn + index);
  let previousClasses: Map<string, AbcClass> | undefined;
  if (settings && read.outputColumns) {
    const abc = settings.owned.headers.indexOf('ABC');
    const customers = byOffset.get(wanted[1]) ?? [];
    previousClasses = new Map();
    read.outputColumns[abc].forEach((value, row) => {
      const key = String(customers[row] ?? '')
        .normalize('NFC')
        .trim()
        .toLowerCase();
      if ((value === 'A' || value === 'B' || value === 'C') && key) previousClasses?.set(key, value);
    });
  }
  const result = segment(
    {
      revenue: byOffset.get(wanted[0]) ?? [],
      customer: wanted[1] >= 0 ? byOffset.get(wanted[1]) : undefined,
      potential: wanted[2] >= 0 ? byOffset.get(wanted[2]) : undefined,
      addressing: {
        firstRow: source.firstRow + 1,
        revenueColumn: letter(wanted[0]),
        customerColumn: wanted[1] >= 0 ? letter(wanted[1]) : undefined,
        potentialColumn: wanted[2] >= 0 ? letter(wanted[2]) : undefined,
      },
    },
    { previousClasses },
  );
  const options = {
    a: 0.8,
    b: 0.95,
    highValue: { rule: 'A' as const },
    potentialSplit: { rule: 'median' as const },
    parseLocale: 'en' as const,
  };
  const plan = layoutWritePlan({
    result,
    source: {
      sheetName: source.sheetName,
      tableName: source.tableName,
      address: source.address,
      hasHeader: true,
    },
    placement: {
      sheetName: source.sheetName,
      tableName: source.tableName,
      firstColumn: firstOutput,
      headerRow: source.firstRow,
    },
    columns: { revenue: names.revenue, customer: names.customer ?? null, potential: names.potential ?? null },
    options,
    outputLocale: 'en',
    runTime: '2026-03-01T10:00:00.000Z',
    previous: settings,
  });
  await host.write(plan);
  return { result, plan };
}

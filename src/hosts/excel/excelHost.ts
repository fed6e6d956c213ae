/**
 * The Excel implementation of WorkbookHost (Office.js): locate, read and write, one `Excel.run` each.
 *
 * Requirement sets: ExcelApi 1.7 is the minimum (active cell, surrounding region, getRangeByIndexes, chart series
 * from ranges, scale type); 1.8 (axis number format) and 1.9 (screen-updating suspension) are feature-detected.
 *
 * The host remembers one thing between phases: the write probe loaded with the read (sheets, their protection and
 * charts, the table's columns), so that the write right after it needs no extra sync. It is used once, for the same
 * source only; if the workbook changed in between and the write fails on a missing or duplicate item, the write is
 * retried once with a fresh probe (every write is a full rewrite, so a retry is safe).
 */
import type { WritePlan } from '../../core/layout/writePlan';
import type { Located, ProgressFn, ReadRequest, SourceRead, WorkbookHost } from '../workbookHost';
import { finalExcelError, officeErrorCode, runExcel } from './excelErrors';
import { locateSource } from './locateSource';
import type { WriteProbe } from './probeWriteTargets';
import { readColumnsChunked } from './readColumnsChunked';
import { writeWorkbookPlan } from './writeWorkbookPlan';
import { SegmentationError } from '../../core/segmentationError';
import { message } from '../../core/messages/renderMessage';

const STALE_PROBE_CODES = new Set(['ItemNotFound', 'ItemAlreadyExists', 'InvalidArgument']);

/** A WorkbookHost over the current Excel workbook (Office must be ready). */
export function createExcelHost(): WorkbookHost {
  return withFinalErrors(createHost());
}

/** Every method of `host`, with unmapped Office errors turned into `excel-error` messages on the way out. */
function withFinalErrors(host: WorkbookHost): WorkbookHost {
  const guard =
    <A extends unknown[], R>(method: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await method(...args);
      } catch (error) {
        throw finalExcelError(error);
      }
    };
  return {
    locate: guard(host.locate.bind(host)),
    read: guard(host.read.bind(host)),
    write: guard(host.write.bind(host)),
    showSheet: guard(host.showSheet.bind(host)),
  };
}

function createHost(): WorkbookHost {
  let probe: { key: string; facts: WriteProbe } | null = null;
  const keyOf = (sheetName: string, tableName: string | null): string =>
    `${sheetName}\u0000${tableName ?? ''}`;

  return {
    async locate(options: { useSaved: boolean }): Promise<Located> {
      return locateSource(options.useSaved);
    },

    async read(request: ReadRequest, progress?: ProgressFn): Promise<SourceRead> {
      probe = null;
      const key = keyOf(request.source.sheetName, request.source.tableName);
      return readColumnsChunked(request, progress, (facts) => (probe = { key, facts }));
    },

    async write(plan: WritePlan, progress?: ProgressFn): Promise<void> {
      const cached =
        probe && probe.key === keyOf(plan.output.sheetName, plan.output.tableName) ? probe.facts : null;
      probe = null;
      try {
        await runExcel((context) => writeWorkbookPlan(context, plan, cached, progress));
      } catch (error) {
        if (!cached || !STALE_PROBE_CODES.has(officeErrorCode(error) ?? '')) throw error;
        await runExcel((context) => writeWorkbookPlan(context, plan, null, progress));
      }
    },

    async showSheet(name: string): Promise<void> {
      await runExcel(async (context) => {
        context.workbook.worksheets.getItem(name).activate();
        try {
          await context.sync();
        } catch (error) {
          if (officeErrorCode(error) !== 'ItemNotFound') throw error;
          throw new SegmentationError('source-changed', message('sheet-gone', { sheet: name }));
        }
      });
    },
  };
}

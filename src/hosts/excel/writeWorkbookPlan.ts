/**
 * Phase 3, write: the whole plan in one `Excel.run`. With a probe from the read phase a plan of up to 20,000 rows
 * is one sync; without, one probe sync comes first. Larger plans write their output rows in chunks (one sync each,
 * halved on a payload error – a refused batch runs nothing, so the same commands are queued again); the summary
 * sheet, charts, conditional colours and settings ride in the last chunk's sync, after all values.
 *
 * Nothing is written when a target sheet is protected: the probe is checked before the first command is queued.
 */
import { SegmentationError } from '../../core/segmentationError';
import { message } from '../../core/messages/renderMessage';
import { settingValue } from './workbookSettings';
import { SETTINGS_KEY } from '../../core/layout/writePlan';
import type { WritePlan } from '../../core/layout/writePlan';
import type { ProgressFn } from '../workbookHost';
import { queueWriteProbe, WriteProbe } from './probeWriteTargets';
import { FIRST_CHUNK_ROWS, smallerChunk } from './chunkRows';
import { queueOutputFinish, queueOutputHeaders, queueOutputRows } from './writeOutputColumns';
import { queueSummarySheet } from './writeSummarySheet';
import { queueCharts } from './upsertCharts';

/**
 * Refuse a filtered table before anything is written: writing a column of values across rows a filter hides is
 * not reliable in Excel – values land in the wrong rows and the filter breaks (office-js issue #224, whose
 * workaround is to clear the filter first). Clearing the user's filter silently would change their view, so the
 * user is asked to (Data › Clear) and nothing is written.
 */
function refuseFiltered(plan: WritePlan, probe: WriteProbe): void {
  if (plan.output.tableName && probe.table?.filtered) {
    throw new SegmentationError(
      'workbook-refused',
      message('table-filtered', { table: plan.output.tableName }),
    );
  }
}

function refuseProtected(plan: WritePlan, probe: WriteProbe): void {
  const targets = [plan.output.sheetName, plan.summary.name, ...plan.charts.map((c) => c.sheetName)];
  for (const name of targets) {
    if (probe.sheets.get(name.toLowerCase())?.protected) {
      throw new SegmentationError('workbook-refused', message('sheet-protected', { sheet: name }));
    }
  }
}

/** Write the plan; `probe` is the read phase's, or null to load one first. */
export async function writeWorkbookPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  probe: WriteProbe | null,
  progress?: ProgressFn,
): Promise<void> {
  let facts = probe;
  if (!facts) {
    const readProbe = queueWriteProbe(context, plan.output.tableName);
    await context.sync();
    facts = readProbe();
  }
  refuseProtected(plan, facts);
  refuseFiltered(plan, facts);
  const total = plan.output.rowCount;
  const suspend = Office.context.requirements.isSetSupported('ExcelApi', '1.9');
  let done = 0;
  let chunk = FIRST_CHUNK_ROWS;
  let first = true;
  // One sync per chunk of rows (payload limits); nothing here syncs per row or per cell.
  while (first || done < total) {
    const rows = Math.min(chunk, total - done);
    const last = done + rows >= total;
    // Called once per batch that writes, as the reference advises (not in a tight loop).
    if (suspend && first) context.workbook.application.suspendScreenUpdatingUntilNextSync();
    if (first) queueOutputHeaders(context, plan.output, facts);
    queueOutputRows(context, plan.output, done, rows);
    if (last) {
      queueOutputFinish(context, plan.output);
      const summary = queueSummarySheet(context, plan.summary, facts);
      const summaryName = plan.summary.name.toLowerCase();
      queueCharts(plan.charts, facts, (name) =>
        name.toLowerCase() === summaryName ? summary : context.workbook.worksheets.getItem(name),
      );
      context.workbook.settings.add(SETTINGS_KEY, settingValue(plan.settings));
      // Shown in the same sync: the user lands on the headline, at no extra round trip.
      summary.activate();
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 20,000-row chunk, by design
      await context.sync();
    } catch (error) {
      chunk = smallerChunk(error, rows);
      continue;
    }
    first = false;
    done += rows;
    progress?.('write', done, total);
  }
}

/**
 * Phase 2, read: the requested source columns and what the output area holds, in row chunks – one `Excel.run`,
 * one sync per chunk (a 10,000-row source is one sync).
 *
 * Excel on the web refuses a request or response over 5 MB and any platform refuses a get of more than 5 million
 * cells, so rows are read 20,000 at a time; on a payload error the chunk is halved and retried. The output area is
 * read through `getUsedRangeOrNullObject(true)` per chunk, so an empty output area (a first run) costs nothing.
 */
import type { CellValue } from '../../core/types';
import type { ProgressFn, ReadRequest, SourceRead } from '../workbookHost';
import { runExcel } from './excelErrors';
import { FIRST_CHUNK_ROWS, smallerChunk } from './chunkRows';
import { parseQualifiedAddress } from './qualifiedAddress';
import { queueWriteProbe, WriteProbe } from './probeWriteTargets';

/** Read the columns; `onProbe` receives the write probe loaded in the first sync (see probeWriteTargets). */
export async function readColumnsChunked(
  request: ReadRequest,
  progress?: ProgressFn,
  onProbe?: (probe: WriteProbe) => void,
): Promise<SourceRead> {
  const { source, hasHeader, columns, outputArea } = request;
  const headerRows = hasHeader ? 1 : 0;
  const dataRows = Math.max(0, source.rowCount - headerRows);
  const firstDataRow = source.firstRow - 1 + headerRows; // 0-based sheet row
  const headerRow = firstDataRow - 1; // 0-based; -1 when the data starts on row 1
  const width = outputArea.width;

  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(source.sheetName);
    let header: Excel.Range | null = null;
    let readProbe: (() => WriteProbe) | null = null;

    const out: CellValue[][] = columns.map(() => new Array<CellValue>(dataRows));
    let outputColumns: CellValue[][] | null = null;
    // How many rows the output area has is the flows' decision (checkOwnership.outputAreaRows).
    const totalRows = Math.max(dataRows, outputArea.rowCount ?? dataRows);
    let done = 0;
    let chunk = FIRST_CHUNK_ROWS;
    let first = true;
    // One sync per chunk is the point of chunking (each sync must stay under Excel's payload limits); the loop
    // never syncs per row or per cell.
    while (first || done < totalRows) {
      if (first) {
        // Queued with the first chunk (again after a payload retry: a refused batch ran nothing).
        // The output's header row: the source's own, or the row above a source without one (none on row 1).
        header =
          headerRow >= 0 && width > 0
            ? sheet.getRangeByIndexes(headerRow, outputArea.firstColumn, 1, width).load('values')
            : null;
        readProbe = onProbe ? queueWriteProbe(context, source.tableName) : null;
      }
      const rows = Math.min(chunk, totalRows - done);
      const sourceRows = Math.max(0, Math.min(rows, dataRows - done));
      const parts =
        sourceRows > 0
          ? columns.map((c) =>
              sheet
                .getRangeByIndexes(firstDataRow + done, source.firstColumn + c, sourceRows, 1)
                .load('values'),
            )
          : [];
      const used =
        rows > 0 && width > 0
          ? sheet
              .getRangeByIndexes(firstDataRow + done, outputArea.firstColumn, rows, width)
              .getUsedRangeOrNullObject(true)
              .load('address,values')
          : null;
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 20,000-row chunk, by design
        await context.sync();
      } catch (error) {
        chunk = smallerChunk(error, rows);
        continue;
      }
      if (first) {
        first = false;
        if (readProbe && onProbe) onProbe(readProbe());
      }
      parts.forEach((part, i) => part.values.forEach((row, r) => (out[i][done + r] = row[0] as CellValue)));
      if (used && !used.isNullObject) {
        outputColumns ??= Array.from({ length: width }, () => new Array<CellValue>(totalRows).fill(''));
        const a = parseQualifiedAddress(used.address);
        used.values.forEach((row, r) =>
          row.forEach((v, j) => {
            const column = outputColumns![a.firstColumn - outputArea.firstColumn + j];
            column[a.firstRow - 1 - firstDataRow + r] = v as CellValue;
          }),
        );
      }
      done += rows;
      progress?.('read', Math.min(done, totalRows), totalRows);
    }
    if (outputColumns) {
      outputColumns = outputColumns.map((column) =>
        column.length < totalRows
          ? [...column, ...new Array<CellValue>(totalRows - column.length).fill('')]
          : column,
      );
    }
    return {
      columns: out,
      outputHeaders: header
        ? ((header as Excel.Range).values[0] as CellValue[])
        : new Array<CellValue>(width).fill(''),
      outputColumns,
    };
  });
}

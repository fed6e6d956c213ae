/**
 * What a write must know before it touches anything: which sheets exist and are protected, which charts each
 * sheet has, and the source table's columns. Office.js cannot branch inside a batch, so these are loaded first –
 * either by the read phase (queued into its first sync, for free) or by the write phase itself (one extra sync).
 */
import { parseQualifiedAddress } from './qualifiedAddress';

export interface SheetFacts {
  name: string;
  protected: boolean;
  /** Chart names on the sheet. */
  charts: string[];
  /** Series count by chart name (a refresh updates a chart in place, so it must know what to replace). */
  seriesCounts: Map<string, number>;
}

export interface TableFacts {
  name: string;
  columns: string[];
  /** 0-based sheet column of the table's first column; 1-based top row. */
  firstColumn: number;
  firstRow: number;
  /** A filter hides some of the table's rows (its data body's `rowHidden` is not false). */
  filtered: boolean;
}

export interface WriteProbe {
  /** By lower-case sheet name (Excel compares sheet names case-insensitively). */
  sheets: Map<string, SheetFacts>;
  table: TableFacts | null;
}

/** Queue the loads; the returned function reads them after the caller's sync. */
export function queueWriteProbe(context: Excel.RequestContext, tableName: string | null): () => WriteProbe {
  // Nested collections in one load are documented: WorksheetCollectionLoadOptions has `charts` ("for each item in
  // the collection") of type ChartCollectionLoadOptions, which has `series` likewise
  // (https://learn.microsoft.com/javascript/api/excel/excel.interfaces.worksheetcollectionloadoptions,
  // .../excel.interfaces.chartcollectionloadoptions); the string path is the same request as that object form.
  const sheets = context.workbook.worksheets.load(
    'items/name,items/protection/protected,items/charts/items/name,items/charts/items/series/items/name',
  );
  const table = tableName ? context.workbook.tables.getItem(tableName) : null;
  const columns = table ? table.columns.load('items/name') : null;
  const range = table ? table.getRange().load('address') : null;
  // Range.rowHidden (ExcelApi 1.2): false when no row is hidden, true when all are, null when some are.
  const body = table ? table.getDataBodyRange().load('rowHidden') : null;
  return () => {
    const facts = new Map<string, SheetFacts>();
    for (const sheet of sheets.items) {
      facts.set(sheet.name.toLowerCase(), {
        name: sheet.name,
        protected: sheet.protection.protected,
        charts: sheet.charts.items.map((c) => c.name),
        seriesCounts: new Map(sheet.charts.items.map((c) => [c.name, c.series.items.length])),
      });
    }
    let tableFacts: TableFacts | null = null;
    if (tableName && columns && range) {
      const a = parseQualifiedAddress(range.address);
      tableFacts = {
        name: tableName,
        columns: columns.items.map((c) => c.name),
        firstColumn: a.firstColumn,
        firstRow: a.firstRow,
        filtered: body !== null && body.rowHidden !== false,
      };
    }
    return { sheets: facts, table: tableFacts };
  };
}

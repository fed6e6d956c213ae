/**
 * An in-memory WorkbookHost for flow tests: sheets of cells, a selection, workbook settings (JSON under
 * `abcSegmenter`), charts by name. Faithful to workbookHost.ts: locate finds the data region around the selection
 * (or the saved range's top-left), read returns column-major data rows and the output area, write applies a
 * WritePlan – and it throws, like a strict host, on a plan whose shapes do not fit.
 */
import type { CellValue } from '../../src/core/types';
import {
  hasHeaderCells,
  type ChartSpec,
  type SummaryBlock,
  type WritePlan,
} from '../../src/core/layout/writePlan';
import { decodeSettings, encodeSettings } from '../../src/core/layout/settingsCodec';
import { rangeAddress } from '../../src/core/cellAddress';
import type {
  Located,
  ProgressFn,
  ReadRequest,
  SourceRead,
  WorkbookHost,
} from '../../src/hosts/workbookHost';

/** A sheet: rows of cells, row 0 = sheet row 1, column 0 = A. */
export type Grid = CellValue[][];

export class MemoryHost implements WorkbookHost {
  readonly sheets = new Map<string, Grid>();
  readonly charts = new Map<string, ChartSpec>();
  readonly numberFormats = new Map<string, string>();
  settingsJson: string | null = null;
  selection: { sheet: string; row: number; column: number };
  activeSheet: string;
  writes = 0;
  summaryBlocks: SummaryBlock[] = [];

  constructor(sheets: Record<string, Grid>, selection: { sheet: string; row: number; column: number }) {
    for (const [name, grid] of Object.entries(sheets))
      this.sheets.set(
        name,
        grid.map((row) => row.slice()),
      );
    this.selection = selection;
    this.activeSheet = selection.sheet;
  }

  /** The cell at a 1-based row and 0-based column ('' and undefined read as null). */
  cell(sheet: string, row: number, column: number): CellValue {
    const value = this.sheets.get(sheet)?.[row - 1]?.[column];
    return value === undefined || value === '' ? null : value;
  }

  setCell(sheet: string, row: number, column: number, value: CellValue): void {
    const grid = this.sheets.get(sheet) ?? [];
    this.sheets.set(sheet, grid);
    // A sheet has no row 0: writing there is a host bug (a header row above row 1).
    if (!Number.isInteger(row) || row < 1) throw new Error(`no sheet row ${row}`);
    while (grid.length < row) grid.push([]);
    grid[row - 1][column] = value;
  }

  /** Deletes whole sheet rows (1-based, inclusive), shifting the rows below up, as Excel's Delete row does. */
  deleteRows(sheet: string, first: number, last: number): void {
    this.sheets.get(sheet)?.splice(first - 1, last - first + 1);
  }

  /** The values of a rectangle, 1-based rows, 0-based columns. */
  values(
    sheet: string,
    firstRow: number,
    firstColumn: number,
    lastRow: number,
    lastColumn: number,
  ): CellValue[][] {
    const rows: CellValue[][] = [];
    for (let r = firstRow; r <= lastRow; r++) {
      const row: CellValue[] = [];
      for (let c = firstColumn; c <= lastColumn; c++) row.push(this.cell(sheet, r, c));
      rows.push(row);
    }
    return rows;
  }

  async locate(options: { useSaved: boolean }): Promise<Located> {
    const decoded = decodeSettings(this.settingsJson, 'en');
    let anchor = this.selection;
    if (options.useSaved && decoded.settings) {
      const match = /^([A-Z]+)(\d+)/.exec(decoded.settings.source.address);
      if (!match) throw new Error(`bad saved address ${decoded.settings.source.address}`);
      const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      anchor = { sheet: decoded.settings.source.sheetName, row: Number(match[2]), column };
    }
    const region = this.currentRegion(anchor.sheet, anchor.row, anchor.column);
    const rowCount = region.lastRow - region.firstRow + 1;
    const columnCount = region.lastColumn - region.firstColumn + 1;
    return {
      settings: decoded.settings,
      settingsProblem: decoded.problem,
      source: {
        sheetName: anchor.sheet,
        tableName: null,
        address: rangeAddress(region.firstColumn, region.firstRow, region.lastColumn, region.lastRow),
        firstRow: region.firstRow,
        firstColumn: region.firstColumn,
        rowCount,
        columnCount,
        headerKnown: null,
        topRows: this.values(
          anchor.sheet,
          region.firstRow,
          region.firstColumn,
          Math.min(region.lastRow, region.firstRow + 49),
          region.lastColumn,
        ),
      },
      sheetNames: [...this.sheets.keys()],
    };
  }

  async read(request: ReadRequest, progress?: ProgressFn): Promise<SourceRead> {
    const { source, hasHeader, outputArea } = request;
    const sheet = source.sheetName;
    const firstData = source.firstRow + (hasHeader ? 1 : 0);
    const lastData = source.firstRow + source.rowCount - 1;
    for (const offset of request.columns) {
      if (offset < 0 || offset >= source.columnCount)
        throw new Error(`column offset ${offset} outside the source`);
    }
    const columns = request.columns.map((offset) =>
      this.values(sheet, firstData, source.firstColumn + offset, lastData, source.firstColumn + offset).map(
        (r) => r[0],
      ),
    );
    const settings = decodeSettings(this.settingsJson, 'en').settings;
    const ownedLast = settings ? firstData + settings.owned.rowCount - 1 : lastData;
    const outLast = Math.max(lastData, ownedLast);
    const lastColumn = outputArea.firstColumn + outputArea.width - 1;
    const area = this.values(sheet, firstData, outputArea.firstColumn, outLast, lastColumn);
    const outputColumns = Array.from({ length: outputArea.width }, (_, c) => area.map((row) => row[c]));
    const headerRow = hasHeader ? source.firstRow : source.firstRow - 1;
    progress?.('read', source.rowCount, source.rowCount);
    return {
      columns,
      outputHeaders:
        headerRow >= 1
          ? this.values(sheet, headerRow, outputArea.firstColumn, headerRow, lastColumn)[0]
          : new Array<CellValue>(outputArea.width).fill(null),
      outputColumns: outputColumns.some((col) => col.some((v) => v !== null)) ? outputColumns : null,
    };
  }

  async write(plan: WritePlan, progress?: ProgressFn): Promise<void> {
    const { output } = plan;
    for (const column of output.columns) {
      if (column.values.length !== output.rowCount) {
        throw new Error(
          `column ${column.header}: ${column.values.length} values for ${output.rowCount} rows`,
        );
      }
    }
    this.writes += 1;
    const sheet = output.sheetName;
    output.columns.forEach((column, c) => {
      const at = output.firstColumn + c;
      if (hasHeaderCells(output)) this.setCell(sheet, output.headerRow, at, column.header);
      column.values.forEach((value, i) => this.setCell(sheet, output.headerRow + 1 + i, at, value));
      this.numberFormats.set(`${sheet}!${at}`, column.numberFormat);
    });
    const width = output.columns.length + output.clear.columnsRight;
    for (let c = 0; c < width; c++) {
      const at = output.firstColumn + c;
      const fromRow = c < output.columns.length ? output.rowCount + 1 : 0;
      for (
        let i = Math.max(fromRow, 1 - output.headerRow);
        i <= output.rowCount + output.clear.rowsBelow;
        i++
      ) {
        this.setCell(sheet, output.headerRow + i, at, null);
      }
    }
    // The summary sheet is the add-in's: rewritten whole.
    const grid: Grid = [];
    this.sheets.set(plan.summary.name, grid);
    this.summaryBlocks = plan.summary.blocks;
    for (const block of plan.summary.blocks) {
      block.values.forEach((row, r) =>
        row.forEach((v, c) => this.setCell(plan.summary.name, block.row + r + 1, block.column + c, v)),
      );
    }
    for (const chart of plan.charts) this.charts.set(chart.name, chart);
    this.settingsJson = encodeSettings(plan.settings);
    // The interface: a write shows its summary sheet.
    this.activeSheet = plan.summary.name;
    progress?.('write', output.rowCount, output.rowCount);
  }

  async showSheet(name: string): Promise<void> {
    if (!this.sheets.has(name)) throw new Error(`no sheet ${name}`);
    this.activeSheet = name;
  }

  /** Excel's CurrentRegion: grow the rectangle while a row or column next to it (diagonals included) has data. */
  private currentRegion(sheet: string, row: number, column: number) {
    const box = { firstRow: row, lastRow: row, firstColumn: column, lastColumn: column };
    const filled = (r: number, c: number) => r >= 1 && c >= 0 && this.cell(sheet, r, c) !== null;
    const anyInRow = (r: number) => {
      for (let c = box.firstColumn - 1; c <= box.lastColumn + 1; c++) if (filled(r, c)) return true;
      return false;
    };
    const anyInColumn = (c: number) => {
      for (let r = box.firstRow - 1; r <= box.lastRow + 1; r++) if (filled(r, c)) return true;
      return false;
    };
    for (let grew = true; grew;) {
      grew = false;
      if (anyInRow(box.firstRow - 1)) [box.firstRow, grew] = [box.firstRow - 1, true];
      if (anyInRow(box.lastRow + 1)) [box.lastRow, grew] = [box.lastRow + 1, true];
      if (anyInColumn(box.firstColumn - 1)) [box.firstColumn, grew] = [box.firstColumn - 1, true];
      if (anyInColumn(box.lastColumn + 1)) [box.lastColumn, grew] = [box.lastColumn + 1, true];
    }
    return box;
  }
}

/**
 * The WorkbookHost of the command line: an in-memory ExcelJS workbook loaded from an .xlsx or .csv file, written
 * to a new .xlsx with native charts.
 *
 * - Settings: the hidden sheet `_abcSegmenter` (see settingsSheet.ts); for a workbook the Excel add-in segmented,
 *   its web-extension settings are recognised too, so a refresh from the command line continues that run.
 * - Excel tables: the output columns become table columns (the table's range grows to include them).
 * - Text stays text: every string is written as a string cell (shared or inline string), never as a formula.
 * - A CSV's data sheet is a grid (plain arrays, see gridSheet.ts) written as XML directly at `save()`; every
 *   other sheet, and every sheet of an .xlsx input, is ExcelJS's (an .xlsx may hold anything ExcelJS carries).
 * - Charts are added to the package at `save()` (ExcelJS cannot write charts); a refresh replaces them by name.
 * - What ExcelJS cannot carry from the input (pivot tables, charts, macros …) is listed by `save()`.
 */
import type JSZip from 'jszip';
import { decodeSettings, type DecodedSettings } from '../../core/layout/settingsCodec';
import type { ChartSpec, SheetRange, WritePlan } from '../../core/layout/writePlan';
import { SegmentationError } from '../../core/segmentationError';
import type { CellValue, Locale } from '../../core/types';
import type { Located, ProgressFn, ReadRequest, SourceRead, WorkbookHost } from '../workbookHost';
import { addChartsToZip, type ChartToAdd } from './addChartsToPackage';
import type { SeriesValues } from './chartXml';
import type { InputWorkbook } from './loadInputWorkbook';
import { locateSource } from './locateSource';
import { describeDropped, inventoryPackage, type PackageObject } from './packageInventory';
import { isEmptyValue } from './peekCell';
import { gridCells } from './gridSheet';
import { readAddinSettings } from './readAddinSettings';
import { readSettingsSheet, SETTINGS_SHEET_NAME, writeSettingsSheet } from './settingsSheet';
import { excelJsCells, type SheetCells } from './sheetCells';
import { writeGridSheet } from './writeGridSheet';
import { writeOutputColumns } from './writeOutputColumns';
import { writeSummarySheet } from './writeSummarySheet';
import { writeZipPackage } from './writeZip';
import JSZipLoader from 'jszip';
import type ExcelJS from 'exceljs';

/** Options of the file host. */
export interface FileHostOptions {
  /** Sheet to segment (`--sheet`); the first sheet otherwise. Saved settings win on a refresh. */
  sheetName?: string;
  /** Language of messages about stored settings. @default 'en' */
  locale?: Locale;
}

/** The written workbook and what the input held that it could not carry. */
export interface SavedWorkbook {
  bytes: Buffer;
  /** E.g. `1 chart on sheet Notes`, `1 pivot table on sheet Pivot`; empty when nothing was lost. */
  dropped: string[];
}

/** The phases of `FileHost.save`, in order. */
export type SavePhase = 'serialise' | 'data sheet' | 'charts' | 'zip' | 'inventory';

/** A WorkbookHost over a file, plus saving. */
export interface FileHost extends WorkbookHost {
  /**
   * The workbook as .xlsx bytes (charts included) and what was dropped from the input. `onPhase` is called as each
   * phase of saving ends (for the benchmark).
   */
  save(onPhase?: (phase: SavePhase) => void): Promise<SavedWorkbook>;
}

async function storedSettings(input: InputWorkbook, locale: Locale): Promise<DecodedSettings> {
  const fromSheet = readSettingsSheet(input.workbook, locale);
  if (fromSheet) return fromSheet;
  const addin = input.zip ? await readAddinSettings(input.zip) : null;
  return decodeSettings(addin, locale);
}

function rangeValues(cells: SheetCells | null, range: SheetRange): Array<number | null> {
  const values: Array<number | null> = [];
  for (let row = range.firstRow; row <= range.lastRow; row++) {
    for (let column = range.firstColumn; column <= range.lastColumn; column++) {
      const value = cells ? cells.valueAt(row + 1, column) : null;
      values.push(typeof value === 'number' && Number.isFinite(value) ? value : null);
    }
  }
  return values;
}

function checkPlan(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  const sheet = workbook.getWorksheet(plan.output.sheetName);
  if (!sheet) throw new SegmentationError('source-changed', `There is no sheet ${plan.output.sheetName}.`);
  if (plan.summary.name === SETTINGS_SHEET_NAME || plan.summary.name === plan.output.sheetName) {
    throw new SegmentationError('invalid-option', `The summary sheet cannot be named ${plan.summary.name}.`);
  }
  const names = new Set([...workbook.worksheets.map((candidate) => candidate.name), plan.summary.name]);
  for (const chart of plan.charts) {
    if (!names.has(chart.sheetName)) {
      throw new SegmentationError('invalid-option', `The chart ${chart.name} is placed on a missing sheet.`);
    }
  }
}

/**
 * A host over `input`. Nothing touches the disk: `save()` returns the bytes, the caller writes them.
 *
 * @example const host = createFileHost(await loadInputWorkbook('sales.csv')); // then the flows, then host.save()
 */
export function createFileHost(input: InputWorkbook, options: FileHostOptions = {}): FileHost {
  const { workbook } = input;
  const locale = options.locale ?? 'en';
  let settingsPromise: Promise<DecodedSettings> | null = null;
  let charts: ChartSpec[] = [];
  let chartValues: SeriesValues[][] = [];

  const settings = () => (settingsPromise ??= storedSettings(input, locale));
  const cellsOf = (sheet: ExcelJS.Worksheet): SheetCells =>
    input.grid && sheet.name === input.grid.name ? gridCells(input.grid) : excelJsCells(sheet);
  const cellsNamed = (name: string): SheetCells | null => {
    const sheet = workbook.getWorksheet(name);
    return sheet ? cellsOf(sheet) : null;
  };

  /** Make `name` the active (and only selected) tab when the file is opened. */
  function showSheet(name: string): void {
    const sheets = workbook.worksheets;
    const index = sheets.findIndex((sheet) => sheet.name === name);
    if (index < 0) throw new SegmentationError('source-changed', `There is no sheet ${name}.`);
    for (const sheet of sheets) {
      // Exactly one selected tab: several selected tabs open as a group in Excel.
      // A loaded sheet may have no views at all (ExcelJS gives null).
      const views = sheet.views ?? [];
      const view = Object.assign({}, views[0], { tabSelected: sheet.name === name });
      sheet.views = [view as unknown as ExcelJS.WorksheetView, ...views.slice(1)];
    }
    const bookViews = workbook.views ?? [];
    const view = bookViews[0] ?? { x: 0, y: 0, width: 12000, height: 24000, visibility: 'visible' };
    workbook.views = [{ ...view, activeTab: index, firstSheet: 0 }, ...bookViews.slice(1)];
  }

  return {
    async locate({ useSaved }): Promise<Located> {
      const stored = await settings();
      const source = locateSource(workbook, {
        useSaved,
        settings: stored.settings,
        sheetName: options.sheetName,
        cellsOf,
      });
      return {
        settings: stored.settings,
        settingsProblem: stored.problem,
        source,
        sheetNames: workbook.worksheets.map((sheet) => sheet.name),
      };
    },

    async read(request: ReadRequest, progress?: ProgressFn): Promise<SourceRead> {
      const { source, hasHeader, outputArea } = request;
      const sheet = workbook.getWorksheet(source.sheetName);
      if (!sheet) throw new SegmentationError('source-changed', `There is no sheet ${source.sheetName}.`);
      const cells = cellsOf(sheet);
      const firstDataRow = source.firstRow + (hasHeader ? 1 : 0);
      const dataRows = source.rowCount - (hasHeader ? 1 : 0);
      progress?.('read', 0, dataRows);
      const columns = request.columns.map((offset) => {
        const values: CellValue[] = new Array(dataRows);
        for (let index = 0; index < dataRows; index++) {
          values[index] = cells.valueAt(firstDataRow + index, source.firstColumn + offset);
        }
        return values;
      });
      // Without a header row the output's header goes in the row above the data (when there is one).
      const headerRow = hasHeader ? source.firstRow : source.firstRow - 1;
      const outputHeaders: CellValue[] = [];
      for (let column = 0; column < outputArea.width; column++) {
        outputHeaders.push(headerRow >= 1 ? cells.valueAt(headerRow, outputArea.firstColumn + column) : null);
      }
      // How many rows the output area has is the flows' decision (flows/checkOwnership.outputAreaRows).
      const outputRows = Math.max(dataRows, outputArea.rowCount ?? dataRows);
      let anyOutput = false;
      const outputColumns: CellValue[][] = [];
      for (let column = 0; column < outputArea.width; column++) {
        const values: CellValue[] = new Array(outputRows);
        for (let index = 0; index < outputRows; index++) {
          const value = cells.valueAt(firstDataRow + index, outputArea.firstColumn + column);
          values[index] = value;
          if (!isEmptyValue(value)) anyOutput = true;
        }
        outputColumns.push(values);
      }
      progress?.('read', dataRows, dataRows);
      return { columns, outputHeaders, outputColumns: anyOutput ? outputColumns : null };
    },

    async write(plan: WritePlan, progress?: ProgressFn): Promise<void> {
      checkPlan(workbook, plan);
      progress?.('write', 0, plan.output.rowCount);
      const outputSheet = workbook.getWorksheet(plan.output.sheetName);
      // checkPlan has found the sheet.
      if (outputSheet) writeOutputColumns(workbook, plan.output, cellsOf(outputSheet));
      writeSummarySheet(workbook, plan.summary, plan.charts);
      charts = plan.charts;
      chartValues = plan.charts.map((chart) =>
        chart.series.map((series) => ({
          x: rangeValues(cellsNamed(series.x.sheetName), series.x),
          y: rangeValues(cellsNamed(series.y.sheetName), series.y),
        })),
      );
      writeSettingsSheet(workbook, plan.settings);
      showSheet(plan.summary.name);
      progress?.('write', plan.output.rowCount, plan.output.rowCount);
    },

    async showSheet(name: string): Promise<void> {
      showSheet(name);
    },

    async save(onPhase?: (phase: SavePhase) => void): Promise<SavedWorkbook> {
      // Uncompressed: the package is compressed once, natively, when the charts are added (writeZip.ts).
      const written = await workbook.xlsx.writeBuffer({
        zip: { compression: 'STORE' },
      } as ExcelJS.XlsxWriteOptions);
      onPhase?.('serialise');
      const zip = await JSZipLoader.loadAsync(written as ArrayBuffer);
      const dataSheet = input.grid ? [await writeGridSheet(zip, input.grid)] : [];
      onPhase?.('data sheet');
      const toAdd: ChartToAdd[] = charts.map((spec, index) => ({ spec, values: chartValues[index] }));
      await addChartsToZip(zip, toAdd);
      onPhase?.('charts');
      const bytes = await writeZipPackage(zip, dataSheet);
      onPhase?.('zip');
      let dropped: string[] = [];
      if (input.zip) {
        const rebuilt = (object: PackageObject) =>
          object.kind === 'chart' &&
          charts.some((chart) => chart.name === object.name && chart.sheetName === object.sheet);
        const outputZip: JSZip = await JSZipLoader.loadAsync(bytes);
        dropped = describeDropped(
          await inventoryPackage(input.zip),
          await inventoryPackage(outputZip),
          rebuilt,
        );
      }
      onPhase?.('inventory');
      return { bytes, dropped };
    },
  };
}

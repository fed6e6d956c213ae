/**
 * The input of `-o`: an .xlsx or .csv file as an in-memory workbook, with the original package when there is one.
 */
import * as fs from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { SegmentationError } from '../../core/segmentationError';
import { csvWorkbook } from './csvWorkbook';
import type { GridSheet } from './gridSheet';
import { loadXlsxWorkbook } from './loadXlsxWorkbook';
import { parseCsv } from './readCsv';

/** A loaded input file. */
export interface InputWorkbook {
  workbook: ExcelJS.Workbook;
  /** The .xlsx package as read (for what ExcelJS cannot carry); null for CSV. */
  zip: JSZip | null;
  fileName: string;
  /** A CSV's data sheet, whose cells live here rather than in `workbook` (see csvWorkbook.ts); null for .xlsx. */
  grid: GridSheet | null;
}

/**
 * Load `file` (.xlsx/.xlsm by ExcelJS, .csv/.txt/.tsv by the CSV reader).
 *
 * @throws SegmentationError `unreadable-input` for a missing file, another format or unreadable contents.
 */
export async function loadInputWorkbook(file: string): Promise<InputWorkbook> {
  const fileName = path.basename(file);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SegmentationError(
      'unreadable-input',
      code === 'ENOENT' ? `${file} does not exist.` : `${file} cannot be read (${code ?? 'error'}).`,
    );
  }
  const extension = path.extname(file).toLowerCase();
  if (extension === '.xlsx' || extension === '.xlsm') {
    const { workbook, zip } = await loadXlsxWorkbook(bytes, fileName);
    return { workbook, zip, fileName, grid: null };
  }
  if (extension === '.csv' || extension === '.txt' || extension === '.tsv') {
    const { workbook, grid } = csvWorkbook(parseCsv(bytes).rows, fileName);
    return { workbook, zip: null, fileName, grid };
  }
  throw new SegmentationError('unreadable-input', `${fileName}: only .xlsx and .csv files can be read.`);
}

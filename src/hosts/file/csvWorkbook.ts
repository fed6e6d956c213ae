/**
 * A CSV file as a workbook: one sheet named after the file holding the fields as they were written. Fields stay
 * text – the engine parses numbers with the locale, and the written workbook shows the user's data unchanged –
 * and empty fields stay empty cells.
 */
import ExcelJS from 'exceljs';

const FORBIDDEN = /[[\]:*?/\\]/g;

/**
 * An Excel-valid sheet name from a file name: extension dropped, `[]:*?/\` replaced, at most 31 characters, no
 * leading or trailing apostrophe, `Sheet1` when nothing remains.
 *
 * @example sheetNameForFile('sales 2026.csv') // => 'sales 2026'
 * @example sheetNameForFile('a:b?.csv') // => 'a_b_'
 */
export function sheetNameForFile(fileName: string): string {
  const base = fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '');
  const name = base
    .replace(FORBIDDEN, '_')
    .slice(0, 31)
    .replace(/^'+|'+$/g, '')
    .trim();
  return name === '' || name.toLowerCase() === 'history' ? 'Sheet1' : name;
}

/** A new workbook whose only sheet holds `rows` (row-major, first row at A1). O(cells). */
export function csvWorkbook(rows: readonly (readonly string[])[], fileName: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetNameForFile(fileName));
  rows.forEach((fields, index) => {
    if (fields.every((field) => field === '')) return;
    const row = sheet.getRow(index + 1);
    fields.forEach((field, column) => {
      if (field !== '') row.getCell(column + 1).value = field;
    });
  });
  return workbook;
}

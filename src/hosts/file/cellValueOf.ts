/**
 * An ExcelJS cell value as the engine's CellValue: what a spreadsheet shows, not how ExcelJS stores it.
 *
 * @example cellValueOf({ formula: 'A1*2', result: 84 }) // => 84
 * @example cellValueOf({ richText: [{ text: 'Oy ' }, { text: 'Alfa' }] }) // => 'Oy Alfa'
 * @example cellValueOf({ error: '#N/A' }) // => '#N/A'
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../core/types';

const MS_PER_DAY = 86_400_000;
/** 1899-12-30: day 0 of the 1900 date system as Excel counts it (with its 1900 leap-year quirk). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Excel serial of a date (ExcelJS reads date cells as UTC Dates); dates are numbers to the engine. */
export function excelSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY;
}

/**
 * Convert one ExcelJS value. Formulas give their cached result (the file tool never recalculates), rich text its
 * plain text, hyperlinks their text, errors their code (`#N/A`: the engine reports it as invalid), dates their
 * Excel serial number. Cost O(length of rich text).
 */
export function cellValueOf(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return excelSerial(value);
  if (typeof value !== 'object') return null;
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined) return null;
    return cellValueOf(result as ExcelJS.CellValue);
  }
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text;
    return typeof text === 'string' ? text : cellValueOf(text as ExcelJS.CellValue);
  }
  return null;
}

/**
 * Where the command line keeps its settings inside a workbook: a hidden worksheet `_abcSegmenter` whose cell A1
 * holds the key `abcSegmenter` and B1 the versioned JSON (SavedSettings).
 *
 * Why a hidden sheet: the add-in's Office workbook settings live in a web-extension part that a file tool cannot
 * write in a way Excel would bind to the add-in, and custom XML parts and long defined names are dropped or
 * truncated by LibreOffice. A hidden sheet with one text cell survives Excel, LibreOffice and ExcelJS round trips.
 */
import type ExcelJS from 'exceljs';
import { decodeSettings, encodeSettings, type DecodedSettings } from '../../core/layout/settingsCodec';
import { SETTINGS_KEY, type SavedSettings } from '../../core/layout/writePlan';
import type { Locale } from '../../core/types';
import { cellValueOf } from './cellValueOf';

/** Name of the hidden worksheet holding the command line's settings. */
export const SETTINGS_SHEET_NAME = '_abcSegmenter';

/** Read the settings sheet; null when there is none. `locale` is the language of a problem sentence. */
export function readSettingsSheet(workbook: ExcelJS.Workbook, locale: Locale): DecodedSettings | null {
  const sheet = workbook.getWorksheet(SETTINGS_SHEET_NAME);
  if (!sheet) return null;
  const key = cellValueOf(sheet.getCell('A1').value);
  const json = cellValueOf(sheet.getCell('B1').value);
  // Anything but our key and a text cell is treated like unreadable JSON: reported, then replaced on write.
  return decodeSettings(key === SETTINGS_KEY && typeof json === 'string' ? json : '{', locale);
}

/** Write (or replace) the settings sheet; it is hidden so that users see the summary sheet instead. */
export function writeSettingsSheet(workbook: ExcelJS.Workbook, settings: SavedSettings): void {
  const sheet = workbook.getWorksheet(SETTINGS_SHEET_NAME) ?? workbook.addWorksheet(SETTINGS_SHEET_NAME);
  sheet.state = 'hidden';
  sheet.getCell('A1').value = SETTINGS_KEY;
  // A string value: ExcelJS writes it as a shared string, never as a formula.
  sheet.getCell('B1').value = encodeSettings(settings);
}

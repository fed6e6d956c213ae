/**
 * Where the command line keeps its settings inside a workbook: a hidden worksheet `_abcSegmenter` whose cell A1
 * holds the key `abcSegmenter` and B1 the versioned JSON (SavedSettings).
 *
 * Why a hidden sheet: the add-in's Office workbook settings live in a web-extension part that a file tool cannot
 * write in a way Excel would bind to the add-in, and custom XML parts and long defined names are dropped or
 * truncated by LibreOffice. A hidden sheet with one text cell survives Excel and LibreOffice round trips.
 */
import { decodeSettings, encodeSettings, type DecodedSettings } from '../../core/layout/settingsCodec';
import { SETTINGS_KEY, type SavedSettings } from '../../core/layout/writePlan';
import type { Locale } from '../../core/types';
import { inlineStringCell, WORKSHEET_NAMESPACES } from './cellXml';
import { decodeEntities } from './sheetXmlStream';
import type { XlsxBook } from './xlsxBook';

/** Name of the hidden worksheet holding the command line's settings. */
export const SETTINGS_SHEET_NAME = '_abcSegmenter';

/** Read the settings sheet; null when there is none. `locale` is the language of a problem sentence. */
export function readSettingsSheet(book: XlsxBook, locale: Locale): DecodedSettings | null {
  const sheet = book.worksheets().find((candidate) => candidate.name === SETTINGS_SHEET_NAME);
  if (!sheet) return null;
  const cells = book.cellsOf(sheet);
  const key = cells.valueAt(1, 0);
  const json = cells.valueAt(1, 1);
  // Anything but our key and a text cell is treated like unreadable JSON: reported, then replaced on write.
  return decodeSettings(key === SETTINGS_KEY && typeof json === 'string' ? json : '{', locale);
}

/**
 * The Excel add-in's own settings JSON, or null: Office keeps `workbook.settings` of a task-pane add-in in a
 * web-extension part (`xl/webextensions/webextensionN.xml`, `<we:property name="abcSegmenter" value="…"/>`).
 * Office serialises each setting value as JSON, so a value that is a JSON string holding JSON is unwrapped once.
 */
export function readAddinSettings(book: XlsxBook): string | null {
  const parts = book.archive.names.filter((path) => /^xl\/webextensions\/webextension\d+\.xml$/i.test(path));
  for (const path of parts) {
    const xml = book.archive.text(path) ?? '';
    for (const element of xml.match(/<(?:\w+:)?property\b[^>]*>/g) ?? []) {
      const name = /\bname="([^"]*)"/.exec(element)?.[1];
      const value = /\bvalue="([^"]*)"/.exec(element)?.[1];
      if (name !== SETTINGS_KEY || value === undefined) continue;
      const decoded = decodeEntities(value);
      try {
        const parsed: unknown = JSON.parse(decoded);
        return typeof parsed === 'string' ? parsed : decoded;
      } catch {
        return decoded;
      }
    }
  }
  return null;
}

/** The settings stored in `book`: the settings sheet, else the add-in's web-extension settings. */
export function storedSettings(book: XlsxBook, locale: Locale): DecodedSettings {
  return readSettingsSheet(book, locale) ?? decodeSettings(readAddinSettings(book), locale);
}

/** The settings sheet's part: A1 the key, B1 the JSON, both inline strings (never a formula). */
export function settingsSheetXml(settings: SavedSettings): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet ${WORKSHEET_NAMESPACES}><dimension ref="A1:B1"/><sheetData><row r="1">` +
    inlineStringCell('A1', SETTINGS_KEY, 0) +
    inlineStringCell('B1', encodeSettings(settings), 0) +
    '</row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

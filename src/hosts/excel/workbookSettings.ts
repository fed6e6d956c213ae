/**
 * The add-in's settings in the workbook: `context.workbook.settings` (ExcelApi 1.4), key `abcSegmenter`, value
 * the JSON text of `SavedSettings`. Settings are per add-in and saved with the file.
 */
import type { SavedSettings } from '../../core/layout/writePlan';

/** Parsed settings, or why they were ignored. */
export interface SettingsReading {
  settings: SavedSettings | null;
  problem: string | null;
}

/** Interpret a stored setting value (`undefined` when there is none). Never throws: bad data becomes `problem`. */
export function parseSavedSettings(value: unknown): SettingsReading {
  if (value === undefined || value === null) return { settings: null, problem: null };
  let data: unknown = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch {
      return {
        settings: null,
        problem: 'The saved settings are not readable (not JSON); they were ignored.',
      };
    }
  }
  if (typeof data !== 'object' || data === null) {
    return { settings: null, problem: 'The saved settings are not readable; they were ignored.' };
  }
  const s = data as Partial<SavedSettings> & { version?: unknown };
  if (typeof s.version === 'number' && s.version > 1) {
    return {
      settings: null,
      problem: `The saved settings come from a newer version of the add-in (version ${s.version}); they were ignored.`,
    };
  }
  const complete =
    s.version === 1 &&
    typeof s.source?.sheetName === 'string' &&
    typeof s.source.address === 'string' &&
    typeof s.columns?.revenue === 'string' &&
    typeof s.owned?.sheetName === 'string' &&
    Array.isArray(s.owned.headers) &&
    typeof s.owned.rowCount === 'number';
  if (!complete) return { settings: null, problem: 'The saved settings are incomplete; they were ignored.' };
  return { settings: s as SavedSettings, problem: null };
}

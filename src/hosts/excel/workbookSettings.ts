/**
 * The add-in's settings in the workbook: `context.workbook.settings` (ExcelApi 1.4), key `abcSegmenter`, value
 * the JSON text of `SavedSettings` (settingsCodec). Settings are per add-in and saved with the file
 * (https://learn.microsoft.com/javascript/api/excel/excel.settingcollection). Reading and writing both go through
 * the one codec the file host uses too, so both accept and reject the same settings.
 */
import { decodeSettings, encodeSettings, type DecodedSettings } from '../../core/layout/settingsCodec';
import type { SavedSettings } from '../../core/layout/writePlan';

/**
 * Interpret a loaded setting (`undefined` when there is none): `Setting.value` is whatever was stored – our JSON
 * text, or an object when someone stored one. Never throws: bad data becomes `problem`.
 * @example readSettingValue(undefined) // => { settings: null, problem: null }
 */
export function readSettingValue(value: unknown): DecodedSettings {
  return decodeSettings(value);
}

/** The value to store with `settings.add(SETTINGS_KEY, …)`. */
export function settingValue(settings: SavedSettings): string {
  return encodeSettings(settings);
}

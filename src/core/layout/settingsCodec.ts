/**
 * The settings stored in the workbook (`abcSegmenter`): versioned JSON, checked field by field on the way in,
 * because a shared workbook may carry settings from another version of the add-in or a hand edit.
 */
import type { Locale } from '../types';
import type { SavedSettings } from './writePlan';
import { message, type Message } from '../messages/renderMessage';

/** The settings version this code writes and reads. */
export const SETTINGS_VERSION = 1;

/** Decoded settings, or why there are none usable. */
export interface DecodedSettings {
  /** Null when nothing was stored or it could not be used. */
  settings: SavedSettings | null;
  /** Why stored settings were ignored (a catalogue message, rendered where it is shown); null otherwise. */
  problem: Message | null;
}

/**
 * Encodes settings as JSON for `workbook.settings` (or a file host's equivalent). Both hosts store exactly this
 * text, and both read it back through `decodeSettings`.
 *
 * @example JSON.parse(encodeSettings(settings)).version // => 1
 */
export function encodeSettings(settings: SavedSettings): string {
  return JSON.stringify(settings);
}

/**
 * Decodes stored settings – the one rule for "are these settings usable?", for the Excel host
 * (`Setting.value`) and the file host (the settings sheet, or the add-in's web-extension property) alike.
 *
 * Rule: nothing stored (undefined, null, blank text) → no settings and no problem. The stored value may be the JSON
 * text, that text JSON-encoded once more (Office serialises each setting value as JSON, so a string setting read
 * from the package arrives quoted), or the parsed object (`Setting.value` of a setting added as an object).
 * Malformed JSON or not an object → `settings-malformed`; a version other than SETTINGS_VERSION →
 * `settings-other-version`; a missing or mistyped field → `settings-incomplete` naming the first such field.
 * Never throws: bad settings must not stop the pane from opening. `problem` is a catalogue message, rendered
 * where it is shown.
 *
 * Complexity O(size of the settings).
 * @example decodeSettings('{').problem // => { key: 'settings-malformed', params: {} }
 * @example decodeSettings(encodeSettings(s)).settings // => s
 */
export function decodeSettings(stored: unknown, _locale?: Locale): DecodedSettings {
  if (stored === null || stored === undefined) return { settings: null, problem: null };
  if (typeof stored === 'string' && stored.trim() === '') return { settings: null, problem: null };
  let parsed: unknown = stored;
  // At most two JSON layers: the settings text, possibly quoted once more as a JSON string.
  for (let layer = 0; layer < 2 && typeof parsed === 'string'; layer += 1) {
    try {
      parsed = JSON.parse(parsed);
    } catch {
      return { settings: null, problem: message('settings-malformed', {}) };
    }
  }
  if (!isRecord(parsed)) return { settings: null, problem: message('settings-malformed', {}) };
  if (parsed.version !== SETTINGS_VERSION) {
    return {
      settings: null,
      problem: message('settings-other-version', { version: String(parsed.version) }),
    };
  }
  const missing = firstInvalidField(parsed);
  if (missing !== null)
    return { settings: null, problem: message('settings-incomplete', { field: missing }) };
  return { settings: parsed as unknown as SavedSettings, problem: null };
}

type Check = (value: unknown) => boolean;

const isString: Check = (v) => typeof v === 'string';
const isNullableString: Check = (v) => v === null || typeof v === 'string';
const isBoolean: Check = (v) => typeof v === 'boolean';
const isCount: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isFraction: Check = (v) => typeof v === 'number' && v > 0 && v <= 1;
const isLocale: Check = (v) => v === 'en' || v === 'fi';
const isStrings: Check = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isHighValue: Check = (v) => {
  if (!isRecord(v)) return false;
  if (v.rule === 'A' || v.rule === 'AB') return true;
  return v.rule === 'revenueAtLeast' && typeof v.amount === 'number' && Number.isFinite(v.amount);
};
const isSplit: Check = (v) => {
  if (!isRecord(v)) return false;
  if (v.rule === 'median') return true;
  return v.rule === 'fixed' && typeof v.value === 'number' && Number.isFinite(v.value);
};

const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
const isMethod: Check = (v) => v === 'fixed' || v === 'computed';
const isDays: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isIsoDate: Check = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** Every field of SavedSettings with its check, by path. */
const FIELDS: [string, Check][] = [
  ['source.sheetName', isString],
  ['source.tableName', isNullableString],
  ['source.address', isString],
  ['source.hasHeader', isBoolean],
  ['columns.revenue', isString],
  ['columns.customer', isNullableString],
  ['columns.potential', isNullableString],
  ['options.a', isFraction],
  ['options.b', isFraction],
  ['options.highValue', isHighValue],
  ['options.potentialSplit', isSplit],
  ['options.parseLocale', isLocale],
  ['columns.group', optional(isNullableString)],
  ['columns.previous', optional(isNullableString)],
  ['columns.date', optional(isNullableString)],
  ['options.thresholdMethod', optional(isMethod)],
  ['options.quietDays', optional(isDays)],
  ['options.asOf', optional((v) => v === null || isIsoDate(v))],
  ['outputLocale', isLocale],
  ['owned.sheetName', isString],
  ['owned.firstColumn', isCount],
  ['owned.headers', isStrings],
  ['owned.rowCount', isCount],
  ['owned.summarySheet', isString],
  ['owned.charts', isStrings],
  ['owned.headerCells', optional(isBoolean)],
  ['lastRun', isString],
];

function firstInvalidField(settings: Record<string, unknown>): string | null {
  for (const [path, check] of FIELDS) {
    let value: unknown = settings;
    for (const part of path.split('.')) value = isRecord(value) ? value[part] : undefined;
    if (!check(value)) return path;
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The settings stored in the workbook (`abcSegmenter`): versioned JSON, checked field by field on the way in,
 * because a shared workbook may carry settings from another version of the add-in or a hand edit.
 */
import type { Locale } from '../types';
import type { SavedSettings } from './writePlan';

/** The settings version this code writes and reads. */
export const SETTINGS_VERSION = 1;

/** Decoded settings, or why there are none usable. */
export interface DecodedSettings {
  /** Null when nothing was stored or it could not be used. */
  settings: SavedSettings | null;
  /** A sentence for the user when stored settings were ignored; null otherwise. */
  problem: string | null;
}

/**
 * Encodes settings as JSON for `workbook.settings` (or a file host's equivalent).
 *
 * @example JSON.parse(encodeSettings(settings)).version // => 1
 */
export function encodeSettings(settings: SavedSettings): string {
  return JSON.stringify(settings);
}

const PROBLEMS: Record<
  Locale,
  { malformed: string; newer: (v: string) => string; invalid: (f: string) => string }
> = {
  en: {
    malformed:
      'The saved ABC Segmenter settings in this workbook are not readable, so they were ignored: choose the source and columns and segment again to save new ones.',
    newer: (v) =>
      `The ABC Segmenter settings in this workbook were saved by another version (${v}), so they were ignored: update the add-in, or segment again to replace them.`,
    invalid: (f) =>
      `The saved ABC Segmenter settings are incomplete (${f}), so they were ignored: choose the source and columns and segment again to save new ones.`,
  },
  fi: {
    malformed:
      'Työkirjaan tallennettuja ABC Segmenter -asetuksia ei voi lukea, joten niitä ei käytetty: valitse lähde ja sarakkeet ja segmentoi uudelleen, niin asetukset tallentuvat.',
    newer: (v) =>
      `Työkirjan ABC Segmenter -asetukset on tallentanut toinen versio (${v}), joten niitä ei käytetty: päivitä apuohjelma tai segmentoi uudelleen.`,
    invalid: (f) =>
      `Tallennetut ABC Segmenter -asetukset ovat puutteelliset (${f}), joten niitä ei käytetty: valitse lähde ja sarakkeet ja segmentoi uudelleen.`,
  },
};

/**
 * Decodes stored settings. Rule: nothing stored → no settings and no problem; malformed JSON, another version or a
 * missing or mistyped field → no settings and a problem sentence in `locale`. Never throws: bad settings must not
 * stop the pane from opening.
 *
 * @example decodeSettings('{', 'en').problem // => 'The saved ABC Segmenter settings in this workbook are not readable, …'
 * @example decodeSettings(encodeSettings(s), 'en').settings // => s
 */
export function decodeSettings(json: string | null | undefined, locale: Locale): DecodedSettings {
  if (json === null || json === undefined || json.trim() === '') return { settings: null, problem: null };
  const problems = PROBLEMS[locale];
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { settings: null, problem: problems.malformed };
  }
  if (!isRecord(parsed)) return { settings: null, problem: problems.malformed };
  if (parsed.version !== SETTINGS_VERSION) {
    return { settings: null, problem: problems.newer(`version ${String(parsed.version)}`) };
  }
  const missing = firstInvalidField(parsed);
  if (missing !== null) return { settings: null, problem: problems.invalid(missing) };
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

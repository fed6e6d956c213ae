/**
 * Whether the pane can run where Office has loaded it: in Excel, with ExcelApi 1.7 (the manifest's minimum).
 * The manifest's <Requirements> keep the add-in out of older hosts, but a host that ignores them – or the add-in
 * opened in Word or PowerPoint from a shared catalogue – must get a sentence instead of a broken pane.
 *
 * `Office.onReady` resolves with `{ host, platform }`, `host` an `Office.HostType` ("Excel" in Excel, null when
 * the page is opened outside Office): https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in.
 * The API version is asked at run time, as Microsoft advises: "Check for API availability at runtime" with
 * `Office.context.requirements.isSetSupported`
 * (https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements).
 */
import type { Locale } from '../core/types';

/** Why the pane cannot start, or null when it can. */
export type StartupProblem = 'not-excel' | 'excel-too-old' | null;

/** The requirement set the whole add-in relies on (manifest.xml, <Set Name="ExcelApi" MinVersion="1.7"/>). */
export const MIN_EXCEL_API = '1.7';

/**
 * The problem for `info` (what `Office.onReady` reported) and `isSetSupported`; a check that throws (a host
 * without `Office.context.requirements`) counts as "too old".
 * @example startupProblem({ host: 'Word' }, () => true) // => 'not-excel'
 */
export function startupProblem(
  info: { host?: unknown } | null | undefined,
  isSetSupported: (name: string, minVersion: string) => boolean,
): StartupProblem {
  if (info?.host !== 'Excel') return 'not-excel';
  try {
    return isSetSupported('ExcelApi', MIN_EXCEL_API) ? null : 'excel-too-old';
  } catch {
    return 'excel-too-old';
  }
}

const MESSAGES: Record<Exclude<StartupProblem, null>, Record<Locale, string>> = {
  'not-excel': {
    en: 'ABC Segmenter works in Excel only: open it from the Home tab of an Excel workbook.',
    fi: 'ABC Segmenter toimii vain Excelissä: avaa se Excel-työkirjan Aloitus-välilehdeltä.',
  },
  'excel-too-old': {
    en: 'This version of Excel is too old for ABC Segmenter: use Microsoft 365, Excel 2021 or later, or Excel on the web.',
    fi: 'Tämä Excel-versio on liian vanha ABC Segmenterille: käytä Microsoft 365:tä, Excel 2021:tä tai uudempaa tai Excelin verkkoversiota.',
  },
};

/**
 * The sentence for a problem, in `locale`.
 * @example startupMessage('not-excel', 'en') // => 'ABC Segmenter works in Excel only: …'
 */
export function startupMessage(problem: Exclude<StartupProblem, null>, locale: Locale): string {
  return MESSAGES[problem][locale];
}

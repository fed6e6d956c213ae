/**
 * The Excel add-in's own settings, read from the package: Office keeps `workbook.settings` of a task-pane add-in in
 * a web-extension part (`xl/webextensions/webextensionN.xml`, `<we:property name="abcSegmenter" value="…"/>`),
 * which ExcelJS ignores. Reading it lets the command line refresh a workbook the add-in segmented.
 */
import type JSZip from 'jszip';
import { SETTINGS_KEY } from '../../core/layout/writePlan';
import { decodeXml } from './packageRelationships';

/**
 * The settings JSON the add-in stored, or null. Office serialises each setting value as JSON, so a value that is a
 * JSON string holding JSON is unwrapped once.
 */
export async function readAddinSettings(zip: JSZip): Promise<string | null> {
  const parts = Object.keys(zip.files).filter((path) =>
    /^xl\/webextensions\/webextension\d+\.xml$/i.test(path),
  );
  for (const path of parts) {
    const xml = (await zip.file(path)?.async('string')) ?? '';
    for (const element of xml.match(/<(?:\w+:)?property\b[^>]*>/g) ?? []) {
      const name = /\bname="([^"]*)"/.exec(element)?.[1];
      const value = /\bvalue="([^"]*)"/.exec(element)?.[1];
      if (name !== SETTINGS_KEY || value === undefined) continue;
      const decoded = decodeXml(value);
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

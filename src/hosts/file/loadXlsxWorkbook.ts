/**
 * An .xlsx file as an in-memory ExcelJS workbook plus the package (JSZip) it came from, so that the file host can
 * tell later what ExcelJS could not carry over (charts, pivot tables …) and read add-in settings ExcelJS ignores.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SegmentationError } from '../../core/segmentationError';
import { normaliseRelationshipTargets } from './normaliseRelationshipTargets';

/** A loaded workbook and its original package. */
export interface LoadedXlsx {
  workbook: ExcelJS.Workbook;
  /** The input package as read (after target normalisation); never written back. */
  zip: JSZip;
}

/**
 * Load .xlsx bytes. Absolute relationship targets are normalised first (ExcelJS cannot resolve them).
 *
 * @throws SegmentationError `unreadable-input` when the bytes are not a spreadsheet package.
 */
export async function loadXlsxWorkbook(bytes: Uint8Array, fileName: string): Promise<LoadedXlsx> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new SegmentationError(
      'unreadable-input',
      `${fileName} is not an .xlsx workbook (not a zip package).`,
    );
  }
  if (!zip.file('xl/workbook.xml') && !Object.keys(zip.files).some((name) => name.endsWith('workbook.xml'))) {
    throw new SegmentationError(
      'unreadable-input',
      `${fileName} is not an .xlsx workbook (no workbook part).`,
    );
  }
  await normaliseRelationshipTargets(zip);
  const normalised = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want its own Buffer alias; a Node Buffer is what it reads.
    await workbook.xlsx.load(normalised as unknown as ExcelJS.Buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SegmentationError(
      'unreadable-input',
      `${fileName} could not be read as a workbook: ${reason}.`,
    );
  }
  return { workbook, zip };
}

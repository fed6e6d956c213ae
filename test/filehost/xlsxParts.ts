/**
 * Tiny hand-written workbook packages for reader and editor tests: the parts a test names, plus the minimum
 * around them (content types, relationships, a workbook listing the sheets).
 */
import { packageWriter } from '../../src/hosts/file/packageWriter';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A sheet: its name and the XML between `<sheetData>` and `</sheetData>` (or a whole part in `xml`). */
export interface SheetPart {
  name: string;
  rows?: string;
  xml?: string;
}

/** The bytes of a workbook with `sheets`, optional shared strings and extra parts (name → text). */
export function xlsxBytes(
  sheets: readonly SheetPart[],
  options: {
    sharedStrings?: string[];
    namespace?: string;
    extra?: Record<string, string>;
    styles?: string;
  } = {},
): Buffer {
  const ns = options.namespace ?? MAIN;
  const writer = packageWriter();
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  writer.add(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      `${overrides}</Types>`,
  );
  writer.add(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  writer.add(
    'xl/workbook.xml',
    `<workbook xmlns="${ns}" xmlns:r="${REL}"><sheets>` +
      sheets
        .map((sheet, i) => `<sheet name="${sheet.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('') +
      '</sheets></workbook>',
  );
  writer.add(
    'xl/_rels/workbook.xml.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('') +
      (options.sharedStrings
        ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
        : '') +
      (options.styles ? `<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>` : '') +
      '</Relationships>',
  );
  if (options.sharedStrings) {
    writer.add(
      'xl/sharedStrings.xml',
      `<sst xmlns="${ns}">${options.sharedStrings.map((item) => `<si>${item}</si>`).join('')}</sst>`,
    );
  }
  if (options.styles) writer.add('xl/styles.xml', options.styles);
  sheets.forEach((sheet, i) =>
    writer.add(
      `xl/worksheets/sheet${i + 1}.xml`,
      sheet.xml ?? `<worksheet xmlns="${ns}"><sheetData>${sheet.rows ?? ''}</sheetData></worksheet>`,
    ),
  );
  for (const [name, text] of Object.entries(options.extra ?? {})) writer.add(name, text);
  return writer.finish();
}

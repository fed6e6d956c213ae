/**
 * Put a grid sheet's cells into the package ExcelJS wrote: ExcelJS wrote the sheet empty (its tab, views,
 * conditional formats and page setup are in the part), so its `<sheetData/>` is replaced by the cells built as XML
 * (sheetDataXml.ts), its `<dimension>` set to their range, and the cells' styles appended to `styles.xml`.
 *
 * The sheet part is returned rather than put back into the JSZip package: passing 50 MB through JSZip's chunked
 * streams cost a third of a second; the caller hands the part straight to the ZIP writer.
 */
import type JSZip from 'jszip';
import { addCellStyles } from './addCellStyles';
import type { GridSheet } from './gridSheet';
import { packageSheets } from './packageRelationships';
import { sheetDataXml } from './sheetDataXml';
import type { ZipEntry } from './writeZip';

/** Where ExcelJS writes the style sheet. */
const STYLES_PATH = 'xl/styles.xml';
/** How ExcelJS writes a sheet without cells. */
const EMPTY_SHEET_DATA = '<sheetData/>';

/**
 * The sheet part of `grid`, to replace the empty one in `zip`; the styles are added to `zip` in place. O(cells).
 *
 * @throws Error when the package has no sheet of the grid's name, no style sheet, or the sheet is not empty.
 */
export async function writeGridSheet(zip: JSZip, grid: GridSheet): Promise<ZipEntry> {
  const sheet = (await packageSheets(zip)).find((candidate) => candidate.name === grid.name);
  const stylesFile = zip.file(STYLES_PATH);
  const sheetFile = sheet ? zip.file(sheet.path) : null;
  if (!sheet || !sheetFile || !stylesFile) throw new Error(`the written package has no sheet ${grid.name}`);

  const styles = addCellStyles(
    await stylesFile.async('string'),
    grid.bands.map((band) => band.style),
  );
  zip.file(STYLES_PATH, styles.xml);

  const data = sheetDataXml(
    grid.rows,
    grid.bands.map((band, index) => ({ ...band, styleId: styles.ids[index] })),
  );
  const xml = await sheetFile.async('string');
  const at = xml.indexOf(EMPTY_SHEET_DATA);
  if (at < 0) throw new Error(`the sheet ${grid.name} was written with cells of its own`);
  let head = xml.slice(0, at);
  if (data.dimension)
    head = head.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${data.dimension}"/>`);
  const tail = xml.slice(at + EMPTY_SHEET_DATA.length);
  return {
    name: sheet.path,
    data: Buffer.concat([Buffer.from(head, 'utf8'), ...data.parts, Buffer.from(tail, 'utf8')]),
  };
}

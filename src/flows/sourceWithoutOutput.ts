/**
 * The source without the add-in's own output columns: the data region around the selection (or an Excel table,
 * whose table columns they became) includes the columns a previous run wrote, and they are not source data.
 */
import { rangeAddress } from '../core/cellAddress';
import type { SavedSettings } from '../core/layout/writePlan';
import type { LocatedSource } from '../hosts/workbookHost';
import { ownsOutputArea } from './checkOwnership';

/**
 * Cuts the previous run's output columns off a located source. Rule: when the settings say this add-in owns
 * columns on the source's sheet starting inside the source, and the source's top row holds the owned headers
 * there, the source ends just before them; otherwise it is returned unchanged. A host that already excludes
 * them is unaffected (the owned columns are then outside the source).
 *
 * Complexity: O(top rows × columns).
 * @example sourceWithoutOutput(regionA1toH10, settingsOwningFromD).columnCount // => 3
 */
export function sourceWithoutOutput(source: LocatedSource, settings: SavedSettings | null): LocatedSource {
  if (!settings || settings.owned.sheetName !== source.sheetName) return source;
  const offset = settings.owned.firstColumn - source.firstColumn;
  if (offset <= 0 || offset >= source.columnCount) return source;
  const top = source.topRows[0] ?? [];
  const area = { sheetName: source.sheetName, firstColumn: settings.owned.firstColumn };
  const headersThere = top.slice(offset, source.columnCount);
  if (!ownsOutputArea(settings, area, headersThere, { visibleOnly: true })) return source;
  const lastRow = source.firstRow + source.rowCount - 1;
  return {
    ...source,
    columnCount: offset,
    address: rangeAddress(source.firstColumn, source.firstRow, source.firstColumn + offset - 1, lastRow),
    topRows: source.topRows.map((row) => row.slice(0, offset)),
    ...(source.dateColumns ? { dateColumns: source.dateColumns.slice(0, offset) } : {}),
  };
}

/**
 * `-o` on the source sheet: the sheet part is streamed row by row and our output columns are spliced into each
 * `<row>` (an earlier run's cells in our columns taken out first), so every other cell, row attribute, merge,
 * note anchor, validation and link of the sheet stays exactly as it was written. Around the rows: the
 * `<dimension>` grows to our columns, `<cols>` gets our widths, and our conditional colours replace an earlier
 * run's (rules on other columns are kept).
 */
import { columnLetter, rangeAddress } from '../../core/cellAddress';
import { hasHeaderCells, type OutputColumnsPlan } from '../../core/layout/writePlan';
import { cellXml, inlineStringCell } from './cellXml';
import { rowCells, rowNumberOf, streamSheetXml } from './sheetXmlStream';
import type { StyleSheet } from './styleSheet';
import { parseBox } from './xlsxBook';
import type { ZipArchive } from './zipArchive';

/** Worksheet children after `<conditionalFormatting>` (CT_Worksheet order): ours go before the first present. */
const AFTER_CONDITIONAL_FORMATTING = [
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];
/** Worksheet children after `<cols>`: `<cols>` is inserted before the first present. */
const AFTER_COLS = ['sheetData'];

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Columns (0-based, inclusive) of a space-separated range list such as `D2:D241 F2:F9`. */
function sqrefColumns(sqref: string): Array<[number, number]> {
  return sqref
    .trim()
    .split(/\s+/)
    .flatMap((part) => {
      const box = parseBox(part);
      return box ? [[box.firstColumn, box.lastColumn] as [number, number]] : [];
    });
}

/** Put `<x:` prefixes on our cells when the sheet writes its elements with a prefix. */
function withPrefix(xml: string, prefix: string): string {
  return prefix === '' ? xml : xml.replace(/<(\/?)(c|v|is|t)\b/g, `<$1${prefix}$2`);
}

/** `<cols>` with our widths: ranges of the input that overlap our columns are cut around them. */
function colsWithOurs(head: string, firstColumn: number, widths: readonly number[], prefix: string): string {
  const lastColumn = firstColumn + widths.length - 1;
  const ours = widths.map(
    (width, offset) =>
      `<${prefix}col min="${firstColumn + offset + 1}" max="${firstColumn + offset + 1}" width="${width + 0.71}" customWidth="1"/>`,
  );
  const colsMatch = new RegExp(`<${prefix}cols\\b[^>]*>([\\s\\S]*?)</${prefix}cols>`).exec(head);
  if (!colsMatch) {
    const at = AFTER_COLS.map((name) => head.search(new RegExp(`<${prefix}${name}\\b`))).find(
      (index) => index >= 0,
    );
    const cols = `<${prefix}cols>${ours.join('')}</${prefix}cols>`;
    return at === undefined ? head + cols : head.slice(0, at) + cols + head.slice(at);
  }
  const entries: Array<{ min: number; xml: string }> = [];
  for (const element of colsMatch[1].match(
    new RegExp(`<${prefix}col\\b[^>]*?(?:/>|>[\\s\\S]*?</${prefix}col>)`, 'g'),
  ) ?? []) {
    const min = Number(/\bmin="(\d+)"/.exec(element)?.[1] ?? 0);
    const max = Number(/\bmax="(\d+)"/.exec(element)?.[1] ?? min);
    // 1-based min/max; our columns are 1-based firstColumn+1 … lastColumn+1.
    if (max < firstColumn + 1 || min > lastColumn + 1) {
      entries.push({ min, xml: element });
      continue;
    }
    if (min < firstColumn + 1)
      entries.push({ min, xml: element.replace(/\bmax="\d+"/, `max="${firstColumn}"`) });
    if (max > lastColumn + 1)
      entries.push({ min: lastColumn + 2, xml: element.replace(/\bmin="\d+"/, `min="${lastColumn + 2}"`) });
  }
  ours.forEach((xml, offset) => entries.push({ min: firstColumn + offset + 1, xml }));
  entries.sort((a, b) => a.min - b.min);
  const open = /^<[^>]*>/.exec(colsMatch[0])![0];
  return (
    head.slice(0, colsMatch.index) +
    `${open}${entries.map((entry) => entry.xml).join('')}</${prefix}cols>` +
    head.slice(colsMatch.index + colsMatch[0].length)
  );
}

/** The dimension grown to include `box`. */
function grownDimension(
  head: string,
  box: { firstRow: number; firstColumn: number; lastRow: number; lastColumn: number },
): string {
  return head.replace(
    /(<(?:\w+:)?dimension\b[^>]*\bref=")([^"]*)(")/,
    (_match, before: string, ref: string, after: string) => {
      const old = parseBox(ref);
      const merged = old
        ? {
            firstRow: Math.min(old.firstRow, box.firstRow),
            firstColumn: Math.min(old.firstColumn, box.firstColumn),
            lastRow: Math.max(old.lastRow, box.lastRow),
            lastColumn: Math.max(old.lastColumn, box.lastColumn),
          }
        : box;
      return `${before}${rangeAddress(merged.firstColumn, merged.firstRow, merged.lastColumn, merged.lastRow)}${after}`;
    },
  );
}

/** The tail with an earlier run's conditional formats on our columns taken out and ours put in. */
function tailWithColours(
  tail: string,
  plan: OutputColumnsPlan,
  ownedTo: number,
  styles: StyleSheet,
  prefix: string,
): string {
  const ownedFrom = plan.firstColumn;
  const pattern = new RegExp(
    `<${prefix}conditionalFormatting\\b([^>]*)>[\\s\\S]*?</${prefix}conditionalFormatting>`,
    'g',
  );
  let kept = tail.replace(pattern, (element, attributes: string) => {
    const sqref = /\bsqref="([^"]*)"/.exec(attributes)?.[1] ?? '';
    const columns = sqrefColumns(sqref);
    const ours = columns.length > 0 && columns.every(([from, to]) => from >= ownedFrom && to <= ownedTo);
    return ours ? '' : element;
  });
  let priority = Math.max(0, ...[...kept.matchAll(/\bpriority="(\d+)"/g)].map((match) => Number(match[1])));
  const lastRow = plan.headerRow + plan.rowCount;
  let formats = '';
  plan.columns.forEach((column, offset) => {
    if (column.conditionalColours.length === 0 || plan.rowCount === 0) return;
    const letter = columnLetter(plan.firstColumn + offset);
    const rules = column.conditionalColours
      .map(
        (rule) =>
          `<${prefix}cfRule type="cellIs" dxfId="${styles.differential(rule.fill, rule.font)}" priority="${++priority}" operator="equal">` +
          `<${prefix}formula>${quoted(rule.equals).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}</${prefix}formula></${prefix}cfRule>`,
      )
      .join('');
    formats += `<${prefix}conditionalFormatting sqref="${letter}${plan.headerRow + 1}:${letter}${lastRow}">${rules}</${prefix}conditionalFormatting>`;
  });
  if (formats === '') return kept;
  const at = AFTER_CONDITIONAL_FORMATTING.map((name) => kept.search(new RegExp(`<${prefix}${name}\\b`)))
    .filter((index) => index >= 0)
    .reduce((first, index) => Math.min(first, index), Infinity);
  const end = kept.search(new RegExp(`</${prefix}worksheet\\s*>`));
  const insertAt = Number.isFinite(at) ? at : end >= 0 ? end : kept.length;
  kept = kept.slice(0, insertAt) + formats + kept.slice(insertAt);
  return kept;
}

/**
 * Stream the source sheet `path` of `archive` with `plan`'s columns written in, to `write` in pieces.
 * O(size of the part + output cells); one row held at a time.
 *
 * @param selected false: the sheet is no longer the selected tab (the summary sheet will be).
 */
export function editSourceSheet(
  archive: ZipArchive,
  path: string,
  plan: OutputColumnsPlan,
  styles: StyleSheet,
  write: (text: string) => void,
  options: { unselect: boolean },
): void {
  const width = plan.columns.length;
  const lastColumn = plan.firstColumn + width - 1;
  const ownedTo = lastColumn + plan.clear.columnsRight;
  const lastRow = plan.headerRow + plan.rowCount;
  const clearTo = lastRow + plan.clear.rowsBelow;
  // Our first row: the header row, or row 1 when the columns have none (a headerless source on row 1).
  const firstRow = hasHeaderCells(plan) ? plan.headerRow : 1;
  const headerStyle = styles.cellStyle({ bold: true });
  const valueStyles = plan.columns.map((column) => styles.cellStyle({ numberFormat: column.numberFormat }));
  const letters = plan.columns.map((_, offset) => columnLetter(plan.firstColumn + offset));
  let prefix = '';

  const ourCells = (row: number): string => {
    if (row < firstRow || row > lastRow) return '';
    let cells = '';
    if (row === plan.headerRow) {
      plan.columns.forEach((column, offset) => {
        cells += inlineStringCell(`${letters[offset]}${row}`, column.header, headerStyle);
      });
    } else {
      const index = row - plan.headerRow - 1;
      plan.columns.forEach((column, offset) => {
        cells += cellXml(`${letters[offset]}${row}`, column.values[index] ?? null, valueStyles[offset]);
      });
    }
    return withPrefix(cells, prefix);
  };

  let nextOurs = firstRow;
  let previousRow = 0;
  const emitOursBefore = (row: number) => {
    for (; nextOurs <= lastRow && nextOurs < row; nextOurs++) {
      const cells = ourCells(nextOurs);
      if (cells !== '') write(`<${prefix}row r="${nextOurs}">${cells}</${prefix}row>`);
    }
  };

  let headText = '';
  streamSheetXml(archive, path, {
    head(text) {
      headText = text;
    },
    row(xml) {
      if (previousRow === 0) {
        prefix = /^<([A-Za-z_][\w.-]*:)?row/.exec(xml)?.[1] ?? '';
        write(editedHead(headText, plan, lastRow, prefix, options.unselect));
      }
      const row = rowNumberOf(xml) ?? previousRow + 1;
      previousRow = row;
      if (row < firstRow || row > clearTo) {
        emitOursBefore(row);
        write(xml);
        return;
      }
      emitOursBefore(row);
      if (nextOurs === row) nextOurs++;
      write(spliceRow(xml, plan.firstColumn, ownedTo, ourCells(row), prefix));
    },
    tail(text) {
      if (previousRow === 0) {
        prefix = /<([A-Za-z_][\w.-]*:)?worksheet\b/.exec(headText)?.[1] ?? '';
        write(editedHead(headText, plan, lastRow, prefix, options.unselect));
      }
      emitOursBefore(Infinity);
      const closing = text.replace(new RegExp(`^\\s*</${prefix}sheetData\\s*>`), '');
      write(`</${prefix}sheetData>`);
      write(tailWithColours(closing, plan, ownedTo, styles, prefix));
    },
  });

  function editedHead(
    head: string,
    output: OutputColumnsPlan,
    last: number,
    ns: string,
    unselect: boolean,
  ): string {
    let edited = grownDimension(head, {
      firstRow,
      firstColumn: output.firstColumn,
      lastRow: last,
      lastColumn: lastColumn,
    });
    edited = colsWithOurs(
      edited,
      output.firstColumn,
      output.columns.map((column) => column.width),
      ns,
    );
    if (unselect) edited = edited.replace(/(<(?:\w+:)?sheetView\b[^>]*?)\s+tabSelected="(?:1|true)"/, '$1');
    return `${edited}<${ns}sheetData>`;
  }
}

/** The row with cells in columns `from`–`to` taken out and `ours` (already in column order) put in their place. */
function spliceRow(xml: string, from: number, to: number, ours: string, prefix: string): string {
  const tagEnd = xml.indexOf('>');
  const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
  const openTag = (selfClosing ? xml.slice(0, tagEnd - 1).trimEnd() + '>' : xml.slice(0, tagEnd + 1)).replace(
    /\s+spans="[^"]*"/,
    '',
  );
  if (selfClosing) return ours === '' ? xml : `${openTag}${ours}</${prefix}row>`;
  const closeAt = xml.lastIndexOf('</');
  const cells = rowCells(xml);
  let body = '';
  let at = tagEnd + 1;
  let placed = false;
  for (const cell of cells) {
    if (!placed && cell.column >= from) {
      body += xml.slice(at, cell.start) + ours;
      at = cell.start;
      placed = true;
    }
    if (cell.column >= from && cell.column <= to) {
      body += xml.slice(at, cell.start);
      at = cell.end;
    }
  }
  body += xml.slice(at, closeAt);
  if (!placed) body += ours;
  return `${openTag}${body}${xml.slice(closeAt)}`;
}

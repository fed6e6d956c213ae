/**
 * A hand-built WritePlan for the Excel host tests: output columns for `rows` data rows of a source whose header is
 * on `headerRow`, a summary sheet with a customer name that looks like a formula, and the two charts.
 */
import type { WritePlan } from '../../src/core/layout/writePlan';
import { DEFAULT_OPTIONS } from '../../src/flows/prepareSegmentation';

const CLASSES = ['A', 'B', 'C'];

/** A plan writing Rank/Share/ABC (+ optional Change) at `firstColumn` for `rows` rows. */
export function handBuiltPlan(options: {
  sheetName: string;
  tableName: string | null;
  firstColumn: number;
  headerRow: number;
  rows: number;
  withChange?: boolean;
  clear?: { rowsBelow: number; columnsRight: number };
}): WritePlan {
  const { rows } = options;
  const columns = [
    {
      header: 'Rank',
      values: Array.from({ length: rows }, (_, i) => i + 1),
      numberFormat: '0',
      width: 12,
      conditionalColours: [],
    },
    {
      header: 'Share',
      values: Array.from({ length: rows }, (_, i) => (i === rows - 1 ? null : 1 / (i + 2))),
      numberFormat: '0.0%',
      width: 12,
      conditionalColours: [],
    },
    {
      header: 'ABC',
      values: Array.from({ length: rows }, (_, i) => CLASSES[Math.min(2, Math.floor((3 * i) / rows))]),
      numberFormat: '@',
      width: 12,
      conditionalColours: [
        { equals: 'A', fill: '#1B7837', font: '#FFFFFF' },
        { equals: 'B', fill: '#A6DBA0', font: '#000000' },
        { equals: 'C', fill: '#E7E7E7', font: '#000000' },
      ],
    },
  ];
  if (options.withChange) {
    columns.push({
      header: 'Change',
      values: Array.from({ length: rows }, (_, i) => (i === 0 ? '+new' : 'A→B')),
      numberFormat: 'General',
      width: 12,
      conditionalColours: [],
    });
  }
  return {
    output: {
      sheetName: options.sheetName,
      tableName: options.tableName,
      firstColumn: options.firstColumn,
      headerRow: options.headerRow,
      rowCount: rows,
      columns: columns as WritePlan['output']['columns'],
      clear: options.clear ?? { rowsBelow: 0, columnsRight: 0 },
    },
    summary: {
      name: 'ABC Summary',
      blocks: [
        { row: 0, column: 0, values: [['ABC segmentation']], style: 'title' },
        { row: 1, column: 0, values: [['2 of 3 customers bring 80.4 % of revenue']], style: 'headline' },
        { row: 3, column: 0, values: [['Class', 'Customers', '% revenue']], style: 'tableHeader' },
        {
          row: 4,
          column: 0,
          values: [
            ['A', 2, 0.804],
            ['=HYPERLINK("http://evil")', 1, 0.196],
            ['-Minus Oy', 0, 0],
            ['@Sum', null, null],
          ],
          numberFormats: ['General', '0', '0.0%'],
          style: 'body',
        },
        {
          row: 9,
          column: 0,
          values: [
            ['x', 'y'],
            [0, 0],
            [0.5, 0.8],
            [1, 1],
          ],
          style: 'note',
        },
      ],
      columnWidths: [28, 12, 12],
    },
    charts: [
      {
        name: 'ABCCurve',
        title: 'ABC curve',
        sheetName: 'ABC Summary',
        placement: { firstRow: 0, firstColumn: 5, lastRow: 15, lastColumn: 12 },
        xAxis: { title: '% of customers', min: 0, max: 1, logarithmic: false, numberFormat: '0%' },
        yAxis: { title: '% of revenue', min: 0, max: 1, logarithmic: false, numberFormat: '0%' },
        series: [
          {
            name: 'Cumulative revenue',
            x: { sheetName: 'ABC Summary', firstRow: 10, firstColumn: 0, lastRow: 12, lastColumn: 0 },
            y: { sheetName: 'ABC Summary', firstRow: 10, firstColumn: 1, lastRow: 12, lastColumn: 1 },
            colour: '#1B7837',
            line: true,
            markers: false,
          },
        ],
      },
      {
        name: 'ValueMatrix',
        title: 'Value matrix',
        sheetName: 'ABC Summary',
        placement: { firstRow: 17, firstColumn: 5, lastRow: 32, lastColumn: 12 },
        xAxis: { title: 'Revenue', logarithmic: true, numberFormat: '#,##0' },
        yAxis: { title: 'Potential', logarithmic: false, numberFormat: '#,##0' },
        series: [
          {
            name: 'Develop',
            x: { sheetName: 'ABC Summary', firstRow: 10, firstColumn: 0, lastRow: 11, lastColumn: 0 },
            y: { sheetName: 'ABC Summary', firstRow: 10, firstColumn: 1, lastRow: 11, lastColumn: 1 },
            colour: '#762A83',
            line: false,
            markers: true,
          },
          {
            name: 'Split',
            x: { sheetName: 'ABC Summary', firstRow: 11, firstColumn: 0, lastRow: 12, lastColumn: 0 },
            y: { sheetName: 'ABC Summary', firstRow: 11, firstColumn: 1, lastRow: 12, lastColumn: 1 },
            colour: '#555555',
            line: true,
            markers: false,
          },
        ],
      },
    ],
    settings: {
      version: 1,
      source: {
        sheetName: options.sheetName,
        tableName: options.tableName,
        address: 'A1:C4',
        hasHeader: true,
      },
      columns: { revenue: 'Revenue', customer: 'Customer', potential: null },
      options: { ...DEFAULT_OPTIONS },
      outputLocale: 'en',
      owned: {
        sheetName: options.sheetName,
        firstColumn: options.firstColumn,
        headers: columns.map((c) => c.header),
        rowCount: rows,
        summarySheet: 'ABC Summary',
        charts: ['ABCCurve', 'ValueMatrix'],
      },
      lastRun: '2025-01-31T12:00:00.000Z',
    },
  };
}

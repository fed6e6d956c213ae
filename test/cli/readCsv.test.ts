import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { segmentFile } from '../../src/cli/segmentFile';
import { openFileHost } from '../../src/hosts/file/openFileHost';
import { CsvTextReader, memoryBytes } from '../../src/hosts/file/csvTextReader';
import { detectDelimiter, suspectDelimiter } from '../../src/hosts/file/detectDelimiter';
import { plainNumber } from '../../src/hosts/file/plainNumber';
import { parseCsv, parseCsvText } from '../../src/hosts/file/readCsv';
import { CsvColumnScanner, scanCsvColumns } from '../../src/hosts/file/scanCsvColumns';
import { openCsvSource } from '../../src/hosts/file/openCsvSource';
import { detectCsvDialect } from '../../src/hosts/file/detectCsvDialect';
import { detectCsvEncoding } from '../../src/hosts/file/csvEncoding';
import { isSegmentationError } from '../../src/core/segmentationError';
import type { CellValue } from '../../src/core/types';
import { FieldInterner } from '../../src/hosts/file/fieldInterner';
import { PlainIsoDate } from '../../src/hosts/file/plainIsoDate';
import { parseDateCell } from '../../src/core/parseDateCell';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../fixtures', name));
const bytes = (text: string) => new TextEncoder().encode(text);
const comma = { delimiter: ',', lineBreak: '\n' as const, skip: 0 };

function errorOf(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (isSegmentationError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a SegmentationError');
}

describe('parseCsv', () => {
  test('detects comma, semicolon, tab, pipe and caret from the header line', () => {
    expect(parseCsv(bytes('a|b\n1|2')).rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv(bytes('a^b^c\n1^2^3')).delimiter).toBe('^');
    expect(parseCsv(bytes('a,b\n1,2')).delimiter).toBe(',');
    expect(parseCsv(bytes('a;b\n1,5;2')).delimiter).toBe(';');
    expect(parseCsv(bytes('a\tb\n1,5\t2')).delimiter).toBe('\t');
  });

  test('delimiters inside quotes in the header do not count', () => {
    expect(detectDelimiter('"a;b;c",d\n1,2')).toBe(',');
  });

  test('a one-column file is comma separated', () => {
    expect(parseCsv(bytes('Inhabitants\n607\n2779\n')).rows).toEqual([['Inhabitants'], ['607'], ['2779']]);
  });

  test('drops a UTF-8 byte-order mark and reads CRLF and LF alike, final line break ignored', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Asiakas;Myynti\r\nÄkkä Oy;1\r\n')]);
    expect(parseCsv(withBom).rows).toEqual([
      ['Asiakas', 'Myynti'],
      ['Äkkä Oy', '1'],
    ]);
    expect(parseCsv(bytes('a,b\n1,2\n')).rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  test('quoted fields keep delimiters, doubled quotes and line breaks as text', () => {
    const table = parseCsv(bytes('Customer,Revenue\r\n"Oy ""Alfa"", Ab",100\r\n"two\nlines",5\r\n'));
    expect(table.rows).toEqual([
      ['Customer', 'Revenue'],
      ['Oy "Alfa", Ab', '100'],
      ['two\nlines', '5'],
    ]);
    expect(table.raggedRows).toEqual([]);
  });

  test('reports ragged rows with 1-based row numbers, empty lines are not ragged', () => {
    const table = parseCsv(fixture('bad/ragged-rows.csv'));
    expect(table.raggedRows).toEqual([
      { row: 2, cells: 2, expected: 3 },
      { row: 3, cells: 4, expected: 3 },
      { row: 4, cells: 1, expected: 3 },
    ]);
    expect(parseCsvText('a,b\n1,2\n\n3,4\n').raggedRows).toEqual([]);
  });

  test('Latin-1 bytes are refused with the encoding named and "CSV UTF-8" suggested', () => {
    const error = errorOf(() => parseCsv(fixture('bad/not-utf8.csv')));
    expect(error.code).toBe('unreadable-input');
    expect(error.message).toMatch(/not UTF-8/);
    expect(error.message).toMatch(/CSV UTF-8/);
    expect(error.message).toMatch(/line 2/);
  });

  test('NUL bytes or mostly control characters are refused as binary', () => {
    expect(errorOf(() => parseCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).message).toMatch(
      /binary/,
    );
    expect(errorOf(() => new CsvTextReader(memoryBytes(new Uint8Array(100).fill(0x01)))).message).toMatch(
      /binary/,
    );
  });

  test('an unclosed quote is a clear input error', () => {
    expect(errorOf(() => parseCsv(bytes('a,b\n"open,1\n'))).code).toBe('unreadable-input');
  });
});

describe('plainNumber', () => {
  test('converts plain numbers exactly as Number() does, with the locale decimal mark', () => {
    for (const text of ['0', '12', '-7', '346.30', '0.1', '123456789012.345', '-0.5']) {
      expect(plainNumber(text, 0, text.length, '.')).toBe(Number(text) + 0);
    }
    expect(plainNumber('1,5', 0, 3, ',')).toBe(1.5);
  });

  test('leaves everything that is not plain to the engine (NaN)', () => {
    for (const text of ['', '-', '1,234', '12.', '.5', '1e3', '1 000', '€5', '1234567890123456', '12abc']) {
      expect(plainNumber(text, 0, text.length, '.')).toBeNaN();
    }
    expect(plainNumber('1.5', 0, 3, ',')).toBeNaN();
  });

  test('turns "-0" into 0 like the engine', () => {
    expect(Object.is(plainNumber('-0', 0, 2, '.'), 0)).toBe(true);
  });
});

describe('scanCsvColumns', () => {
  test('takes only the requested columns, converting plain numbers where asked', () => {
    const scan = scanCsvColumns('id,name,amount\r\n1,"x",2.5\r\n', comma, {
      columns: [2, 1],
      numeric: [true, false],
      decimalMark: '.',
      fromRow: 1,
    });
    expect(scan.columns).toEqual([Float64Array.of(2.5), ['x']]);
  });

  test('a numeric or ISO-date column whose every cell is a number comes back as a Float64Array', () => {
    const lines = Array.from(
      { length: 3000 },
      (_, i) => `2026-01-${String((i % 28) + 1).padStart(2, '0')},${i / 4}`,
    );
    const scan = scanCsvColumns(['Date,Amount', ...lines].join('\n'), comma, {
      columns: [1, 0],
      numeric: [true, false],
      dates: [false, true],
      decimalMark: '.',
      fromRow: 1,
    });
    expect(scan.columns[0]).toBeInstanceOf(Float64Array);
    expect(scan.columns[0]).toEqual(Float64Array.from(lines, (_, i) => i / 4));
    expect(scan.columns[1]).toBeInstanceOf(Float64Array);
    expect(scan.columns[1]).toEqual(Float64Array.from(lines, (_, i) => 46023 + (i % 28)));
  });

  test('a text cell or a short row after thousands of numbers keeps every cell, in order, as plain cells', () => {
    const cells = (rows: number, odd: Map<number, string | null>) =>
      Array.from({ length: rows }, (_, i) => (odd.has(i) ? odd.get(i)! : i / 2));
    const text = (values: readonly (number | string | null)[]) =>
      values.map((value, i) => (value === null ? `${i}` : `${i},${value}`)).join('\n');
    const request = { columns: [1], numeric: [true], decimalMark: '.' as const, fromRow: 0 };
    for (const odd of [
      new Map([[2500, 'n/a']]),
      new Map<number, string | null>([[1024, null]]),
      new Map([
        [0, ''],
        [2999, '1 000'],
      ]),
    ]) {
      const expected = cells(3000, odd);
      const [column] = scanCsvColumns(text(expected), comma, request).columns;
      expect(Array.isArray(column)).toBe(true);
      expect(column).toEqual(expected);
    }
  });

  test('gives the same fields and ragged rows as parseCsv for quote-free text', () => {
    const text = fixture('bad/ragged-rows.csv').toString('utf8');
    const scan = scanCsvColumns(text, comma, {
      columns: [0, 1, 2],
      numeric: [false, false, false],
      decimalMark: '.',
      fromRow: 1,
    });
    const parsed = parseCsvText(text);
    expect(scan.raggedRows).toEqual(parsed.raggedRows);
    expect(scan.columns[0]).toEqual(parsed.rows.slice(1).map((row) => row[0]));
    expect(scan.columns[1]).toEqual(['100', '50', null, '25']);
    expect(scan.rowCount).toBe(4);
  });

  test('stays linear on a one-column file (the delimiter search never rescans)', () => {
    const text = `Value\n${'1\n'.repeat(100000)}`;
    const scan = scanCsvColumns(text, comma, { columns: [0], numeric: [true], decimalMark: '.', fromRow: 1 });
    expect(scan.rowCount).toBe(100000);
    expect((scan.columns[0] as ArrayLike<CellValue>)[99999]).toBe(1);
  });
});

describe('numeric CSV columns through the command line', () => {
  /** 3000 invoice lines (amount 1–97, ISO date) with `odd` cells put in by 0-based data row. */
  function invoiceFile(folder: string, odd: { amount?: [number, string]; date?: [number, string] }): string {
    const lines = Array.from({ length: 3000 }, (_, i) => {
      const amount = odd.amount?.[0] === i ? odd.amount[1] : String((i % 97) + 1);
      const date = odd.date?.[0] === i ? odd.date[1] : `2026-01-${String((i % 28) + 1).padStart(2, '0')}`;
      return `Customer ${i % 40},${amount},${date}`;
    });
    const file = path.join(folder, 'invoices.csv');
    fs.writeFileSync(file, ['Customer,Amount,Date', ...lines].join('\n'));
    return file;
  }

  test('the file host hands a measure column over as a Float64Array only to a caller that takes one', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'abc-measure-'));
    try {
      const file = invoiceFile(folder, {});
      const { host } = await openFileHost(file);
      const { source } = await host.locate({ useSaved: false });
      const request = { source, hasHeader: true, columns: [1, 2], outputArea: { firstColumn: 3, width: 0 } };
      const amounts = Array.from({ length: 3000 }, (_, i) => (i % 97) + 1);
      const taking = await host.read({ ...request, dateColumns: [2], numberColumns: [1, 2] });
      expect(taking.numbers?.[0]).toEqual(Float64Array.from(amounts));
      expect(taking.numbers?.[1]).toBeInstanceOf(Float64Array);
      expect(taking.columns).toEqual([[], []]);
      const plain = await host.read({ ...request, dateColumns: [2] });
      expect(plain.numbers).toBeUndefined();
      expect(plain.columns[0]).toEqual(amounts);
      expect(plain.columns[1]).toEqual(Array.from(taking.numbers![1]!));
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  test('text cells met after thousands of numbers are reported at their cells; every other cell still counts', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'abc-measure-'));
    try {
      const columns = { revenue: 'Amount', customer: 'Customer', date: 'Date' };
      const clean = await segmentFile({ input: invoiceFile(folder, {}), columns });
      const odd = await segmentFile({
        input: invoiceFile(folder, { amount: [2500, 'n/a'], date: [2100, 'soon'] }),
        columns,
      });
      const fullRevenue = Array.from({ length: 3000 }, (_, i) => (i % 97) + 1).reduce((x, y) => x + y, 0);
      expect(clean.result.summary.revenue).toBe(fullRevenue);
      expect(odd.result.summary.revenue).toBe(fullRevenue - ((2500 % 97) + 1));
      expect(odd.result.summary.rows).toMatchObject({ read: 3000, invalidRevenue: 1 });
      // Data row i is sheet row i + 2 (after the header): Amount is B, Date is C.
      const cells = odd.result.issues.map((issue) => [issue.code, issue.cell]);
      expect(cells).toEqual(
        expect.arrayContaining([
          ['invalid-revenue', 'B2502'],
          ['invalid-date', 'C2102'],
        ]),
      );
      expect(clean.result.issues.filter((issue) => issue.cell !== null)).toEqual([]);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('FieldInterner and interned CSV columns', () => {
  test('equal fields get one code and one string; codes follow first appearance', () => {
    const interner = new FieldInterner();
    const text = 'Alfa,Beta,Alfa,,Beta';
    const codes = [
      [0, 4],
      [5, 9],
      [10, 14],
      [15, 15],
      [16, 20],
    ].map(([start, end]) => interner.codeOf(text, start, end));
    expect(codes).toEqual([0, 1, 0, 2, 1]);
    expect(interner.values).toEqual(['Alfa', 'Beta', '']);
  });

  test('thousands of distinct fields survive the table growing (no lost or merged values)', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `Customer ${i} Oy`);
    const text = [...names, ...names].join(',');
    const interner = new FieldInterner();
    const codes: number[] = [];
    for (let start = 0; start < text.length;) {
      const end = text.indexOf(',', start) < 0 ? text.length : text.indexOf(',', start);
      codes.push(interner.codeOf(text, start, end));
      start = end + 1;
    }
    expect(interner.values).toEqual(names);
    expect(codes.slice(5000)).toEqual(codes.slice(0, 5000));
  });

  test('an interned column holds the same cells as the plain one, short rows as code -1', () => {
    const text = 'Customer,Amount\nAlfa,1\nBeta,2\nAlfa,3\n\nGamma\n';
    const request = { columns: [0], numeric: [false], decimalMark: '.' as const, fromRow: 1 };
    const plain = scanCsvColumns(text, comma, request).columns[0] as CellValue[];
    const interned = scanCsvColumns(text, comma, { ...request, intern: [true] }).columns[0];
    if (!('codes' in interned)) throw new Error('expected a dictionary column');
    const decoded = Array.from(interned.codes, (code) => (code < 0 ? null : interned.values[code]));
    expect(decoded).toEqual(plain);
    expect(interned.values).toEqual(['Alfa', 'Beta', '', 'Gamma']);
  });
});

describe('CSV as people have them', () => {
  const utf16 = (text: string, bigEndian: boolean, bom: boolean): Uint8Array => {
    const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (bigEndian) out.push(code >> 8, code & 0xff);
      else out.push(code & 0xff, code >> 8);
    }
    return new Uint8Array(out);
  };

  test("Excel's Unicode Text (UTF-16 LE with BOM, tab-separated) reads like UTF-8", () => {
    const text = 'Asiakas\tMyynti\r\nÄkkä Oy\t1,5\r\n';
    const expected = [
      ['Asiakas', 'Myynti'],
      ['Äkkä Oy', '1,5'],
    ];
    expect(parseCsv(utf16(text, false, true)).rows).toEqual(expected);
    expect(parseCsv(utf16(text, true, true)).rows).toEqual(expected);
    expect(parseCsv(utf16(text, false, false)).rows).toEqual(expected);
  });

  test("Excel's sep= first line names the delimiter and is not a row", () => {
    const table = parseCsv(bytes('sep=;\r\nCustomer;Revenue,EUR\r\nA;1,5\r\n'));
    expect(table.rows).toEqual([
      ['Customer', 'Revenue,EUR'],
      ['A', '1,5'],
    ]);
    expect(parseCsv(bytes('"sep=|"\nx|y\n')).rows).toEqual([['x', 'y']]);
  });

  test('CR-only line ends (old Mac exports) separate rows, also around quoted line breaks', () => {
    expect(parseCsv(bytes('a,b,c\r1,2,3\r"Once upon\ra time",5,6\r')).rows).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['Once upon\ra time', '5', '6'],
    ]);
  });

  test('text after a closing quote is kept, as Excel reads it', () => {
    expect(parseCsv(bytes('a,b\n"x"y,1\n')).rows[1]).toEqual(['xy', '1']);
  });

  test('chunk boundaries change nothing: rows, quotes across lines and multi-byte characters', () => {
    const text =
      'Customer,Revenue,Note\r\n"Oy ""Ä"", Ab",1.5,"two\r\nlines"\r\nBeta,2,\r\n"Gamma",,"x"\r\nÖljy Oy,3,ä\r\n';
    const whole = scanCsvColumns(text, comma, {
      columns: [0, 1, 2],
      numeric: [false, true, false],
      decimalMark: '.',
      fromRow: 1,
    });
    for (const chunkBytes of [1, 2, 3, 5, 7, 16]) {
      const source = openCsvSource(memoryBytes(bytes(text)), 50, chunkBytes);
      const scanner = new CsvColumnScanner(source.dialect, {
        columns: [0, 1, 2],
        numeric: [false, true, false],
        decimalMark: '.',
        fromRow: 1,
      });
      source.stream((piece, final, start) => scanner.scan(piece, final, start));
      expect(scanner.finish()).toEqual(whole);
      expect(source.topRows).toEqual(parseCsvText(text).rows);
    }
    expect(whole.columns[0]).toEqual(['Oy "Ä", Ab', 'Beta', 'Gamma', 'Öljy Oy']);
    expect(whole.columns[2]).toEqual(['two\r\nlines', '', 'x', 'ä']);
  });

  test('a Latin-1 byte after the first chunk is still named with its line', () => {
    const latin = new Uint8Array([...bytes('a,b\n1,2\n3,'), 0xc4, ...bytes('\n')]);
    const error = errorOf(() => {
      const source = openCsvSource(memoryBytes(latin), 50, 4);
      source.stream((text) => text.length);
    });
    expect(error.message).toMatch(/byte 0xC4 at offset 10, line 3/);
  });

  test('a quote never closed is refused with its row, wherever the chunks end', () => {
    const text = 'a,b\n1,2\n"open,3\n4,5\n';
    expect(errorOf(() => parseCsv(bytes(text))).message).toMatch(/row 3/);
    const source = openCsvSource(memoryBytes(bytes(text)), 50, 3);
    const scanner = new CsvColumnScanner(source.dialect, {
      columns: [0],
      numeric: [false],
      decimalMark: '.',
      fromRow: 1,
    });
    expect(
      errorOf(() => source.stream((piece, final, start) => scanner.scan(piece, final, start))).message,
    ).toMatch(/row 3/);
  });

  test('an unknown delimiter is suspected only when every line splits evenly by it', () => {
    expect(suspectDelimiter('pokemon_id`p_desc\n1`Bulbasaur\n2`Ivysaur\n')).toBe('`');
    expect(suspectDelimiter('Inhabitants\n607\n2779\n')).toBeNull();
    expect(suspectDelimiter('a,b\n1,2\n')).toBeNull();
    expect(suspectDelimiter('Note\nx:y\nz\n')).toBeNull();
  });

  test('the dialect: sep= line, CR-only or CRLF line breaks', () => {
    expect(detectCsvDialect('sep=;\r\na;b\r\n')).toEqual({ delimiter: ';', lineBreak: '\n', skip: 7 });
    expect(detectCsvDialect('a,b\r1,2\r')).toEqual({ delimiter: ',', lineBreak: '\r', skip: 0 });
    expect(detectCsvDialect('"x\ry",b\r\n1,2')).toEqual({ delimiter: ',', lineBreak: '\n', skip: 0 });
  });

  test('encodings from the first bytes', () => {
    expect(detectCsvEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({
      name: 'utf-8',
      bomLength: 3,
    });
    expect(detectCsvEncoding(new Uint8Array([0xfe, 0xff, 0, 0x61]))).toEqual({
      name: 'utf-16be',
      bomLength: 2,
    });
    expect(detectCsvEncoding(bytes('plain, text'))).toEqual({ name: 'utf-8', bomLength: 0 });
  });
});

describe('PlainIsoDate', () => {
  test('an ISO date becomes the serial the engine reads from its text; anything else stays for the engine', () => {
    const dates = new PlainIsoDate();
    for (const text of ['2026-01-15', '2026-1-5', '1900-01-01', '9999-12-31', '2024-02-29', '2026-01-15']) {
      const parsed = parseDateCell(text, null);
      expect(parsed.kind).toBe('date');
      expect(dates.serialOf(text, 0, text.length)).toBe(parsed.kind === 'date' ? parsed.serial : NaN);
    }
    for (const text of [
      '2026-02-30',
      '2026-13-01',
      '1899-12-31',
      '2026-01-15T08:00',
      ' 2026-01-15',
      '15.1.2026',
      '20260115',
      '',
    ]) {
      expect(dates.serialOf(text, 0, text.length)).toBeNaN();
    }
  });

  test('a date column arrives as serials, its odd cells as text, in rows with or without quotes', () => {
    const text = 'Date,Amount\n2026-01-15,1\n"2026-01-16",2\n15.1.2026,3\n,4\n';
    const scan = scanCsvColumns(text, comma, {
      columns: [0],
      numeric: [false],
      dates: [true],
      decimalMark: '.',
      fromRow: 1,
    });
    expect(scan.columns[0]).toEqual([46037, 46038, '15.1.2026', '']);
  });
});

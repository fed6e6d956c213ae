/**
 * Messages of the file readers (src/hosts/file: CSV, .xlsx, .xls and what the file really is): why a file cannot
 * be read, naming the real cause – encrypted, damaged, not a spreadsheet, the data on another sheet, an unknown
 * delimiter, not UTF-8. Every sentence names the file.
 */
import type { Locale } from '../types';
import type { CatalogueSection } from './messageTypes';

/** Parameters of each reader message. `file` is the file's name as the user gave it (no folder). */
export interface ReaderMessageParams {
  /** The extension is none of the table formats. */
  'file-unknown-type': { file: string; extension: string };
  /** The file cannot be opened; `reason` is `missing`, `folder` or the system's code. */
  'file-cannot-read': { file: string; reason: string };
  /** An encrypted .xlsx (EncryptionInfo/EncryptedPackage) or an .xls with FILEPASS. */
  'file-encrypted': { file: string };
  /** A workbook whose structure cannot be read (a broken zip, a broken compound file, a reader that gives up). */
  'file-damaged': { file: string };
  /** A PDF, an image, a Word file … */
  'file-not-spreadsheet': { file: string };
  /** Text named .xlsx/.xlsm. */
  'file-text-named-workbook': { file: string; extension: string };
  /** `--sheet` given for a CSV file. */
  'sheet-option-on-csv': { file: string };
  /** The sheet read is empty; another holds data. */
  'sheet-empty-data-elsewhere': { file: string; sheet: string; other: string };
  /** `--sheet` names no sheet of the workbook; `sheets` lists them, quoted. */
  'sheet-not-found': { file: string; sheet: string; sheets: string };
  /** No sheet of the workbook holds a value. */
  'workbook-empty': { file: string };
  /** NUL bytes in what should be UTF-8 text. */
  'csv-binary': { file: string };
  /** Mostly control characters. */
  'csv-control-characters': { file: string };
  /** Bytes that are not UTF-8 (a Latin-1 / Windows-1252 export). */
  'csv-not-utf8': { file: string; byte: string; offset: number; line: number };
  /** A UTF-16 file that breaks off. */
  'csv-bad-utf16': { file: string; offset: number };
  /** A quoted field never closed. */
  'csv-unclosed-quote': { file: string; row: number };
  /** One row longer than the reader carries (a quote never closed, in practice). */
  'csv-row-too-long': { file: string };
  /** The fields seem separated by a character that is no known delimiter. */
  'csv-unknown-delimiter': { file: string; delimiter: string };
}

const shownDelimiter = (delimiter: string, locale: Locale) =>
  delimiter === '\t' ? (locale === 'fi' ? 'sarkain' : 'tab') : `"${delimiter}"`;

/** The readers' sentences. */
export const READER_MESSAGES: CatalogueSection<ReaderMessageParams> = {
  'file-unknown-type': {
    en: ({ file, extension }) =>
      `${file}: unknown file type "${extension}"; give an .xlsx or .xls workbook or a .csv file.`,
    fi: ({ file, extension }) =>
      `${file}: tuntematon tiedostotyyppi "${extension}"; anna .xlsx- tai .xls-työkirja tai .csv-tiedosto.`,
  },
  'file-cannot-read': {
    en: ({ file, reason }) =>
      `Cannot read ${file}: ${reason === 'missing' ? 'no such file' : reason === 'folder' ? 'it is a folder' : reason}.`,
    fi: ({ file, reason }) =>
      `Tiedostoa ${file} ei voi lukea: ${reason === 'missing' ? 'tiedostoa ei ole' : reason === 'folder' ? 'se on kansio' : reason}.`,
  },
  'file-encrypted': {
    en: ({ file }) =>
      `${file} is protected with a password (encrypted): open it in Excel, remove the password ` +
      '(File → Info → Protect Workbook → Encrypt with Password), save it and try again.',
    fi: ({ file }) =>
      `${file} on suojattu salasanalla (salattu): avaa se Excelissä, poista salasana ` +
      '(Tiedosto → Tiedot → Suojaa työkirja → Salaa salasanalla), tallenna ja yritä uudelleen.',
  },
  'file-damaged': {
    en: ({ file }) =>
      `${file} is damaged (its workbook structure cannot be read): open it in Excel and save it again.`,
    fi: ({ file }) =>
      `${file} on vioittunut (työkirjan rakennetta ei voi lukea): avaa se Excelissä ja tallenna uudelleen.`,
  },
  'file-not-spreadsheet': {
    en: ({ file }) =>
      `${file} is not a spreadsheet (neither a workbook nor CSV text): give an .xlsx or .xls workbook or a .csv file.`,
    fi: ({ file }) =>
      `${file} ei ole laskentataulukko (ei työkirja eikä CSV-teksti): anna .xlsx- tai .xls-työkirja tai .csv-tiedosto.`,
  },
  'file-text-named-workbook': {
    en: ({ file, extension }) =>
      `${file} is not an ${extension} workbook but a text file: if it is CSV, rename it to .csv.`,
    fi: ({ file, extension }) =>
      `${file} ei ole ${extension}-työkirja vaan tekstitiedosto: jos se on CSV:tä, nimeä se .csv-päätteiseksi.`,
  },
  'sheet-option-on-csv': {
    en: ({ file }) => `--sheet applies to workbooks; ${file} is a CSV file.`,
    fi: ({ file }) => `--sheet koskee työkirjoja; ${file} on CSV-tiedosto.`,
  },
  'sheet-empty-data-elsewhere': {
    en: ({ file, sheet, other }) =>
      `${file}: the sheet "${sheet}" is empty; the data is on the sheet "${other}" – use --sheet "${other}".`,
    fi: ({ file, sheet, other }) =>
      `${file}: välilehti "${sheet}" on tyhjä; tiedot ovat välilehdellä "${other}" – käytä valitsinta --sheet "${other}".`,
  },
  'sheet-not-found': {
    en: ({ file, sheet, sheets }) => `${file} has no sheet "${sheet}"; its sheets are: ${sheets}.`,
    fi: ({ file, sheet, sheets }) =>
      `Tiedostossa ${file} ei ole välilehteä "${sheet}"; välilehdet: ${sheets}.`,
  },
  'workbook-empty': {
    en: ({ file }) => `${file} is empty: no sheet holds a value.`,
    fi: ({ file }) => `${file} on tyhjä: millään välilehdellä ei ole arvoja.`,
  },
  'csv-binary': {
    en: ({ file }) =>
      `${file} contains NUL bytes: it is a binary file, not CSV text (an .xlsx or .xls renamed to .csv?).`,
    fi: ({ file }) =>
      `${file} sisältää NUL-tavuja: se on binääritiedosto eikä CSV-tekstiä (.xlsx tai .xls nimetty .csv:ksi?).`,
  },
  'csv-control-characters': {
    en: ({ file }) => `${file} is mostly control characters: it is a binary file, not CSV text.`,
    fi: ({ file }) => `${file} on enimmäkseen ohjausmerkkejä: se on binääritiedosto eikä CSV-tekstiä.`,
  },
  'csv-not-utf8': {
    en: ({ file, byte, offset, line }) =>
      `${file}: The file is not UTF-8 text (byte ${byte} at offset ${offset}, line ${line}; probably ` +
      'Latin-1/Windows-1252): save it as "CSV UTF-8 (Comma delimited)" in Excel and try again.',
    fi: ({ file, byte, offset, line }) =>
      `${file}: tiedosto ei ole UTF-8-tekstiä (tavu ${byte} kohdassa ${offset}, rivi ${line}; luultavasti ` +
      'Latin-1/Windows-1252): tallenna se Excelissä muodossa "CSV UTF-8 (pilkuin eroteltu)" ja yritä uudelleen.',
  },
  'csv-bad-utf16': {
    en: ({ file, offset }) =>
      `${file} starts as UTF-16 ("Unicode Text") but breaks off near byte ${offset}: save it again from its program.`,
    fi: ({ file, offset }) =>
      `${file} alkaa UTF-16-tekstinä ("Unicode-teksti") mutta katkeaa tavun ${offset} kohdalla: tallenna se uudelleen.`,
  },
  'csv-unclosed-quote': {
    en: ({ file, row }) =>
      `${file}: A quoted field is not closed (row ${row}): check the quote characters in the file.`,
    fi: ({ file, row }) =>
      `${file}: lainausmerkeissä oleva kenttä jää auki (rivi ${row}): tarkista tiedoston lainausmerkit.`,
  },
  'csv-row-too-long': {
    en: ({ file }) =>
      `${file}: a row is longer than 64 million characters: a quoted field is probably not closed – check the ` +
      'quote characters in the file.',
    fi: ({ file }) =>
      `${file}: rivi on yli 64 miljoonaa merkkiä pitkä: jokin lainausmerkeissä oleva kenttä jää luultavasti auki – ` +
      'tarkista tiedoston lainausmerkit.',
  },
  'csv-unknown-delimiter': {
    en: ({ file, delimiter }) =>
      `${file} seems to separate its fields with ${shownDelimiter(delimiter, 'en')}, which is not a CSV delimiter ` +
      `this tool knows (, ; tab | ^): add a first line "sep=${delimiter}" to the file, or save it again with commas.`,
    fi: ({ file, delimiter }) =>
      `${file} näyttää erottavan kentät merkillä ${shownDelimiter(delimiter, 'fi')}, jota tämä työkalu ei tunne ` +
      `erottimeksi (, ; sarkain | ^): lisää tiedoston alkuun rivi "sep=${delimiter}" tai tallenna se pilkuin eroteltuna.`,
  },
};

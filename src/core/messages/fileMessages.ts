/**
 * Messages of the file host and the command line (src/hosts/file, src/cli): files that cannot be read or written.
 * Add an entry here (key, parameters, English and Finnish) for every new refusal of the file side.
 */
import type { CatalogueSection } from './messageTypes';
import { roleWord } from './roleWords';

/** Parameters of each file-side message. */
export interface FileMessageParams {
  /** The input file holds no table at all. */
  'input-empty': { file: string };
  /** `-o` names the input file. */
  'output-is-input': { output: string };
  /** The output file could not be written; `reason` is the system's short reason. */
  'output-not-written': { output: string; reason: string };
  /** No column looks like revenue and none was named. */
  'no-revenue-guess': { columns: string };
  /** A column named for `-o` does not exist. */
  'no-column-named': { name: string; columns: string };
  /** A column named on the command line does not exist. */
  'no-such-column': { role: string; name: string; columns: string };
  /** The chosen sheet is empty. */
  'sheet-empty': { sheet: string };
  /** `-o` on a Strict Open XML workbook. */
  'strict-not-editable': { file: string };
  /** `-o` on a macro-enabled workbook with another extension than `extension`. */
  'output-needs-macro-extension': { input: string; suggestion: string };
  /** `-o` with an extension Excel would refuse for this input. */
  'output-extension': { output: string; extension: string };
  /** The source's table already has a column of one of our headers. */
  'table-column-taken': { table: string; column: string };
}

/** The file side's sentences. */
export const FILE_MESSAGES: CatalogueSection<FileMessageParams> = {
  'input-empty': {
    en: ({ file }) => `${file} is empty: there is no table to segment.`,
    fi: ({ file }) => `${file} on tyhjä: siinä ei ole segmentoitavaa taulukkoa.`,
  },
  'output-is-input': {
    en: ({ output }) =>
      `The output ${output} is the input file; the input is never overwritten – choose another name.`,
    fi: ({ output }) =>
      `Tulostiedosto ${output} on syötetiedosto; syötettä ei koskaan korvata – valitse toinen nimi.`,
  },
  'output-not-written': {
    en: ({ output, reason }) => `${output} could not be written: ${reason}`,
    fi: ({ output, reason }) => `Tiedostoa ${output} ei voitu kirjoittaa: ${reason}`,
  },
  'no-revenue-guess': {
    en: ({ columns }) =>
      `No column looks like revenue; name it with --revenue (the columns are: ${columns}).`,
    fi: ({ columns }) =>
      `Mikään sarake ei näytä liikevaihdolta; nimeä se valitsimella --revenue (sarakkeet: ${columns}).`,
  },
  'no-column-named': {
    en: ({ name, columns }) => `There is no column "${name}"; the columns are ${columns}.`,
    fi: ({ name, columns }) => `Saraketta "${name}" ei ole; sarakkeet ovat ${columns}.`,
  },
  'no-such-column': {
    en: ({ role, name, columns }) =>
      `No ${roleWord(role, 'en')} column "${name}"; the columns are: ${columns}.`,
    fi: ({ role, name, columns }) =>
      `Saraketta "${name}" (${roleWord(role, 'fi')}) ei ole; sarakkeet: ${columns}.`,
  },
  'sheet-empty': {
    en: ({ sheet }) => `The sheet "${sheet}" is empty: there is no table to segment.`,
    fi: ({ sheet }) => `Välilehti "${sheet}" on tyhjä: siinä ei ole segmentoitavaa taulukkoa.`,
  },
  'strict-not-editable': {
    en: ({ file }) =>
      `${file} is saved as Strict Open XML, which -o cannot edit without changing it: save it in Excel as "Excel Workbook (*.xlsx)" and try again (reading it works as it is).`,
    fi: ({ file }) =>
      `${file} on tallennettu Strict Open XML -muodossa, jota -o ei voi muokata muuttamatta sitä: tallenna se Excelissä muodossa "Excel-työkirja (*.xlsx)" ja yritä uudelleen (lukeminen toimii sellaisenaan).`,
  },
  'output-needs-macro-extension': {
    en: ({ input, suggestion }) =>
      `${input} holds macros, so -o writes a macro-enabled workbook: name it ${suggestion}.`,
    fi: ({ input, suggestion }) =>
      `${input} sisältää makroja, joten -o kirjoittaa makroja tukevan työkirjan: anna nimeksi ${suggestion}.`,
  },
  'output-extension': {
    en: ({ output, extension }) =>
      `-o writes an ${extension} workbook here; "${output}" does not end in ${extension}.`,
    fi: ({ output, extension }) =>
      `-o kirjoittaa tässä ${extension}-työkirjan; "${output}" ei pääty ${extension}.`,
  },
  'table-column-taken': {
    en: ({ table, column }) => `The table ${table} already has a column ${column}; rename it and run again.`,
    fi: ({ table, column }) =>
      `Taulukossa ${table} on jo sarake ${column}; nimeä se uudelleen ja aja uudelleen.`,
  },
};

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
};

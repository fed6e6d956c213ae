/**
 * Messages of the Excel host (src/hosts/excel): what Excel refused and what the user can do about it. The host
 * throws the key and its parameters; the pane or the ribbon dialog renders them in the Office display language.
 */
import type { CatalogueSection, NoParams } from './messageTypes';

/** Parameters of each Excel host message. */
export interface ExcelMessageParams {
  /** Excel is in cell-edit mode (InvalidOperationInCellEditMode, or InvalidOperation while editing). */
  'cell-edit-mode': NoParams;
  /** A sheet is protected; `sheet` when known. */
  'sheet-protected': { sheet: string | null };
  /** Even the smallest chunk is over Excel's payload limits. */
  'data-too-large': NoParams;
  /** Excel refused to add table columns: too many cells would move (OperationCellsExceedLimit). */
  'table-columns-too-many-cells': NoParams;
  /** A filter hides rows of the table the output goes into. */
  'table-filtered': { table: string | null };
  /** The selection is not one area of cells (several areas, a chart or a shape). */
  'select-one-area': NoParams;
  /** The active cell is empty and has no data around it. */
  'active-cell-empty': NoParams;
  /** The saved table is gone. */
  'table-gone': { table: string };
  /** The saved plain range is gone. */
  'range-gone': { address: string };
  /** A sheet the add-in wants to show is gone. */
  'sheet-gone': { sheet: string };
  /** The table moved between the read and the write. */
  'table-moved': { table: string };
  /** Any other Office error, by its code (never its message, which is not meant for users). */
  'excel-error': { code: string };
}

/** The Excel host's sentences. */
export const EXCEL_MESSAGES: CatalogueSection<ExcelMessageParams> = {
  'cell-edit-mode': {
    en: () => 'Excel is busy editing a cell: press Enter or Esc, then try again.',
    fi: () => 'Excel on solun muokkaustilassa: paina Enter tai Esc ja yritä uudelleen.',
  },
  'sheet-protected': {
    en: ({ sheet }) =>
      `${sheet === null ? 'A sheet' : `The sheet "${sheet}"`} is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet), then try again.`,
    fi: ({ sheet }) =>
      `${sheet === null ? 'Välilehti' : `Välilehti "${sheet}"`} on suojattu, joten mitään ei kirjoitettu. Poista suojaus (Tarkista › Poista taulukon suojaus) ja yritä uudelleen.`,
  },
  'data-too-large': {
    en: () =>
      'The data is too large for Excel to transfer even in small parts. Try the desktop app or the command line.',
    fi: () =>
      'Tiedot ovat liian suuret, jotta Excel voisi siirtää ne edes pienissä osissa. Käytä Excelin työpöytäsovellusta tai komentoriviä.',
  },
  'table-columns-too-many-cells': {
    en: () =>
      'Excel could not add the output columns to the table: something to the right of the table reaches too far, so too many cells would have to move. Delete the unused columns to the right of the table (or move what is there), or convert the table to a range (Table Design › Convert to Range), then try again.',
    fi: () =>
      'Excel ei voinut lisätä tulossarakkeita taulukkoon: taulukon oikealla puolella on tietoja niin kaukana, että liian monta solua pitäisi siirtää. Poista taulukon oikealla puolella olevat käyttämättömät sarakkeet (tai siirrä niissä olevat tiedot) tai muunna taulukko alueeksi (Taulukon rakenne › Muunna alueeksi) ja yritä uudelleen.',
  },
  'table-filtered': {
    en: ({ table }) =>
      `${table === null ? 'The table' : `The table "${table}"`} is filtered, so some of its rows are hidden and nothing was written. Clear the filter (Data › Clear) so that every row shows, then segment again.`,
    fi: ({ table }) =>
      `${table === null ? 'Taulukko' : `Taulukko "${table}"`} on suodatettu, joten osa sen riveistä on piilossa eikä mitään kirjoitettu. Poista suodatus (Tiedot › Tyhjennä), jotta kaikki rivit näkyvät, ja segmentoi uudelleen.`,
  },
  'select-one-area': {
    en: () =>
      'Select one area of cells in your sales data (not a chart, a shape or several areas), then try again.',
    fi: () =>
      'Valitse yksi solualue myyntitiedoistasi (ei kaaviota, muotoa tai useaa aluetta) ja yritä uudelleen.',
  },
  'active-cell-empty': {
    en: () =>
      'The active cell is empty and has no data around it: click a cell in your sales data, then try again.',
    fi: () =>
      'Aktiivinen solu on tyhjä, eikä sen ympärillä ole tietoja: napsauta solua myyntitiedoissasi ja yritä uudelleen.',
  },
  'table-gone': {
    en: ({ table }) =>
      `The table "${table}" used last time is gone: select your data and run Segment from the pane.`,
    fi: ({ table }) =>
      `Edellisellä kerralla käytettyä taulukkoa "${table}" ei enää ole: valitse tiedot ja segmentoi tehtäväruudussa.`,
  },
  'range-gone': {
    en: ({ address }) =>
      `The data used last time (${address}) is gone: select your data and run Segment from the pane.`,
    fi: ({ address }) =>
      `Edellisellä kerralla käytettyjä tietoja (${address}) ei enää ole: valitse tiedot ja segmentoi tehtäväruudussa.`,
  },
  'sheet-gone': {
    en: ({ sheet }) => `The sheet "${sheet}" no longer exists: run Segment again.`,
    fi: ({ sheet }) => `Välilehteä "${sheet}" ei enää ole: segmentoi uudelleen.`,
  },
  'table-moved': {
    en: ({ table }) => `The table "${table}" has moved since it was read: run Segment again.`,
    fi: ({ table }) => `Taulukko "${table}" on siirtynyt lukemisen jälkeen: segmentoi uudelleen.`,
  },
  'excel-error': {
    en: ({ code }) => `The segmentation stopped because Excel reported an error (${code}). Try again.`,
    fi: ({ code }) => `Segmentointi keskeytyi, koska Excel ilmoitti virheestä (${code}). Yritä uudelleen.`,
  },
};

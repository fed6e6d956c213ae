/**
 * Messages of the flows (src/flows) and of the saved settings: what is wrong, which cells or column, what to do.
 */
import type { CatalogueSection, MessageLike, NoParams } from './messageTypes';
import { roleWord } from './roleWords';

/** Parameters of each flow message. */
export interface FlowMessageParams {
  /** A saved column is gone from the source. */
  'column-renamed': { role: string; header: string; source: string };
  /** A chosen column does not exist. */
  'column-not-found': { role: string; header: string };
  /** Output cells hold someone else's data. */
  'output-occupied': { cells: string };
  /** The summary sheet name is taken by a sheet the add-in did not write. */
  'summary-occupied': { sheet: string };
  /** No row above a header-less source for the output headers. */
  'no-header-room': { source: string };
  /** A refresh without usable settings; `problem` says why they were unusable. */
  'no-settings': { problem: MessageLike | null };
  /** Stored settings are not JSON (or not an object). */
  'settings-malformed': NoParams;
  /** Stored settings come from another settings version. */
  'settings-other-version': { version: string };
  /** A field of the stored settings is missing or of the wrong type. */
  'settings-incomplete': { field: string };
}

/** The flows' sentences. */
export const FLOW_MESSAGES: CatalogueSection<FlowMessageParams> = {
  'column-renamed': {
    en: ({ role, header, source }) =>
      `The ${roleWord(role, 'en')} column "${header}" used last time is no longer in ${source} (renamed or deleted): rename it back, or open the pane and choose the columns again.`,
    fi: ({ role, header, source }) =>
      `Edellisellä kerralla käytettyä ${roleWord(role, 'fi')}saraketta "${header}" ei enää ole alueella ${source} (nimetty uudelleen tai poistettu): palauta nimi tai valitse sarakkeet uudelleen tehtäväruudussa.`,
  },
  'column-not-found': {
    en: ({ role, header }) =>
      `There is no column "${header}" in the source for ${roleWord(role, 'en')}: choose one of the source's columns.`,
    fi: ({ role, header }) =>
      `Lähteessä ei ole saraketta "${header}" (${roleWord(role, 'fi')}): valitse jokin lähteen sarakkeista.`,
  },
  'output-occupied': {
    en: ({ cells }) =>
      `Cells ${cells} next to the source hold data that ABC Segmenter did not write, so nothing was written: move that data, or choose another source.`,
    fi: ({ cells }) =>
      `Lähteen vieressä olevissa soluissa ${cells} on tietoja, joita ABC Segmenter ei kirjoittanut, joten mitään ei kirjoitettu: siirrä tiedot tai valitse toinen lähde.`,
  },
  'summary-occupied': {
    en: ({ sheet }) =>
      `A sheet named "${sheet}" already exists and was not written by ABC Segmenter, so nothing was written: rename or delete that sheet and segment again.`,
    fi: ({ sheet }) =>
      `Työkirjassa on jo välilehti "${sheet}", jota ABC Segmenter ei kirjoittanut, joten mitään ei kirjoitettu: nimeä tai poista välilehti ja segmentoi uudelleen.`,
  },
  'no-header-room': {
    en: ({ source }) =>
      `The source ${source} has no header row and starts on row 1, so there is no row for the output headers: insert a row above it and segment again.`,
    fi: ({ source }) =>
      `Lähteellä ${source} ei ole otsikkoriviä ja se alkaa riviltä 1, joten tulosotsikoille ei ole riviä: lisää rivi sen yläpuolelle ja segmentoi uudelleen.`,
  },
  'no-settings': {
    en: ({ problem }, { render }) =>
      `This workbook has no saved segmentation to refresh${problem ? ` (${render(problem)})` : ''}: open the pane, choose the source and click Segment.`,
    fi: ({ problem }, { render }) =>
      `Tässä työkirjassa ei ole tallennettua segmentointia päivitettäväksi${problem ? ` (${render(problem)})` : ''}: avaa tehtäväruutu, valitse lähde ja napsauta Segmentoi.`,
  },
  'settings-malformed': {
    en: () =>
      'The saved ABC Segmenter settings in this workbook are not readable, so they were ignored: choose the source and columns and segment again to save new ones.',
    fi: () =>
      'Työkirjaan tallennettuja ABC Segmenter -asetuksia ei voi lukea, joten niitä ei käytetty: valitse lähde ja sarakkeet ja segmentoi uudelleen, niin asetukset tallentuvat.',
  },
  'settings-other-version': {
    en: ({ version }) =>
      `The ABC Segmenter settings in this workbook were saved by another version (version ${version}), so they were ignored: update the add-in, or segment again to replace them.`,
    fi: ({ version }) =>
      `Työkirjan ABC Segmenter -asetukset on tallentanut toinen versio (versio ${version}), joten niitä ei käytetty: päivitä apuohjelma tai segmentoi uudelleen.`,
  },
  'settings-incomplete': {
    en: ({ field }) =>
      `The saved ABC Segmenter settings are incomplete (${field}), so they were ignored: choose the source and columns and segment again to save new ones.`,
    fi: ({ field }) =>
      `Tallennetut ABC Segmenter -asetukset ovat puutteelliset (${field}), joten niitä ei käytetty: valitse lähde ja sarakkeet ja segmentoi uudelleen.`,
  },
};

/**
 * The sentences the flows put into a SegmentationError: what is wrong, which cells or column, and what to do.
 */
import type { Locale } from '../core/types';

/** The flow messages of one language. */
export interface FlowMessages {
  columnRenamed: (role: string, header: string, source: string) => string;
  columnNotFound: (role: string, header: string) => string;
  outputOccupied: (cells: string) => string;
  summaryOccupied: (sheet: string) => string;
  noHeaderRoom: (source: string) => string;
  noSettings: (problem: string | null) => string;
  roles: {
    revenue: string;
    customer: string;
    potential: string;
    group: string;
    previous: string;
    date: string;
  };
}

/**
 * Flow messages by language.
 *
 * @example FLOW_MESSAGES.en.outputOccupied('G1:G3') // => 'Cells G1:G3 next to the source hold data that …'
 */
export const FLOW_MESSAGES: Readonly<Record<Locale, FlowMessages>> = {
  en: {
    columnRenamed: (role, header, source) =>
      `The ${role} column "${header}" used last time is no longer in ${source} (renamed or deleted): rename it back, or open the pane and choose the columns again.`,
    columnNotFound: (role, header) =>
      `There is no column "${header}" in the source for ${role}: choose one of the source's columns.`,
    outputOccupied: (cells) =>
      `Cells ${cells} next to the source hold data that ABC Segmenter did not write, so nothing was written: move that data, or choose another source.`,
    summaryOccupied: (sheet) =>
      `A sheet named "${sheet}" already exists and was not written by ABC Segmenter, so nothing was written: rename or delete that sheet and segment again.`,
    noHeaderRoom: (source) =>
      `The source ${source} has no header row and starts on row 1, so there is no row for the output headers: insert a row above it and segment again.`,
    noSettings: (problem) =>
      `This workbook has no saved segmentation to refresh${problem ? ` (${problem})` : ''}: open the pane, choose the source and click Segment.`,
    roles: {
      revenue: 'revenue',
      customer: 'customer',
      potential: 'potential',
      group: 'group',
      previous: 'previous-period revenue',
      date: 'date',
    },
  },
  fi: {
    columnRenamed: (role, header, source) =>
      `Edellisellä kerralla käytettyä ${role}saraketta "${header}" ei enää ole alueella ${source} (nimetty uudelleen tai poistettu): palauta nimi tai valitse sarakkeet uudelleen tehtäväruudussa.`,
    columnNotFound: (role, header) =>
      `Lähteessä ei ole saraketta "${header}" (${role}): valitse jokin lähteen sarakkeista.`,
    outputOccupied: (cells) =>
      `Lähteen vieressä olevissa soluissa ${cells} on tietoja, joita ABC Segmenter ei kirjoittanut, joten mitään ei kirjoitettu: siirrä tiedot tai valitse toinen lähde.`,
    summaryOccupied: (sheet) =>
      `Työkirjassa on jo välilehti "${sheet}", jota ABC Segmenter ei kirjoittanut, joten mitään ei kirjoitettu: nimeä tai poista välilehti ja segmentoi uudelleen.`,
    noHeaderRoom: (source) =>
      `Lähteellä ${source} ei ole otsikkoriviä ja se alkaa riviltä 1, joten tulosotsikoille ei ole riviä: lisää rivi sen yläpuolelle ja segmentoi uudelleen.`,
    noSettings: (problem) =>
      `Tässä työkirjassa ei ole tallennettua segmentointia päivitettäväksi${problem ? ` (${problem})` : ''}: avaa tehtäväruutu, valitse lähde ja napsauta Segmentoi.`,
    roles: {
      revenue: 'liikevaihto',
      customer: 'asiakas',
      potential: 'potentiaali',
      group: 'ryhmä',
      previous: 'edellisen kauden liikevaihto',
      date: 'päivämäärä',
    },
  },
};

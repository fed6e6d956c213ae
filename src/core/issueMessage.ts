/**
 * The sentences of the issues a run reports (segmentation.md §2–§3), in the output language.
 */
import type { Locale } from './types';
import { plural } from './messages/plural';

/** What an issue is about; `more` is the count line after the first 100 issues of a code. */
export type IssueDetail =
  | { code: 'blank-revenue'; cell: string }
  | { code: 'invalid-revenue' | 'invalid-potential'; cell: string; text: string; reason: string }
  | { code: 'rows-without-customer'; rows: number; revenue: number }
  | { code: 'no-positive-revenue'; name: string; revenue: number }
  | { code: 'unclassified-customer'; name: string }
  | { code: 'no-potential'; customers: number }
  | { code: 'more'; count: number }
  | { code: 'invalid-previous'; cell: string; text: string; reason: string }
  | { code: 'blank-group'; rows: number; group: string }
  | { code: 'group-without-positive-revenue'; group: string }
  | { code: 'unclassified-pair'; name: string; group: string }
  | { code: 'invalid-date'; cell: string; text: string }
  | { code: 'date-order-assumed'; column: string; order: 'd/m' | 'm/d' }
  | { code: 'date-order-conflict'; column: string; dayFirst: string; monthFirst: string }
  | { code: 'no-valid-date'; column: string };

const REASONS_FI: Readonly<Record<string, string>> = {
  'true/false value': 'totuusarvo',
  'NaN value': 'NaN-arvo',
  'infinite value': 'ääretön arvo',
  'number too large': 'liian suuri luku',
  'text that is not a number': 'teksti, joka ei ole luku',
  'not a number': 'ei luku',
};

/**
 * The message of an issue in `locale`, naming the cell or customer and what happens to it.
 *
 * Complexity O(length of the texts).
 * @throws never
 * @example issueMessage({ code: 'blank-revenue', cell: 'C14' }, 'en') // => 'Revenue cell C14 is blank; the row is skipped.'
 */
export function issueMessage(detail: IssueDetail, locale: Locale): string {
  const fi = locale === 'fi';
  switch (detail.code) {
    case 'blank-revenue':
      return fi
        ? `Liikevaihtosolu ${detail.cell} on tyhjä; rivi ohitetaan.`
        : `Revenue cell ${detail.cell} is blank; the row is skipped.`;
    case 'invalid-revenue':
    case 'invalid-potential': {
      const revenue = detail.code === 'invalid-revenue';
      if (fi) {
        const reason = detail.reason.startsWith('Excel error value')
          ? `Excelin virhearvo${detail.reason.slice('Excel error value'.length)}`
          : (REASONS_FI[detail.reason] ?? detail.reason);
        const what = revenue ? 'Liikevaihtosolu' : 'Potentiaalisolu';
        return `${what} ${detail.cell} ("${detail.text}") ei ole luku (${reason}); ${revenue ? 'rivi ohitetaan' : 'arvo ohitetaan'}.`;
      }
      const what = revenue ? 'Revenue cell' : 'Potential cell';
      return `${what} ${detail.cell} ("${detail.text}") is not a number (${detail.reason}); ${revenue ? 'the row is' : 'the value is'} skipped.`;
    }
    case 'rows-without-customer':
      return fi
        ? plural(detail.rows, {
            one: `# riviltä puuttuu asiakas; sen liikevaihto ${amount(detail.revenue, locale)} jätetään segmentoinnin ulkopuolelle.`,
            other: `# riviltä puuttuu asiakas; niiden liikevaihto ${amount(detail.revenue, locale)} jätetään segmentoinnin ulkopuolelle.`,
          })
        : plural(detail.rows, {
            one: `# row has no customer; its revenue of ${amount(detail.revenue, locale)} is left out of the segmentation.`,
            other: `# rows have no customer; their revenue of ${amount(detail.revenue, locale)} is left out of the segmentation.`,
          });
    case 'no-positive-revenue':
      return fi
        ? `Asiakkaalla "${detail.name}" ei ole positiivista liikevaihtoa (${amount(detail.revenue, locale)}); se on luokassa C.`
        : `Customer "${detail.name}" has no positive revenue (${amount(detail.revenue, locale)}); it is class C.`;
    case 'unclassified-customer':
      return fi
        ? `Asiakkaalla "${detail.name}" ei ole yhtään kelvollista liikevaihtosolua; sitä ei luokitella.`
        : `Customer "${detail.name}" has no valid revenue cell; it is not classified.`;
    case 'no-potential':
      return fi
        ? plural(detail.customers, {
            one: '# asiakkaalta puuttuu potentiaali; sille ei anneta arvomatriisin lohkoa.',
            other: '# asiakkaalta puuttuu potentiaali; heille ei anneta arvomatriisin lohkoa.',
          })
        : plural(detail.customers, {
            one: '# customer has no potential; it gets no value-matrix quadrant.',
            other: '# customers have no potential; they get no value-matrix quadrant.',
          });
    case 'invalid-previous': {
      if (fi) {
        const reason = detail.reason.startsWith('Excel error value')
          ? `Excelin virhearvo${detail.reason.slice('Excel error value'.length)}`
          : (REASONS_FI[detail.reason] ?? detail.reason);
        return `Edellisen kauden solu ${detail.cell} ("${detail.text}") ei ole luku (${reason}); arvo ohitetaan.`;
      }
      return `Previous-period cell ${detail.cell} ("${detail.text}") is not a number (${detail.reason}); the value is skipped.`;
    }
    case 'blank-group':
      return fi
        ? plural(detail.rows, {
            one: `# rivin ryhmäsolu on tyhjä; se muodostaa ryhmän "${detail.group}".`,
            other: `# rivin ryhmäsolu on tyhjä; ne muodostavat ryhmän "${detail.group}".`,
          })
        : plural(detail.rows, {
            one: `# row has a blank group cell; it forms the group "${detail.group}".`,
            other: `# rows have a blank group cell; they form the group "${detail.group}".`,
          });
    case 'group-without-positive-revenue':
      return fi
        ? `Ryhmällä "${detail.group}" ei ole positiivista liikevaihtoa; sen asiakkaat ovat ryhmässään luokassa C.`
        : `Group "${detail.group}" has no positive revenue; its customers are class C within it.`;
    case 'unclassified-pair':
      return fi
        ? `Asiakkaalla "${detail.name}" ei ole ryhmän "${detail.group}" riveillä yhtään kelvollista liikevaihtosolua; sitä ei luokitella siinä ryhmässä.`
        : `Customer "${detail.name}" has no valid revenue cell on the rows of group "${detail.group}"; it is not classified in that group.`;
    case 'invalid-date':
      return fi
        ? `Päivämääräsolu ${detail.cell} ("${detail.text}") ei ole päivämäärä; sitä ei käytetä viimeisimmän oston laskemiseen.`
        : `Date cell ${detail.cell} ("${detail.text}") is not a date; it is ignored for recency.`;
    case 'date-order-assumed': {
      const dayFirst = detail.order === 'd/m';
      return fi
        ? `Sarakkeen ${detail.column} kauttaviivapäivämäärissä ei ole yhtään yli 12:n kenttää, joten ne luettiin muodossa ${dayFirst ? 'p/k/vvvv (päivä ensin)' : 'k/p/vvvv (kuukausi ensin)'}; tarkista, että tämä pitää paikkansa.`
        : `No field of the slash dates in column ${detail.column} is above 12, so they were read as ${dayFirst ? 'd/m/yyyy (day first)' : 'm/d/yyyy (month first)'}; check that this is right.`;
    }
    case 'date-order-conflict':
      return fi
        ? `Sarakkeen ${detail.column} kauttaviivapäivämäärät ovat ristiriitaisia (${detail.dayFirst}: päivä ensin, ${detail.monthFirst}: kuukausi ensin), joten niitä ei käytetä: yhtenäistä päivämäärien muoto.`
        : `The slash dates in column ${detail.column} contradict each other (${detail.dayFirst} has the day first, ${detail.monthFirst} the month first), so none of them is used: write the dates in one form.`;
    case 'no-valid-date':
      return fi
        ? `Sarakkeessa ${detail.column} ei ole yhtään kelvollista päivämäärää, joten viimeisintä ostoa ei voitu laskea.`
        : `Column ${detail.column} holds no valid date, so no last purchase could be found.`;
    case 'more':
      return fi
        ? plural(detail.count, {
            one: '… ja # muu samanlainen, jota ei luetella.',
            other: '… ja # muuta samanlaista, joita ei luetella.',
          })
        : `… and ${detail.count} more like this, not listed.`;
  }
}

function amount(value: number, locale: Locale): string {
  const text = String(Math.round(value * 100) / 100);
  return locale === 'fi' ? text.replace('.', ',').replace('-', '−') : text;
}

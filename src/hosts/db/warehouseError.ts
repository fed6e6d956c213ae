/**
 * A database driver's failure as one sentence for the user (English or Finnish), without the connection string.
 */
import { SegmentationError } from '../../core/segmentationError';
import type { Locale } from '../../core/types';
import type { WarehouseSource } from './warehouseSource';

type Problem = 'refused' | 'auth' | 'database' | 'table' | 'column' | 'file' | 'type' | 'overflow' | 'other';

/**
 * Classify a driver error: PostgreSQL by SQLSTATE (https://www.postgresql.org/docs/current/errcodes-appendix.html:
 * 28P01/28000 authentication, 3D000 no database, 42P01 no table, 42703 no column, 42883/22P02 a column of the
 * wrong type, 22003 a sum out of range) and Node's socket codes; DuckDB by its error classes ("Catalog Error … Table with name",
 * "Binder Error … column", "IO Error"). The message names the source by its display form, never the URL
 * with a password; the driver's own text is not shown (it may quote the connection string).
 *
 * Complexity O(1).
 * @throws never (returns the error)
 * @example warehouseError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }), source, 'en').code // => 'unreadable-input'
 */
export function warehouseError(error: unknown, source: WarehouseSource, locale: Locale): SegmentationError {
  const problem = classify(error);
  const where = source.display;
  const en: Record<Problem, string> = {
    refused: `Cannot connect to the database ${where}: the server refused the connection or is not running.`,
    auth: `The database ${where} refused the user name or password: set PGUSER and PGPASSWORD (or a .pgpass entry) and try again.`,
    database: `The database named in ${where} does not exist on that server.`,
    table: `The table given with --table does not exist in ${where}; names are case-sensitive as the database stores them (PostgreSQL: usually lower case).`,
    column: `A column given with --customer, --revenue or --potential does not exist in that table of ${where}; names are case-sensitive as the database stores them.`,
    file: `The DuckDB file of ${where} cannot be opened: check that it exists and is a DuckDB database not locked by another program.`,
    type: `A column given with --revenue or --potential is not numeric in ${where}; choose a number column.`,
    overflow: `A revenue sum in ${where} is beyond the largest number a double can hold: check the revenue column for huge values.`,
    other: `The database ${where} could not run the segmentation query.`,
  };
  const fi: Record<Problem, string> = {
    refused: `Tietokantaan ${where} ei saada yhteyttä: palvelin kieltäytyi yhteydestä tai ei ole käynnissä.`,
    auth: `Tietokanta ${where} ei hyväksynyt käyttäjätunnusta tai salasanaa: aseta PGUSER ja PGPASSWORD (tai .pgpass-rivi) ja yritä uudelleen.`,
    database: `Osoitteen ${where} tietokantaa ei ole siinä palvelimessa.`,
    table: `--table-taulua ei ole tietokannassa ${where}; nimien kirjainkoolla on väliä (PostgreSQL: yleensä pienet kirjaimet).`,
    column: `--customer-, --revenue- tai --potential-saraketta ei ole taulussa (${where}); nimien kirjainkoolla on väliä.`,
    file: `DuckDB-tiedostoa ${where} ei voi avata: tarkista, että se on olemassa, on DuckDB-tietokanta eikä toinen ohjelma ole lukinnut sitä.`,
    type: `--revenue- tai --potential-sarake ei ole numeerinen (${where}); valitse lukusarake.`,
    overflow: `Liikevaihtojen summa (${where}) ylittää suurimman liukuluvun: tarkista liikevaihtosarakkeen suuret arvot.`,
    other: `Tietokanta ${where} ei pystynyt suorittamaan segmentointikyselyä.`,
  };
  const code = problem === 'table' || problem === 'column' ? 'column-not-found' : 'unreadable-input';
  return new SegmentationError(code, (locale === 'fi' ? fi : en)[problem]);
}

function classify(error: unknown): Problem {
  const code =
    typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code ?? '') : '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ENOENT' || code === 'EHOSTUNREACH')
    return 'refused';
  if (code === '28P01' || code === '28000' || /password authentication|SASL/i.test(message)) return 'auth';
  if (code === '3D000') return 'database';
  if (code === '42P01' || /Catalog Error: Table with name/i.test(message)) return 'table';
  if (code === '42703' || /Binder Error: Referenced column|column .* not found/i.test(message))
    return 'column';
  if (code === '42883' || code === '22P02' || /Conversion Error|Could not convert/i.test(message))
    return 'type';
  if (code === '22003' || /out of range|Overflow/i.test(message)) return 'overflow';
  if (/IO Error|Cannot open file|database file|not a valid DuckDB/i.test(message)) return 'file';
  return 'other';
}

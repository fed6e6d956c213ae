/**
 * Messages of the warehouse commands (issue 10): names that cannot be quoted in SQL, a `--db` that names no
 * engine, and what a database answered instead of rows. `source` is the database's display form, never a URL
 * with its password.
 */
import type { CatalogueSection, NoParams } from './messageTypes';

type Name = { option: string; name: string };
type Source = { source: string };

/** Parameters of each warehouse message. */
export interface WarehouseMessageParams {
  /** An empty table or column name (e.g. `--table sales.`). */
  'sql-name-empty': Name;
  /** A name with a control character, line separator or lone surrogate. */
  'sql-name-control': Name;
  /** A BigQuery name with a backtick or backslash. */
  'sql-name-bigquery': Name;
  /** `--db` is neither duckdb:FILE nor a PostgreSQL URL. */
  'db-spec': NoParams;
  'db-refused': Source;
  'db-auth': Source;
  'db-database': Source;
  'db-table': Source;
  'db-column': Source;
  'db-file': Source;
  'db-type': Source;
  'db-overflow': Source;
  'db-other': Source;
}

/** The warehouse's sentences. */
export const WAREHOUSE_MESSAGES: CatalogueSection<WarehouseMessageParams> = {
  'sql-name-empty': {
    en: ({ option, name }) =>
      `${option} names an empty identifier (${name}); give the name of the table or column as the database spells it.`,
    fi: ({ option, name }) =>
      `${option} on tyhjä tunniste (${name}); anna taulun tai sarakkeen nimi niin kuin tietokanta sen kirjoittaa.`,
  },
  'sql-name-control': {
    en: ({ option, name }) =>
      `${option} ${name} contains a control character, which cannot be quoted safely in SQL; rename the table or column.`,
    fi: ({ option, name }) =>
      `${option} ${name} sisältää ohjausmerkin, jota ei voi lainata SQL:ssä turvallisesti; nimeä taulu tai sarake uudelleen.`,
  },
  'sql-name-bigquery': {
    en: ({ option, name }) =>
      `${option} ${name} contains a backtick or backslash, which this tool does not quote for BigQuery; rename the table or column.`,
    fi: ({ option, name }) =>
      `${option} ${name} sisältää gravis- tai kenoviivamerkin, jota tämä työkalu ei lainaa BigQuerylle; nimeä taulu tai sarake uudelleen.`,
  },
  'db-spec': {
    en: () =>
      '--db must be duckdb:FILE.duckdb or postgres://user@host:port/database (the password from the environment or .pgpass).',
    fi: () =>
      '--db on muotoa duckdb:TIEDOSTO.duckdb tai postgres://käyttäjä@palvelin:portti/tietokanta (salasana ympäristöstä tai .pgpass-tiedostosta).',
  },
  'db-refused': {
    en: ({ source }) =>
      `Cannot connect to the database ${source}: the server refused the connection or is not running.`,
    fi: ({ source }) =>
      `Tietokantaan ${source} ei saada yhteyttä: palvelin kieltäytyi yhteydestä tai ei ole käynnissä.`,
  },
  'db-auth': {
    en: ({ source }) =>
      `The database ${source} refused the user name or password: set PGUSER and PGPASSWORD (or a .pgpass entry) and try again.`,
    fi: ({ source }) =>
      `Tietokanta ${source} ei hyväksynyt käyttäjätunnusta tai salasanaa: aseta PGUSER ja PGPASSWORD (tai .pgpass-rivi) ja yritä uudelleen.`,
  },
  'db-database': {
    en: ({ source }) => `The database named in ${source} does not exist on that server.`,
    fi: ({ source }) => `Osoitteen ${source} tietokantaa ei ole siinä palvelimessa.`,
  },
  'db-table': {
    en: ({ source }) =>
      `The table given with --table does not exist in ${source}; names are case-sensitive as the database stores them (PostgreSQL: usually lower case).`,
    fi: ({ source }) =>
      `--table-taulua ei ole tietokannassa ${source}; nimien kirjainkoolla on väliä (PostgreSQL: yleensä pienet kirjaimet).`,
  },
  'db-column': {
    en: ({ source }) =>
      `A column given with --customer, --revenue or --potential does not exist in that table of ${source}; names are case-sensitive as the database stores them.`,
    fi: ({ source }) =>
      `--customer-, --revenue- tai --potential-saraketta ei ole taulussa (${source}); nimien kirjainkoolla on väliä.`,
  },
  'db-file': {
    en: ({ source }) =>
      `The DuckDB file of ${source} cannot be opened: check that it exists and is a DuckDB database not locked by another program.`,
    fi: ({ source }) =>
      `DuckDB-tiedostoa ${source} ei voi avata: tarkista, että se on olemassa, on DuckDB-tietokanta eikä toinen ohjelma ole lukinnut sitä.`,
  },
  'db-type': {
    en: ({ source }) =>
      `A column given with --revenue or --potential is not numeric in ${source}; choose a number column.`,
    fi: ({ source }) =>
      `--revenue- tai --potential-sarake ei ole numeerinen (${source}); valitse lukusarake.`,
  },
  'db-overflow': {
    en: ({ source }) =>
      `A revenue sum in ${source} is beyond the largest number a double can hold: check the revenue column for huge values.`,
    fi: ({ source }) =>
      `Liikevaihtojen summa (${source}) ylittää suurimman liukuluvun: tarkista liikevaihtosarakkeen suuret arvot.`,
  },
  'db-other': {
    en: ({ source }) => `The database ${source} could not run the segmentation query.`,
    fi: ({ source }) => `Tietokanta ${source} ei pystynyt suorittamaan segmentointikyselyä.`,
  },
};

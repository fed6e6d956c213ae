/**
 * Every function and construct the generated SQL uses, per dialect, with the documentation page that says the
 * engine has it with this meaning. The test fails when the query starts using a function that is not in the
 * table, so a new function cannot slip in unchecked. DuckDB and PostgreSQL are also run for real (test/db/).
 */
import { segmentationSql } from '../../src/core/sql/segmentationSql';
import { SQL_DIALECTS, type SqlDialect } from '../../src/core/sql/sqlDialect';

const DUCKDB = 'https://duckdb.org/docs/stable/sql';
const PG = 'https://www.postgresql.org/docs/15';
const BQ = 'https://cloud.google.com/bigquery/docs/reference/standard-sql';
const SF = 'https://docs.snowflake.com/en/sql-reference';
const SPARK = 'https://spark.apache.org/docs/latest/api/sql/index.html';

/** Function name (upper case) → the page documenting it, per dialect. */
const FUNCTIONS: Record<SqlDialect, Record<string, string>> = {
  duckdb: {
    CAST: `${DUCKDB}/expressions/cast`,
    NULLIF: `${DUCKDB}/functions/utility#nullifa-b`,
    COALESCE: `${DUCKDB}/functions/utility#coalesceexpr-`,
    TRIM: `${DUCKDB}/functions/text#trimstring-characters`,
    CHR: `${DUCKDB}/functions/text#chrcode_point`,
    LOWER: `${DUCKDB}/functions/text#lowerstring`,
    UPPER: `${DUCKDB}/functions/text#upperstring`,
    NFC_NORMALIZE: `${DUCKDB}/functions/text#nfc_normalizestring`,
    FSUM: `${DUCKDB}/functions/aggregates#fsumarg (Kahan-compensated sum)`,
    SUM: `${DUCKDB}/functions/aggregates#sumarg`,
    MIN: `${DUCKDB}/functions/aggregates#minarg`,
    MAX: `${DUCKDB}/functions/aggregates#maxarg`,
    COUNT: `${DUCKDB}/functions/aggregates#countarg`,
    ROW_NUMBER: `${DUCKDB}/functions/window_functions#row_numberorder-by-ordering`,
  },
  postgres: {
    CAST: `${PG}/sql-expressions.html#SQL-SYNTAX-TYPE-CASTS`,
    NULLIF: `${PG}/functions-conditional.html#FUNCTIONS-NULLIF`,
    COALESCE: `${PG}/functions-conditional.html#FUNCTIONS-COALESCE-NVL-IFNULL`,
    BTRIM: `${PG}/functions-string.html (btrim(string, characters))`,
    CHR: `${PG}/functions-string.html (chr: UTF8 code point)`,
    LOWER: `${PG}/functions-string.html (lower, per the database locale)`,
    UPPER: `${PG}/functions-string.html (upper, per the database locale)`,
    NORMALIZE: `${PG}/functions-string.html (normalize(text, NFC), UTF8 only)`,
    SUM: `${PG}/functions-aggregate.html`,
    MIN: `${PG}/functions-aggregate.html`,
    MAX: `${PG}/functions-aggregate.html`,
    COUNT: `${PG}/functions-aggregate.html`,
    ROW_NUMBER: `${PG}/functions-window.html`,
  },
  bigquery: {
    CAST: `${BQ}/conversion_functions#cast`,
    NULLIF: `${BQ}/conditional_expressions#nullif`,
    COALESCE: `${BQ}/conditional_expressions#coalesce`,
    TRIM: `${BQ}/string_functions#trim (TRIM(value, set_of_characters_to_remove))`,
    LOWER: `${BQ}/string_functions#lower`,
    UPPER: `${BQ}/string_functions#upper`,
    NORMALIZE: `${BQ}/string_functions#normalize`,
    SUM: `${BQ}/aggregate_functions#sum`,
    MIN: `${BQ}/aggregate_functions#min`,
    MAX: `${BQ}/aggregate_functions#max`,
    COUNT: `${BQ}/aggregate_functions#count`,
    ROW_NUMBER: `${BQ}/numbering_functions#row_number`,
  },
  snowflake: {
    CAST: `${SF}/functions/cast`,
    NULLIF: `${SF}/functions/nullif`,
    COALESCE: `${SF}/functions/coalesce`,
    TRIM: `${SF}/functions/trim (TRIM(expr, characters))`,
    CHR: `${SF}/functions/chr (Unicode code point → character)`,
    LOWER: `${SF}/functions/lower`,
    UPPER: `${SF}/functions/upper`,
    SUM: `${SF}/functions/sum`,
    MIN: `${SF}/functions/min`,
    MAX: `${SF}/functions/max`,
    COUNT: `${SF}/functions/count`,
    ROW_NUMBER: `${SF}/functions/row_number`,
  },
  spark: {
    CAST: `${SPARK}#cast`,
    NULLIF: `${SPARK}#nullif`,
    COALESCE: `${SPARK}#coalesce`,
    TRIM: `${SPARK}#trim (trim(BOTH trimStr FROM str))`,
    LOWER: `${SPARK}#lower`,
    UPPER: `${SPARK}#upper`,
    SUM: `${SPARK}#sum`,
    MIN: `${SPARK}#min`,
    MAX: `${SPARK}#max`,
    COUNT: `${SPARK}#count`,
    ROW_NUMBER: `${SPARK}#row_number`,
  },
};

/**
 * Constructs every dialect's query uses, with their pages: window frames `ROWS BETWEEN UNBOUNDED PRECEDING AND 1
 * PRECEDING`, `ORDER BY … NULLS LAST`, `WITH`, `CROSS JOIN`, `LEFT JOIN`, `UNION ALL`, `CASE`, quoted identifiers
 * and string literals (escapes).
 */
const CONSTRUCTS: Record<SqlDialect, string[]> = {
  duckdb: [
    `${DUCKDB}/functions/window_functions#framing`,
    `${DUCKDB}/query_syntax/orderby`,
    `${DUCKDB}/dialect/keywords_and_identifiers`,
  ],
  postgres: [
    `${PG}/sql-expressions.html#SYNTAX-WINDOW-FUNCTIONS`,
    `${PG}/queries-order.html`,
    `${PG}/sql-syntax-lexical.html#SQL-SYNTAX-IDENTIFIERS`,
  ],
  bigquery: [
    `${BQ}/window-function-calls#def_window_frame`,
    `${BQ}/query-syntax#order_by_clause`,
    `${BQ}/lexical#quoted_identifiers`,
    `${BQ}/lexical#escape_sequences`,
    `${BQ}/data-types#groupable_data_types`,
  ],
  snowflake: [
    `${SF}/functions-analytic#window-frame-syntax-and-usage`,
    `${SF}/constructs/order-by`,
    `${SF}/identifiers-syntax#double-quoted-identifiers`,
  ],
  spark: [
    'https://spark.apache.org/docs/latest/sql-ref-syntax-qry-select-window.html',
    'https://spark.apache.org/docs/latest/sql-ref-syntax-qry-select-orderby.html',
    'https://spark.apache.org/docs/latest/sql-ref-identifier.html',
    'https://spark.apache.org/docs/latest/sql-ref-literals.html#string-literal',
  ],
};

const KEYWORDS = new Set([
  'AS',
  'IN',
  'AND',
  'OR',
  'NOT',
  'FROM',
  'OVER',
  'ON',
  'WITH',
  'SELECT',
  'WHERE',
  'THEN',
  'ELSE',
  'BETWEEN',
  'BY',
]);

/** The names written as `name(` in the SQL text, outside comments and string literals. */
function functionsUsed(sql: string): Set<string> {
  const code = sql
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--'))
    .join('\n')
    .replace(/'(?:[^'\\]|\\.|'')*'/g, "''")
    .replace(/"(?:[^"]|"")*"|`(?:[^`]|``)*`/g, 'x');
  const names = new Set<string>();
  for (const match of code.matchAll(/\b([A-Za-z_][A-Za-z0-9_]*)\s*\(/g)) {
    const name = match[1].toUpperCase();
    if (!KEYWORDS.has(name)) names.add(name);
  }
  return names;
}

describe('sql: every function of each dialect is in its documentation table', () => {
  test.each(SQL_DIALECTS.map((dialect) => [dialect]))('%s', (dialect) => {
    const { customers, summary } = segmentationSql({
      dialect,
      table: 'sales',
      customer: 'Customer',
      revenue: 'Amount',
      potential: 'Potential',
    });
    const used = new Set([...functionsUsed(customers), ...functionsUsed(summary)]);
    const undocumented = [...used].filter((name) => FUNCTIONS[dialect][name] === undefined);
    expect(undocumented).toEqual([]);
    // The table lists nothing the query does not use (it stays a true record of the query).
    expect(Object.keys(FUNCTIONS[dialect]).filter((name) => !used.has(name))).toEqual([]);
    expect(CONSTRUCTS[dialect].length).toBeGreaterThan(0);
    expect(customers).toMatch(/ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING/);
    expect(customers).toMatch(/NULLS LAST/);
  });
});

/**
 * The `--db` argument: which engine, where, and how to name it without its secrets.
 */
import { message } from '../../core/messages/renderMessage';
import { SegmentationError } from '../../core/segmentationError';
import type { Locale } from '../../core/types';

/** A database to run the segmentation in. */
export type WarehouseSource =
  | { engine: 'duckdb'; file: string; display: string }
  /** `connectionString` may hold a password: never print it; `display` is the safe form. */
  | { engine: 'postgres'; connectionString: string; display: string };

/**
 * Parse `--db`: `duckdb:FILE.duckdb` (opened read-only, in-process) or a PostgreSQL URL `postgres://…` /
 * `postgresql://…`. A bare `postgres:` (or `postgres://`) means "from the environment": `pg` then reads PGHOST,
 * PGPORT, PGUSER, PGPASSWORD, PGDATABASE and libpq's password file, as psql does.
 * Rule: `display` never carries a password (the URL's password is replaced by `***`, query parameters are dropped).
 *
 * @throws SegmentationError 'invalid-option' for anything else.
 * @example parseWarehouseSource('postgres://ann:secret@db:5432/sales').display // => 'postgres://ann:***@db:5432/sales'
 */
export function parseWarehouseSource(spec: string, locale: Locale = 'en'): WarehouseSource {
  if (spec.startsWith('duckdb:')) {
    const file = spec.slice('duckdb:'.length);
    if (file !== '') return { engine: 'duckdb', file, display: `duckdb:${file}` };
  } else if (/^postgres(ql)?:/i.test(spec)) {
    if (/^postgres(ql)?:(\/\/)?$/i.test(spec)) {
      return {
        engine: 'postgres',
        connectionString: '',
        display: 'postgres (PGHOST, PGUSER … from the environment)',
      };
    }
    let url: URL | null = null;
    try {
      url = new URL(spec);
    } catch {
      url = null;
    }
    if (url !== null) {
      const user = url.username ? `${decodeURIComponent(url.username)}${url.password ? ':***' : ''}@` : '';
      return {
        engine: 'postgres',
        connectionString: spec,
        display: `postgres://${user}${url.host}${url.pathname}`,
      };
    }
  }
  throw new SegmentationError('invalid-option', message('db-spec', {}), locale);
}

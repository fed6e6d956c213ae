/**
 * The sentence that says who moved since the last run ("5 customers B→A, 2 A→B, 12 new").
 */
import type { AbcClass, Locale, MigrationTable } from '../types';
import { LAYOUT_TEXT } from './layoutText';

const CLASSES: readonly AbcClass[] = ['A', 'B', 'C'];

/**
 * Describes a migration table in one sentence. Rule: the class moves with a count above zero, largest first
 * (ties in A, B, C order of the previous then the new class), then the new customers, then the gone ones;
 * unchanged customers are not mentioned; no change at all says so.
 *
 * Complexity: O(1) (a 4 × 4 table).
 * @example describeChanges(migration, 'en') // => '5 customers B→A, 2 A→B, 12 new.'
 */
export function describeChanges(migration: MigrationTable, locale: Locale): string {
  const text = LAYOUT_TEXT[locale];
  const moves: { count: number; from: AbcClass; to: AbcClass }[] = [];
  for (const from of CLASSES) {
    for (const to of CLASSES) {
      const count = migration.counts[from][to];
      if (from !== to && count > 0) moves.push({ count, from, to });
    }
  }
  // Array.prototype.sort is stable, so equal counts keep the A, B, C order they were pushed in.
  moves.sort((p, q) => q.count - p.count);
  const parts = moves.map((m, i) => text.movedPart(m.count, m.from, m.to, i === 0));
  const created = CLASSES.reduce((sum, to) => sum + migration.counts.new[to], 0);
  const gone = CLASSES.reduce((sum, from) => sum + migration.counts[from].gone, 0);
  if (created > 0) parts.push(text.newPart(created));
  if (gone > 0) parts.push(text.gonePart(gone));
  return parts.length === 0 ? text.noChanges : text.changeSentence(parts);
}

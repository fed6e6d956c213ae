/**
 * Changes since the previous run (segmentation.md §6): per-customer change labels and the migration table.
 */
import type { AbcClass, MigrationTable } from './types';

/** A classified customer as the comparison needs it. */
export interface KeyedClass {
  key: string;
  class: AbcClass;
}

/**
 * Compares the current classes with the previous run's classes by key. A customer not seen before is "new",
 * one whose class changed is e.g. "A→B", an unchanged one has null. The migration table counts previous class
 * (or 'new') × current class (or 'gone' for previous customers that are no longer classified).
 *
 * `previousCounts` (the previous run's class sizes) adds the customers that are not even in `previous` any more –
 * their rows were deleted – to the 'gone' column.
 *
 * Complexity: O(current + previous) with a Set of current keys.
 * @throws never
 * @example compareClasses([{ key: 'x', class: 'B' }], new Map([['x', 'A']])).changes // => ['A→B']
 */
export function compareClasses(
  current: readonly KeyedClass[],
  previous: ReadonlyMap<string, AbcClass>,
  previousCounts?: Readonly<Record<AbcClass, number>>,
): { changes: (string | null)[]; migration: MigrationTable } {
  const row = (): Record<AbcClass | 'gone', number> => ({ A: 0, B: 0, C: 0, gone: 0 });
  const counts: MigrationTable['counts'] = { A: row(), B: row(), C: row(), new: row() };
  const changes = new Array<string | null>(current.length);
  const seen = new Set<string>();
  for (let i = 0; i < current.length; i++) {
    const { key, class: now } = current[i];
    seen.add(key);
    const before = previous.get(key);
    // A class the previous run could not have written (a hand-edited setting) counts as unknown: "new".
    if (before === undefined || !(before in counts) || before === ('new' as string)) {
      changes[i] = 'new';
      counts.new[now]++;
    } else {
      changes[i] = before === now ? null : `${before}→${now}`;
      counts[before][now]++;
    }
  }
  const known: Record<AbcClass, number> = { A: 0, B: 0, C: 0 };
  for (const [key, before] of previous) {
    if (before !== 'A' && before !== 'B' && before !== 'C') continue;
    known[before]++;
    if (!seen.has(key)) counts[before].gone++;
  }
  if (previousCounts) {
    for (const cls of ['A', 'B', 'C'] as const)
      counts[cls].gone += Math.max(0, previousCounts[cls] - known[cls]);
  }
  return { changes, migration: { counts } };
}

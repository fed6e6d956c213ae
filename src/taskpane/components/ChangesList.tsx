import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { AbcClass, MigrationTable } from '../../core/types';
import { usePaneLanguage } from '../paneContext';
import { format, type Strings } from '../strings';

export interface ChangesListProps {
  /** Previous class (or new) × new class (or gone) counts of this run. */
  migration: MigrationTable;
}

const CLASSES: readonly AbcClass[] = ['A', 'B', 'C'];

/**
 * The changes as short sentences: moves first (A→B before B→A …), then new, then gone; unchanged classes are
 * not changes.
 * @example changeLines(table, STRINGS.en) // => ['5 B→A', '2 A→B', '12 new']
 */
export function changeLines(
  migration: MigrationTable,
  strings: Strings,
  count: (n: number) => string,
): string[] {
  const lines: string[] = [];
  for (const from of CLASSES) {
    for (const to of CLASSES) {
      const moved = migration.counts[from][to];
      if (from !== to && moved > 0) lines.push(format(strings.changeMove, { count: count(moved), from, to }));
    }
  }
  const added = CLASSES.reduce((sum, to) => sum + migration.counts.new[to], 0);
  if (added > 0) lines.push(format(strings.changeNew, { count: count(added) }));
  const gone = CLASSES.reduce((sum, from) => sum + migration.counts[from].gone, 0);
  if (gone > 0) lines.push(format(strings.changeGone, { count: count(gone) }));
  return lines;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** "Changes since the last run": who moved between classes, who is new, who is gone. */
export function ChangesList({ migration }: ChangesListProps) {
  const { strings, formatters } = usePaneLanguage();
  const styles = useStyles();
  const lines = changeLines(migration, strings, formatters.count);
  if (lines.length === 0) return <Text>{strings.noChanges}</Text>;
  return (
    <ul className={styles.list} data-testid="changes">
      {lines.map((line) => (
        <li key={line}>
          <Text>{line}</Text>
        </li>
      ))}
    </ul>
  );
}

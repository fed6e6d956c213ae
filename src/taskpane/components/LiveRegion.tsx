import { makeStyles } from '@fluentui/react-components';

export interface LiveRegionProps {
  /** Text a screen reader announces when it changes; empty announces nothing. */
  message: string;
}

const useStyles = makeStyles({
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

/** A polite, visually hidden status region: the result headline, the progress start, an error. */
export function LiveRegion({ message }: LiveRegionProps) {
  const styles = useStyles();
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      className={styles.visuallyHidden}
      data-testid="announcer"
    >
      {message}
    </div>
  );
}

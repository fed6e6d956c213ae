import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Issue } from '../../core/types';
import { usePaneLanguage } from '../paneContext';
import { format } from '../strings';

export interface IssuesBarProps {
  /** Cells that could not be used (blank, invalid …), first ones with addresses. */
  issues: readonly Issue[];
  /** How many to list before "and N more". @default 3 */
  shown?: number;
}

/** A warning that lists the first problem cells so the manager can fix them; nothing is guessed silently. */
export function IssuesBar({ issues, shown = 3 }: IssuesBarProps) {
  const { strings } = usePaneLanguage();
  if (issues.length === 0) return null;
  const rest = issues.length - shown;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="issues">
      <MessageBarBody>
        <MessageBarTitle>{strings.issuesTitle}</MessageBarTitle>
        {issues
          .slice(0, shown)
          .map((issue) => issue.message)
          .join(' ')}
        {rest > 0 ? ` ${format(strings.issuesMore, { count: rest })}` : null}
      </MessageBarBody>
    </MessageBar>
  );
}

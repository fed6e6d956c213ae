/**
 * Collects the issues of a run: per code the first 100 with their cells, then one count line (segmentation.md §2).
 */
import type { Issue, Locale } from './types';
import { issueMessage, type IssueDetail } from './issueMessage';

/** How many issues of one code are listed with their cells before the rest is only counted. */
export const ISSUES_LISTED_PER_CODE = 100;

/**
 * An append-only issue collector. `add` keeps the first 100 issues of each code; `toArray` returns them in the
 * order met, each code followed by one "… and N more" issue (cell null) when there were more.
 *
 * Complexity: O(1) per `add` (the message is only built for listed issues), O(issues) for `toArray`.
 * @throws never
 * @example
 * const list = new IssueList('en');
 * list.add('blank-revenue', 14, () => ({ code: 'blank-revenue', cell: 'C14' }), 'C14');
 * list.toArray()[0].cell // => 'C14'
 */
export class IssueList {
  private readonly listed: Issue[] = [];
  private readonly counts = new Map<string, number>();

  constructor(private readonly locale: Locale) {}

  /** Adds an issue of `code`; `detail` is called only when the issue is listed. */
  add(code: string, row: number | null, detail: () => IssueDetail, cell: string | null = null): void {
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    if (count <= ISSUES_LISTED_PER_CODE) {
      this.listed.push({ code, cell, row, message: issueMessage(detail(), this.locale) });
    }
  }

  /** The listed issues plus one count issue per code past the limit. Returns a new array. */
  toArray(): Issue[] {
    const issues: Issue[] = [];
    const done = new Set<string>();
    for (const issue of this.listed) {
      issues.push(issue);
      const count = this.counts.get(issue.code) ?? 0;
      if (count > ISSUES_LISTED_PER_CODE && !done.has(issue.code) && this.isLastListed(issue)) {
        done.add(issue.code);
        const message = issueMessage({ code: 'more', count: count - ISSUES_LISTED_PER_CODE }, this.locale);
        issues.push({ code: issue.code, cell: null, row: null, message });
      }
    }
    return issues;
  }

  private isLastListed(issue: Issue): boolean {
    for (let i = this.listed.length - 1; i >= 0; i--) {
      if (this.listed[i].code === issue.code) return this.listed[i] === issue;
    }
    return false;
  }
}

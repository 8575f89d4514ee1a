import { type FunctionIssue, functionIssueMessage } from '../../kpi/i18n/functions';
import type { Lang } from '../../kpi/i18n/lang';

/**
 * A bad argument of a custom function: the cell shows `message` (in the user's language); code can read `issue`.
 *
 * `name` is deliberately left as `Error`: Sheets may print the name in front of the message in the cell's error
 * tooltip, and "Error" is a word the user already expects there (style: `<Thing>Error` classes set `name`).
 */
export class FunctionArgumentError extends Error {
  readonly issue: FunctionIssue;

  constructor(issue: FunctionIssue, lang: Lang) {
    super(functionIssueMessage(issue, lang));
    this.issue = issue;
  }
}

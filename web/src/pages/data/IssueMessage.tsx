import { Fragment } from 'react';
import { issueMessageParts } from './issue-language';

/** A server message of an import report, each language run marked with its `lang`, the runs apart by " / ". */
export function IssueMessage({ issue }: { issue: { code: string; message: string } }) {
  return issueMessageParts(issue).map((part, i) => (
    <Fragment key={part.lang || 'unknown'}>
      {i > 0 && ' / '}
      <span lang={part.lang}>{part.text}</span>
    </Fragment>
  ));
}

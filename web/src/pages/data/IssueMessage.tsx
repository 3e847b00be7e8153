import { issueMessageParts } from './issue-language';

/** A server message of an import report, each language run marked with its `lang`. */
export function IssueMessage({ issue }: { issue: { code: string; message: string } }) {
  return issueMessageParts(issue).map((part, i) =>
    part.lang === undefined ? (
      part.text
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one message, never reordered
      <span key={i} lang={part.lang}>
        {part.text}
      </span>
    ),
  );
}

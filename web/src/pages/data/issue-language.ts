// The language of the server's words in an import report, for the `lang` attribute screen readers and hyphenation read.
// Import reports do not follow Accept-Language: whatever the dashboard's language, the server writes each problem in
// English, except the codes below, written in both languages, Bahasa Indonesia first, then " / " and the English
// (repeatNotice and moreRepeatsNotice in server/src/imports/validation-context.ts, importConflictMessage in
// server/src/observations/annual-figure.ts, the catalogue's annual-round check in server/src/catalogue/catalogue.service.ts).

/** Codes whose messages are "Indonesian / English". A new bilingual message on the server is added here. */
export const BILINGUAL_ISSUE_CODES: ReadonlySet<string> = new Set([
  'REPEATED_CELL',
  'MORE_REPEATED_CELLS',
  'ANNUAL_ROUND_DIFFERS',
]);

/** A run of a message in one language; '' is a language not known (HTML's lang="" says so to assistive technology). */
export interface MessagePart {
  lang: 'id' | 'en' | '';
  text: string;
}

// The Indonesian half always ends a sentence before the separator.
const SEPARATOR = '. / ';

/**
 * The runs of a server message by language. A bilingual message is split at the middle ". / ": the halves carry the
 * same names, codes and column headers, so a ". / " inside one of those comes as often in each half. When the count
 * leaves no middle, the message is one run of unknown language rather than a guess.
 */
export function issueMessageParts(issue: { code: string; message: string }): MessagePart[] {
  if (!BILINGUAL_ISSUE_CODES.has(issue.code)) return [{ lang: 'en', text: issue.message }];
  const at: number[] = [];
  for (let i = issue.message.indexOf(SEPARATOR); i !== -1; i = issue.message.indexOf(SEPARATOR, i + 1)) at.push(i);
  if (at.length % 2 === 0) return [{ lang: '', text: issue.message }];
  const split = at[(at.length - 1) / 2] as number;
  return [
    { lang: 'id', text: issue.message.slice(0, split + 1) },
    { lang: 'en', text: issue.message.slice(split + SEPARATOR.length) },
  ];
}

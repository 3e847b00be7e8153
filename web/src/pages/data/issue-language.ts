// The language of the server's words in an import report, for the `lang` attribute screen readers and hyphenation read.
// Import reports do not follow Accept-Language: whatever the dashboard's language, the server writes each problem in
// English (with, at times, a short Indonesian gloss in brackets: a column's name, "kolom tidak ada"), except the codes
// below, written in both languages, Bahasa Indonesia first.

/**
 * How each bilingual code puts its two languages: "Indonesian. / English" (repeatNotice and moreRepeatsNotice in
 * server/src/imports/validation-context.ts, importConflictMessage in server/src/observations/annual-figure.ts, the
 * catalogue's annual-round check in server/src/catalogue/catalogue.service.ts) or "Indonesian (English)" (the
 * activities import: unknownTargetGroupMessage in server/src/activities/target-group.ts, the report date in
 * activity-import.ts). A new bilingual message on the server is added here.
 */
export const BILINGUAL_ISSUE_CODES: Readonly<Record<string, 'slash' | 'brackets'>> = {
  REPEATED_CELL: 'slash',
  MORE_REPEATED_CELLS: 'slash',
  ANNUAL_ROUND_DIFFERS: 'slash',
  UNKNOWN_TARGET_GROUP: 'brackets',
  DATE_IN_FUTURE: 'brackets',
};

/**
 * A run of a message: words in one language ('' when it cannot be told: HTML's lang="" says so to assistive
 * technology), or, without `lang`, the punctuation between the languages.
 */
export interface MessagePart {
  lang?: 'id' | 'en' | '';
  text: string;
}

// The Indonesian half always ends a sentence before the slash.
const SLASH = '. / ';

/** The runs of a server message by language. */
export function issueMessageParts(issue: { code: string; message: string }): MessagePart[] {
  const shape = Object.hasOwn(BILINGUAL_ISSUE_CODES, issue.code) ? BILINGUAL_ISSUE_CODES[issue.code] : undefined;
  const { message } = issue;
  if (shape === undefined) return [{ lang: 'en', text: message }];
  const unknown = [{ lang: '' as const, text: message }];
  if (shape === 'slash') {
    const split = middleSlash(message);
    return split === null
      ? unknown
      : [
          { lang: 'id', text: message.slice(0, split + 1) },
          { text: ' / ' },
          { lang: 'en', text: message.slice(split + SLASH.length) },
        ];
  }
  const open = openingOfLastBracket(message);
  return open === null
    ? unknown
    : [
        { lang: 'id', text: message.slice(0, open).trimEnd() },
        { text: ' (' },
        { lang: 'en', text: message.slice(open + 1, -1) },
        { text: ')' },
      ];
}

/**
 * Where the slash between the halves is: the middle ". / ". The halves carry the same names, codes and column
 * headers, so a ". / " inside one of those comes as often in each half; with no middle, null rather than a guess.
 */
function middleSlash(message: string): number | null {
  const at: number[] = [];
  for (let i = message.indexOf(SLASH); i !== -1; i = message.indexOf(SLASH, i + 1)) at.push(i);
  return at.length % 2 === 1 ? (at[(at.length - 1) / 2] as number) : null;
}

/** Where the bracket closing the message opens (brackets inside it, a PPKS code range, a written name, matched). */
function openingOfLastBracket(message: string): number | null {
  if (!message.endsWith(')')) return null;
  let depth = 0;
  for (let i = message.length - 1; i > 0; i--) {
    if (message[i] === ')') depth++;
    else if (message[i] === '(' && --depth === 0) return message[i - 1] === ' ' ? i : null;
  }
  return null;
}

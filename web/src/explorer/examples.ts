import { Kind, parse } from 'graphql';

/** An example operation from ./examples, with the explanation from its comment header. */
export interface Example {
  /** File name, e.g. "01-wilayah-per-tingkat.graphql"; examples are listed in file-name order. */
  file: string;
  /** First line of the header, without "# ". */
  title: string;
  /** The other header lines, without "# "; an empty string separates paragraphs. */
  explanation: string[];
  /** The whole file, header included: what the editor shows. */
  source: string;
  /** Name of the file's first operation, if it has one. */
  operationName?: string;
}

/** Reads the leading `#` comment block: first line the title, the rest the explanation. */
export function parseExample(file: string, source: string): Example {
  const header: string[] = [];
  for (const line of source.split(/\r?\n/)) {
    if (!line.startsWith('#')) break;
    header.push(line.replace(/^# ?/, ''));
  }
  const [title = file, ...explanation] = header;
  return { file, title: title.trim() || file, explanation, source, operationName: firstOperationName(source) };
}

function firstOperationName(source: string): string | undefined {
  try {
    const operation = parse(source).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    return operation?.kind === Kind.OPERATION_DEFINITION ? operation.name?.value : undefined;
  } catch {
    return undefined; // a broken example still loads; the server's tests report it
  }
}

// Adding an example is a matter of dropping a .graphql file into ./examples (the server's tests validate it).
const files = import.meta.glob<string>('./examples/*.graphql', { query: '?raw', import: 'default', eager: true });

export const examples: Example[] = Object.entries(files)
  .map(([path, source]) => parseExample(path.replace(/^.*\//, ''), source))
  .sort((a, b) => a.file.localeCompare(b.file));

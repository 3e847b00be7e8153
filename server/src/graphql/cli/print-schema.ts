// pnpm schema:print writes schema/schema.graphql; pnpm schema:check fails when it is stale.
import { writeFile } from 'node:fs/promises';
import { type Command, EXIT, readCommandLine } from '../../cli/command.js';
import { committedSchema, printAppSchema, schemaFile } from '../print.js';

export const HELP = `Usage: pnpm schema:print [--check]

Prints the GraphQL schema from the server code into schema/schema.graphql (commit it with an API
change; the dashboard's typed documents are generated from it).

Options:
  --check      Write nothing; fail when schema/schema.graphql is stale (pnpm schema:check).
  -h, --help   Show this help.

Exit codes: 0 written, or up to date; 1 stale (--check); 2 wrong usage; 4 an unexpected fault of
the program.`;

export const printSchemaCommand: Command = async (args, io) => {
  const { values, help } = readCommandLine(args, { check: { type: 'boolean' } }, { max: 0 });
  if (help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const printed = await printAppSchema();
  if (values.check) {
    if (printed !== (await committedSchema())) {
      io.err('schema/schema.graphql is stale: run `pnpm schema:print` and commit the result.');
      return EXIT.failed;
    }
    io.out('schema/schema.graphql is up to date.');
    return EXIT.ok;
  }
  await writeFile(schemaFile, printed);
  io.out(`Wrote ${schemaFile}`);
  return EXIT.ok;
};

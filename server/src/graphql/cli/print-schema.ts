// pnpm schema:print writes schema/schema.graphql; pnpm schema:check fails when it is stale.
import { writeFile } from 'node:fs/promises';
import { committedSchema, printAppSchema, schemaFile } from '../print.js';

const printed = await printAppSchema();
if (process.argv.includes('--check')) {
  if (printed !== (await committedSchema())) {
    console.error('schema/schema.graphql is stale: run `pnpm schema:print` and commit the result.');
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date.');
} else {
  await writeFile(schemaFile, printed);
  console.log(`Wrote ${schemaFile}`);
}

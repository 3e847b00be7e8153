// PostGraphile v5 over HTTP on the scale database, in a process of its own as it would be deployed: the amber preset
// (its `condition` argument and cursors) plus the connection-filter plugin for the conditions `condition` cannot say.
// Prints the URL once it listens; lists.ts starts it.
import './node20.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';

const connectionString = process.env.SCALE_DATABASE_URL;
if (!connectionString) throw new Error('SCALE_DATABASE_URL is not set');

const pgl = postgraphile({
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  pgServices: [makePgService({ connectionString, schemas: ['public'] })],
  // Production settings: no GraphiQL, no query explanations in answers.
  grafserv: { graphiql: false, watch: false },
  grafast: { explain: false },
});
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (err) => {
  console.error(err);
  process.exit(1);
});
serv.addTo(server).then(
  () =>
    server.listen(0, '127.0.0.1', () => {
      console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
    }),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
process.on('SIGTERM', () => {
  server.close();
  void Promise.resolve(pgl.release()).then(() => process.exit(0));
});

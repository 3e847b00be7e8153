import './server-flags.js';
import './production-mode.js';
import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestDatabase } from '../src/test-support/databases.js';
import { compiledCreateApp } from './compiled-app.js';
import { HttpClientProcess } from './http-client.js';
import { benchOperator } from './operator.js';
import { percentile } from './stats.js';

const test = await createTestDatabase('postgres', { demoData: true });
const operator = benchOperator();
const { handler, apollo } = await (await compiledCreateApp())(test.db, { production: true, accounts: operator.accounts });
const server = createServer(handler).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const raw = createServer((req, res) => { req.resume(); req.on('end', () => { res.setHeader('content-type','application/json'); res.end('{"data":{"__typename":"Query"}}'); }); }).listen(0, '127.0.0.1');
await new Promise((r) => raw.once('listening', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
const rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}/graphql`;
const cases: [string, string, string][] = [
  ['raw node http', rawUrl, '{ __typename }'],
  ['typename', url, '{ __typename }'],
  ['rollUp 75', url, '{ rollUp(indicatorCode: "poverty_rate_p0", parentCode: "75", period: "2024") { value method childrenCount childrenWithData missingChildren publishedValue differenceFromPublished } }'],
  ['series', url, '{ series(indicatorCode: "poverty_rate_p0", regionCodes: ["75"]) { regionCode points { period value } } }'],
];
for (const [name, u, query] of cases) {
  const client = new HttpClientProcess({ url: u, body: JSON.stringify({ query }), authorization: operator.authorization });
  await client.latency(500);
  const cpu = process.cpuUsage();
  const times = (await client.latency(1000)).sort((a, b) => a - b);
  const used = process.cpuUsage(cpu);
  console.log(`${name}: median ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)}; server CPU ${((used.user + used.system) / 1000 / 1000).toFixed(3)} ms/req`);
  client.close();
}
server.close(); raw.close();
await apollo.stop();
await test.drop();

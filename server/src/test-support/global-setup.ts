import { dropStaleTestDatabases } from './databases.js';

export default async function setup() {
  await dropStaleTestDatabases();
}

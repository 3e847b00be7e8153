import 'reflect-metadata';
import type { TestProject } from 'vitest/node';
import { createServerDatabase, dropServerDatabase, dropStaleTestDatabases } from './databases.js';
import { makeTestTemplates } from './templates.js';

export default async function setup(project: TestProject) {
  await dropStaleTestDatabases();
  const { templates, remove } = await makeTestTemplates({ create: createServerDatabase, drop: dropServerDatabase });
  project.provide('testTemplates', templates);
  return remove;
}

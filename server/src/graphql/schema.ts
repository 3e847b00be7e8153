import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ImportsResolver } from '../imports/imports.resolver.js';
import { RegionsResolver } from '../regions/regions.resolver.js';

let built: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema; built once per process (type-graphql's metadata is global). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [RegionsResolver, ImportsResolver],
    validate: false,
  });
  return built;
}

import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  type OperationDefinitionNode,
  type SourceLocation,
  typeFromAST,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/** Operations compiled per parsed document (Apollo hands out the same document for the same query text). */
const OPERATIONS_PER_DOCUMENT = 20;

interface JitError {
  message: string;
  path?: readonly (string | number)[];
  locations?: readonly SourceLocation[];
  originalError?: unknown;
}

/** The operation's fields include introspection somewhere: left to graphql-js, which the explorer was built against. */
function asksIntrospection(document: DocumentNode): boolean {
  let found = false;
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    const n = node as { kind?: string; name?: { value?: string } };
    if (n.kind === 'Field' && n.name?.value?.startsWith('__') && n.name.value !== '__typename') {
      found = true;
      return;
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const item of value) visit(item);
      else if (value && typeof value === 'object' && 'kind' in value) visit(value);
    }
  };
  visit(document);
  return found;
}

/** An input type that holds itself, at any depth (a filter's and/or/not). */
function isRecursive(type: GraphQLInputType): boolean {
  const start = getNamedType(type);
  if (!isInputObjectType(start)) return false;
  const seen = new Set<string>();
  const reaches = (fields: ReturnType<typeof start.getFields>): boolean =>
    Object.values(fields).some((field) => {
      const inner = getNamedType(field.type);
      if (!isInputObjectType(inner)) return false;
      if (inner === start) return true;
      if (seen.has(inner.name)) return false;
      seen.add(inner.name);
      return reaches(inner.getFields());
    });
  return reaches(start.getFields());
}

/**
 * Whether a variable of the operation is of a recursive input type: graphql-jit writes the coercion of a variable out
 * in full, field by field, and for a type that holds itself that never ends (the process runs out of memory).
 */
function hasRecursiveVariable(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  return (operation.variableDefinitions ?? []).some((definition) => {
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    return type !== undefined && isRecursive(type);
  });
}

/**
 * An error of a compiled query as graphql-js would have made it: the error a resolver threw, placed at its path (one
 * that is already placed stays as it is), with its extensions and the locations of its field in the document.
 */
function asGraphQLError(error: JitError): GraphQLError {
  const original = error.originalError;
  if (original instanceof GraphQLError && Array.isArray(original.path)) return original;
  const cause = original instanceof Error ? original : undefined;
  const converted = new GraphQLError(cause?.message ?? error.message, {
    path: error.path,
    originalError: cause,
  });
  if (error.locations?.length) Object.assign(converted, { locations: error.locations });
  return converted;
}

/**
 * Runs queries as JavaScript compiled once per document by graphql-jit, instead of graphql-js walking the document
 * for every field of every row: graphql-js calls a resolver, reads the field's arguments and completes the value for
 * each of them (a page of 1,000 observations is 12,000 fields, 5–13 ms of graphql-js for an answer whose statement
 * takes a few), and builds its answer from objects without a prototype, which V8 keeps as dictionaries and
 * JSON.stringify walks slowly. The compiled query calls the same resolvers with the same arguments and answers the
 * same data. Mutations (executed one after another, with uploads), introspection (the explorer), operations with a variable of a
 * recursive input type (a filter's and/or/not), operations whose variables do not coerce (graphql-js words those errors, before anything runs) and documents graphql-jit cannot compile run on graphql-js.
 */
export function compiledExecutor(schema: GraphQLSchema): GatewayExecutor {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const compiledFor = (document: DocumentNode, operation: OperationDefinitionNode | undefined, operationName: string | null) => {
    // No operation chosen (several in the document, none named): graphql-js says so.
    if (operation?.operation !== 'query') return null;
    let byName = compiled.get(document);
    if (!byName) {
      byName = new Map();
      compiled.set(document, byName);
    }
    const key = operationName ?? '';
    if (byName.has(key)) return byName.get(key)!;
    let query: CompiledQuery | null = null;
    if (!asksIntrospection(document) && !hasRecursiveVariable(schema, operation)) {
      const result = compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      if (isCompiledQuery(result)) query = result;
    }
    if (byName.size >= OPERATIONS_PER_DOCUMENT) byName.clear();
    byName.set(key, query);
    return query;
  };

  return async ({ document, operation, operationName, request, context }) => {
    const variables = request.variables ?? {};
    const query = compiledFor(document, operation, operationName);
    if (query) {
      const result = (await query.query(undefined, context, variables)) as ExecutionResult;
      if (!result.errors?.length) return result;
      // No data at all: the variables did not coerce and nothing ran. graphql-js says what was wrong, in its words.
      if (result.data !== undefined) return { ...result, errors: result.errors.map((e) => asGraphQLError(e as JitError)) };
    }
    return execute({ schema, document, contextValue: context, variableValues: variables, operationName });
  };
}

/**
 * The schema handed to Apollo as a gateway would hand it, the only way Apollo Server takes another executor: parsing,
 * validation, plugins and the document cache stay Apollo's.
 */
export function compiledGateway(schema: GraphQLSchema): GatewayInterface {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return { executor: compiledExecutor(schema) };
    },
    async stop() {},
  };
}

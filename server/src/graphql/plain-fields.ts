/**
 * type-graphql's field metadata, as far as this module reads it (its storage is a process-wide global that the
 * decorators fill when the types are loaded; the schema generator copies it, sharing the field records).
 */
interface FieldRecord {
  name: string;
  schemaName: string;
  simple?: boolean;
}
interface MetadataStorage {
  fields: FieldRecord[];
  middlewares: unknown[];
  authorizedFields: unknown[];
}

/**
 * Lets graphql-js read the fields that have no @FieldResolver as plain properties. type-graphql otherwise gives each
 * such field a resolver of its own, which builds a resolver-data object and runs the middleware chain (empty here) for
 * every field of every row: a page of 1,000 observations is 12,000 of those calls, about half of the time graphql-js
 * spends completing it. This schema has no field middleware (@UseMiddleware), no global middleware and no auth checker,
 * so such a resolver only ever returned the property; a field exposed under another name (`@Field({ name })`) keeps
 * it, since graphql-js's default resolver reads the GraphQL name. Call before the schema is built.
 */
export function readFieldsAsProperties(): number {
  const storage = (globalThis as { TypeGraphQLMetadataStorage?: MetadataStorage }).TypeGraphQLMetadataStorage;
  // Should middleware or authorisation ever be declared, every field keeps type-graphql's resolver, which applies it.
  if (!Array.isArray(storage?.fields) || storage.middlewares?.length !== 0 || storage.authorizedFields?.length !== 0) return 0;
  let marked = 0;
  for (const field of storage.fields) {
    if (field.simple !== undefined || field.name !== field.schemaName) continue;
    field.simple = true;
    marked++;
  }
  return marked;
}

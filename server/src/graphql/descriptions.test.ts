import {
  type GraphQLArgument,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from './schema.js';

// type-graphql builds the root types itself and offers no option to describe them.
const ROOT_TYPES_WITHOUT_DESCRIPTION = new Set(['Query', 'Mutation']);

const missing = (description: string | null | undefined) => !description?.trim();

/** Every type, field, input field, argument and enum value of the schema that has no description. */
function undescribed(types: readonly GraphQLNamedType[]): string[] {
  const found: string[] = [];
  const checkArgs = (owner: string, args: readonly GraphQLArgument[]) => {
    for (const arg of args) if (missing(arg.description)) found.push(`argument ${owner}(${arg.name})`);
  };
  for (const type of types) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (missing(type.description) && !ROOT_TYPES_WITHOUT_DESCRIPTION.has(type.name)) found.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (missing(field.description)) found.push(`field ${type.name}.${field.name}`);
        checkArgs(`${type.name}.${field.name}`, field.args);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (missing(field.description)) found.push(`input field ${type.name}.${field.name}`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (missing(value.description)) found.push(`enum value ${type.name}.${value.name}`);
      }
    }
  }
  return found.sort();
}

describe('schema descriptions', () => {
  it('describes every type, field, argument and enum value, for analysts reading the explorer', async () => {
    const schema = await buildAppSchema();
    expect(undescribed(Object.values(schema.getTypeMap())), 'give each a description in its decorator').toEqual([]);
  });
});

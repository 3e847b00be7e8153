import { Field, Float, InputType, registerEnumType } from 'type-graphql';

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Ascending (smallest, A first) or descending. Rows without a value come last either way.',
  valuesConfig: {
    ASC: { description: 'Smallest value (or A, or the best status) first.' },
    DESC: { description: 'Largest value (or Z, or the worst status) first.' },
  },
});

@InputType({
  description:
    'Conditions on a number, all of which must hold. A row without a value (null) matches only isNull: true. Example: {gte: 10, lt: 15} or {between: [10, 15]}.',
})
export class NumberFilter {
  @Field(() => Float, { nullable: true, description: 'Equal to.' })
  eq?: number | null;
  @Field(() => Float, { nullable: true, description: 'Not equal to.' })
  ne?: number | null;
  @Field(() => Float, { nullable: true, description: 'Greater than.' })
  gt?: number | null;
  @Field(() => Float, { nullable: true, description: 'Greater than or equal to.' })
  gte?: number | null;
  @Field(() => Float, { nullable: true, description: 'Less than.' })
  lt?: number | null;
  @Field(() => Float, { nullable: true, description: 'Less than or equal to.' })
  lte?: number | null;
  @Field(() => [Float], {
    nullable: true,
    description: 'Inside the range [low, high], both included: exactly two numbers, the lower first, e.g. [10, 15].',
  })
  between?: number[] | null;
  @Field(() => [Float], { nullable: true, description: 'One of these values.' })
  in?: number[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only rows without a value (e.g. no comparable change); false: only rows with one.',
  })
  isNull?: boolean | null;
}

@InputType({
  description:
    'Conditions on a text (a code or a name), all of which must hold; letter case does not matter. Example: {in: ["72.01", "72.02"]} or {contains: "banggai"}.',
})
export class TextFilter {
  @Field(() => String, { nullable: true, description: 'Equal to, e.g. "Kota Palu".' })
  eq?: string | null;
  @Field(() => String, { nullable: true, description: 'Not equal to.' })
  ne?: string | null;
  @Field(() => [String], { nullable: true, description: 'One of these, e.g. ["72.01", "72.02"].' })
  in?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Contains this text, e.g. "banggai" for the three Banggai kabupaten.' })
  contains?: string | null;
}

import { Ctx, Field, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { DatasetKind } from '../generated/prisma/enums.js';
import type { Context } from '../graphql/context.js';
import { datasetLabel, readDataset, SYNTHETIC_LABEL_ID, TRAINING_LABEL_EN, TRAINING_LABEL_ID } from './dataset.js';

registerEnumType(DatasetKind, {
  name: 'DatasetKind',
  description: 'What kind of figures a database holds; official and generated figures never share a database.',
  valuesConfig: {
    OFFICIAL: { description: 'Published and verified figures, each with its source.' },
    TRAINING: {
      description: `Generated figures to show features without real data (“${TRAINING_LABEL_ID}”): labelled on every view, slide and export.`,
    },
    SYNTHETIC: {
      description: `Generated figures at national scale for benchmarks only (“${SYNTHETIC_LABEL_ID}”): labelled like training data.`,
    },
  },
});

@ObjectType({ description: 'The data set this server serves: official figures, or a generated training data set.' })
export class Dataset {
  @Field(() => DatasetKind, { description: 'OFFICIAL, or TRAINING: generated figures that are nobody’s statistics.' })
  kind!: DatasetKind;
  @Field(() => String, {
    nullable: true,
    description: `The label every view, slide and export of training data carries: “${TRAINING_LABEL_ID}”; null for official data.`,
  })
  label!: string | null;
  @Field(() => String, { nullable: true, description: `The label in English: “${TRAINING_LABEL_EN}”; null for official data.` })
  labelEn!: string | null;
  @Field(() => String, { nullable: true, description: 'The seed the training data was generated from; null for official data.' })
  seed!: string | null;
  @Field(() => [String], { description: 'The generators that wrote the training data, in order; empty for official data.' })
  generators!: string[];
  @Field(() => Date, { nullable: true, description: 'When the training data set was first loaded; null for official data.' })
  loadedAt!: Date | null;
}

@Resolver()
export class DatasetResolver {
  @Query(() => Dataset, {
    description:
      'The data set this server serves. When kind is TRAINING, every figure is generated (source “Data latihan (dibangkitkan)”) and every response carries extensions.dataset.',
  })
  async dataset(@Ctx() { db }: Context): Promise<Dataset> {
    const marker = await readDataset(db.sql);
    const training = marker.kind === 'TRAINING';
    const label = datasetLabel(marker.kind);
    return {
      kind: marker.kind as DatasetKind,
      label: label?.id ?? null,
      labelEn: label?.en ?? null,
      seed: training ? marker.seed : null,
      generators: training ? marker.generators : [],
      loadedAt: training ? marker.createdAt : null,
    };
  }
}

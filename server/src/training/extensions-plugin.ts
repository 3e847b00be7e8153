import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { type DatasetKind, datasetLabel, TRAINING_LABEL_EN, TRAINING_LABEL_ID } from './dataset.js';

/** What every GraphQL response of a training database carries, so that an analyst's script sees it too. */
export const TRAINING_EXTENSION = { kind: 'TRAINING', label: TRAINING_LABEL_ID, labelEn: TRAINING_LABEL_EN } as const;

/** The same for any generated data set (training, synthetic); null for official data. */
function extensionFor(kind: DatasetKind): { kind: DatasetKind; label: string; labelEn: string } | null {
  const label = datasetLabel(kind);
  return label && { kind, label: label.id, labelEn: label.en };
}

/**
 * On a training (or synthetic) database, every response gets `extensions.dataset`. Set in the first hook before the response is
 * serialised (requestPlugin's size check writes the text that is sent), so it must run before that plugin.
 */
export function datasetExtensionPlugin(kind: () => DatasetKind): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        willSendResponse({ response }) {
          const extension = extensionFor(kind());
          if (!extension || response.body.kind !== 'single') return Promise.resolve();
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, dataset: extension };
          return Promise.resolve();
        },
      };
    },
  };
}

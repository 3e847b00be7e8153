import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { type DatasetKind, TRAINING_LABEL_EN, TRAINING_LABEL_ID } from './dataset.js';

/** What every GraphQL response of a training database carries, so that an analyst's script sees it too. */
export const TRAINING_EXTENSION = { kind: 'TRAINING', label: TRAINING_LABEL_ID, labelEn: TRAINING_LABEL_EN } as const;

/**
 * On a training database, every response gets `extensions.dataset`. Set in the first hook before the response is
 * serialised (requestPlugin's size check writes the text that is sent), so it must run before that plugin.
 */
export function datasetExtensionPlugin(kind: () => DatasetKind): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        willSendResponse({ response }) {
          if (kind() !== 'TRAINING' || response.body.kind !== 'single') return Promise.resolve();
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, dataset: TRAINING_EXTENSION };
          return Promise.resolve();
        },
      };
    },
  };
}

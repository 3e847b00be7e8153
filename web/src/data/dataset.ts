import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { setExportLabel } from '../charts/csv';
import { graphql } from '../gql';

// Training data (the server's Query.dataset): every page, slide and export says so. The label is the server's and the
// same for the whole page load.

export const DATASET = graphql(`
  query Dataset {
    dataset { kind label labelEn seed }
  }
`);

/** The words the server uses, for when its answer has not arrived yet (and for tests). */
export const TRAINING_LABEL_ID = 'DATA LATIHAN — bukan data resmi';
export const TRAINING_LABEL_EN = 'TRAINING DATA — not official data';

export interface TrainingLabel {
  /** "DATA LATIHAN — bukan data resmi": on every slide and export whatever the language, the rakor's language. */
  id: string;
  en: string;
}

/**
 * The training label when the server serves generated data (training, or the synthetic benchmark data set, whose
 * label the server gives); null for official data (or before the server answered).
 */
export function useTrainingLabel(): TrainingLabel | null {
  const { data } = useQuery(DATASET);
  const dataset = data?.dataset;
  if (!dataset || dataset.kind === 'OFFICIAL') return null;
  return { id: dataset.label ?? TRAINING_LABEL_ID, en: dataset.labelEn ?? TRAINING_LABEL_EN };
}

/** The label in the page's language, the Indonesian one beside the English so that it reads the same everywhere. */
export function labelText(label: TrainingLabel, lang: 'id' | 'en'): string {
  return lang === 'en' ? `${label.en} (${label.id})` : label.id;
}

/** Keeps the CSV and picture downloads labelled while the page serves training data (see charts/csv.ts). */
export function useExportLabel(label: TrainingLabel | null): void {
  const text = label ? `${label.id} / ${label.en}` : null;
  useEffect(() => {
    setExportLabel(text);
    return () => setExportLabel(null);
  }, [text]);
}

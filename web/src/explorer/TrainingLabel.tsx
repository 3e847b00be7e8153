import { useEffect, useState } from 'react';

/**
 * In the explorer's header on a server of training data. Read from a response's extensions.dataset, which every
 * answer of such a server carries, a refusal to a visitor too, so it shows before anyone has signed in.
 */
export function TrainingLabel() {
  const [label, setLabel] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: controller.signal,
    })
      .then((res) => res.json())
      .then((body: { extensions?: { dataset?: { kind?: string; label?: string } } }) => {
        const dataset = body.extensions?.dataset;
        // Training data, or the synthetic benchmark data set: the server sends the label of either.
        if (dataset?.kind === 'TRAINING') setLabel(dataset.label ?? 'DATA LATIHAN — bukan data resmi');
        else if (dataset?.kind === 'SYNTHETIC' && dataset.label) setLabel(dataset.label);
      })
      .catch(() => {});
    return () => controller.abort();
  }, []);
  return label ? (
    <strong className="kesra-training" data-testid="explorer-training-label">
      {label}
    </strong>
  ) : null;
}

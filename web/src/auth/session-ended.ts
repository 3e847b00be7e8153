import { useSyncExternalStore } from 'react';

// Whether the server said that the session we believed we had is gone (signed out elsewhere, expired, disabled).
// Set by the Apollo link that sees the UNAUTHENTICATED answer; the header shows it until the next sign-in.

let ended = false;
const listeners = new Set<() => void>();

function emit() {
  for (const l of listeners) l();
}

export function markSessionEnded(): void {
  if (ended) return;
  ended = true;
  emit();
}

export function clearSessionEnded(): void {
  if (!ended) return;
  ended = false;
  emit();
}

export function useSessionEnded(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => ended,
    () => false,
  );
}

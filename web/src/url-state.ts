import { useCallback, useSyncExternalStore } from 'react';

// The view lives in the URL so a link shared in a chat opens the same view, and back/forward work.
function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

export function useUrlParam(name: string): [string | null, (value: string | null) => void] {
  const value = useSyncExternalStore(subscribe, () => new URLSearchParams(window.location.search).get(name));
  const set = useCallback(
    (next: string | null) => {
      const params = new URLSearchParams(window.location.search);
      if (next === null) params.delete(name);
      else params.set(name, next);
      const query = params.toString();
      window.history.pushState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    },
    [name],
  );
  return [value, set];
}

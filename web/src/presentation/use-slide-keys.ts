import { useEffect, useRef, useState } from 'react';
import { slideKey } from './slide-keys';

interface Handlers {
  index: number;
  count: number;
  go(index: number): void;
  leave(): void;
  presenter?(): void;
}

/** Full screen on and off; a browser that refuses (no user gesture, an iframe) leaves the page as it is. */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

/** Leaves a presentation for `href` (full screen ends too), without reloading the dashboard. */
export function leavePresentation(href: string): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  window.history.pushState(null, '', href);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** The page's background and scrolling set for a stage while one is shown. */
export function usePresentingBody(): void {
  useEffect(() => {
    document.body.classList.add('presenting');
    return () => document.body.classList.remove('presenting');
  }, []);
}

/** Clicker and keyboard control of a presentation (see slide-keys.ts); returns the slide number being typed. */
export function useSlideKeys(handlers: Handlers): string {
  const [typed, setTyped] = useState('');
  // The digits typed live in a ref as well: a presenter's "1", "2", Enter may come faster than a render.
  const typedNow = useRef('');
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const el = e.target as HTMLElement | null;
      if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) return;
      const h = latest.current;
      const current = typedNow.current;
      // Esc while full screen is the browser's: it leaves full screen, and the presentation stays.
      if (e.key === 'Escape' && document.fullscreenElement) return;
      const effect = slideKey({ index: h.index, count: h.count, typed: current }, e.key);
      if (effect.kind === 'none') return;
      e.preventDefault();
      typedNow.current = effect.kind === 'typed' ? effect.typed : '';
      setTyped(typedNow.current);
      if (effect.kind === 'go' && effect.index !== h.index) h.go(effect.index);
      else if (effect.kind === 'fullscreen') toggleFullscreen();
      else if (effect.kind === 'leave') h.leave();
      else if (effect.kind === 'presenter') h.presenter?.();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return typed;
}

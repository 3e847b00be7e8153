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

/** Clicker and keyboard control of a presentation (see slide-keys.ts); returns the slide number being typed. */
export function useSlideKeys(handlers: Handlers): string {
  const [typed, setTyped] = useState('');
  const latest = useRef({ handlers, typed });
  latest.current = { handlers, typed };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const el = e.target as HTMLElement | null;
      if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) return;
      const { handlers: h, typed: current } = latest.current;
      // Esc while full screen is the browser's: it leaves full screen, and the presentation stays.
      if (e.key === 'Escape' && document.fullscreenElement) return;
      const effect = slideKey({ index: h.index, count: h.count, typed: current }, e.key);
      if (effect.kind === 'none') return;
      e.preventDefault();
      if (effect.kind === 'typed') setTyped(effect.typed);
      else setTyped('');
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

/**
 * What a key does in a presentation. Clickers send PageDown/PageUp (some → ← or Space); a presenter types a slide
 * number and Enter to jump, as in PowerPoint. Pure, so every key is tested without a browser.
 */
export interface KeyState {
  index: number;
  count: number;
  /** Digits typed so far, waiting for Enter. */
  typed: string;
}

export type KeyEffect =
  | { kind: 'go'; index: number }
  | { kind: 'fullscreen' }
  | { kind: 'leave' }
  | { kind: 'presenter' }
  | { kind: 'typed'; typed: string }
  | { kind: 'none' };

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'n', 'N']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']);

/** The effect of `key` (a KeyboardEvent.key) with modifiers already ruled out by the caller. */
export function slideKey(state: KeyState, key: string): KeyEffect {
  const last = Math.max(0, state.count - 1);
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  if (/^[0-9]$/.test(key)) return { kind: 'typed', typed: `${state.typed}${key}`.slice(-3) };
  if (key === 'Enter') {
    if (state.typed) {
      const n = Number(state.typed);
      return n >= 1 && n <= state.count ? { kind: 'go', index: n - 1 } : { kind: 'typed', typed: '' };
    }
    return { kind: 'go', index: clamp(state.index + 1) };
  }
  if (NEXT.has(key)) return { kind: 'go', index: clamp(state.index + 1) };
  if (PREVIOUS.has(key)) return { kind: 'go', index: clamp(state.index - 1) };
  if (key === 'Home') return { kind: 'go', index: 0 };
  if (key === 'End') return { kind: 'go', index: last };
  if (key === 'f' || key === 'F') return { kind: 'fullscreen' };
  if (key === 'Escape' || key === 'Esc') return state.typed ? { kind: 'typed', typed: '' } : { kind: 'leave' };
  if (key === 's' || key === 'S') return { kind: 'presenter' };
  return { kind: 'none' };
}

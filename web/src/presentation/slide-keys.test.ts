import { describe, expect, it } from 'vitest';
import { slideKey } from './slide-keys';

const at = (index: number, typed = '') => ({ index, count: 5, typed });

describe('slide keys', () => {
  it.each(['ArrowRight', 'PageDown', ' ', 'ArrowDown', 'Enter'])('%s goes to the next slide', (key) => {
    expect(slideKey(at(1), key)).toEqual({ kind: 'go', index: 2 });
  });

  it.each(['ArrowLeft', 'PageUp', 'ArrowUp', 'Backspace'])('%s goes to the previous slide', (key) => {
    expect(slideKey(at(1), key)).toEqual({ kind: 'go', index: 0 });
  });

  it('stays within the deck at both ends', () => {
    expect(slideKey(at(4), 'PageDown')).toEqual({ kind: 'go', index: 4 });
    expect(slideKey(at(0), 'PageUp')).toEqual({ kind: 'go', index: 0 });
    expect(slideKey(at(2), 'Home')).toEqual({ kind: 'go', index: 0 });
    expect(slideKey(at(2), 'End')).toEqual({ kind: 'go', index: 4 });
  });

  it('jumps to a typed slide number on Enter, and ignores one outside the deck', () => {
    expect(slideKey(at(0), '4')).toEqual({ kind: 'typed', typed: '4' });
    expect(slideKey(at(0, '4'), 'Enter')).toEqual({ kind: 'go', index: 3 });
    expect(slideKey(at(0, '1'), '2')).toEqual({ kind: 'typed', typed: '12' });
    expect(slideKey(at(0, '12'), 'Enter')).toEqual({ kind: 'typed', typed: '' });
    expect(slideKey(at(0, '0'), 'Enter')).toEqual({ kind: 'typed', typed: '' });
  });

  it('clears a typed number with Esc before leaving', () => {
    expect(slideKey(at(0, '3'), 'Escape')).toEqual({ kind: 'typed', typed: '' });
    expect(slideKey(at(0), 'Escape')).toEqual({ kind: 'leave' });
  });

  it('toggles full screen with F, opens the presenter view with S, ignores other keys', () => {
    expect(slideKey(at(0), 'f')).toEqual({ kind: 'fullscreen' });
    expect(slideKey(at(0), 'F')).toEqual({ kind: 'fullscreen' });
    expect(slideKey(at(0), 's')).toEqual({ kind: 'presenter' });
    expect(slideKey(at(0), 'x')).toEqual({ kind: 'none' });
  });
});

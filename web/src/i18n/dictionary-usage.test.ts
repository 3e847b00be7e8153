import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { id } from './dictionary';

// A key is used when the dashboard's code names it in quotes ('key', "key", `key`) or reads it (`id.key`), or when
// it begins with the literal head of a key built at run time: t(`status${s}`), `importCode${code}`, `layout_${l}`.
// Tests do not count: a key only a test reads is still never shown. A key built another way (a computed tail,
// `${kind}Title`, or 'a' + 'b') would be reported here; build it from a literal head instead, as the others are.

const SRC = fileURLToPath(new URL('..', import.meta.url));
const sources = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !/(^|[/-])dictionary\.ts$/.test(f))
  .map((f) => readFileSync(join(SRC, f), 'utf8'));

describe('dictionary keys', () => {
  it('are each used by the dashboard', () => {
    const heads = new Set(sources.flatMap((s) => [...s.matchAll(/`([A-Za-z][A-Za-z0-9_]*)\$\{/g)].map((m) => m[1] as string)));
    const text = sources.join('\n');
    const named = (key: string) => new RegExp(`(['"\`])${key}\\1|\\.${key}\\b`).test(text);
    const unused = Object.keys(id).filter((key) => !named(key) && ![...heads].some((head) => key.startsWith(head)));
    expect(unused).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
// The server's own parser, to check that what the dashboard sends asks for the language it shows.
import { preferredLanguage } from '../../server/src/messages/language';
import { acceptLanguage } from './request-language';

describe('acceptLanguage', () => {
  it('asks the server for the dashboard language, whatever the browser prefers', () => {
    expect(preferredLanguage(acceptLanguage('id'))).toBe('id');
    expect(preferredLanguage(acceptLanguage('en'))).toBe('en');
  });
});

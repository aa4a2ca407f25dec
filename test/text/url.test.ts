import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../src/text/url.js';

describe('normalizeUrl', () => {
  it('drops scheme, www., default port, host case, trailing slash and fragment', () => {
    expect(normalizeUrl('https://www.Example.COM:443/Path/To/#section')).toBe('example.com/Path/To');
    expect(normalizeUrl('http://example.com:80/Path/To')).toBe('example.com/Path/To');
    expect(normalizeUrl(' HTTP://github.com/astral-sh/ruff/ ')).toBe('github.com/astral-sh/ruff');
  });

  it('keeps a non-default port and the path case', () => {
    expect(normalizeUrl('http://localhost:8080/A')).toBe('localhost:8080/A');
  });

  it('drops tracking parameters and keeps the others', () => {
    expect(
      normalizeUrl(
        'https://github.com/facebookresearch/dynalab?fbclid=IwAR3qcV7QK2uX&utm_source=x&UTM_Medium=y',
      ),
    ).toBe('github.com/facebookresearch/dynalab');
    expect(normalizeUrl('https://openreview.net/forum?id=abc123&utm_campaign=z')).toBe(
      'openreview.net/forum?id=abc123',
    );
  });

  it('gives two spellings of one address the same key', () => {
    expect(normalizeUrl('https://ai.facebook.com/blog/dynaboard/')).toBe(
      normalizeUrl('http://www.ai.facebook.com/blog/dynaboard'),
    );
  });

  it('returns non-http text trimmed and unchanged', () => {
    expect(normalizeUrl(' #table-of-contents ')).toBe('#table-of-contents');
    expect(normalizeUrl('mailto:a@b.org')).toBe('mailto:a@b.org');
    expect(normalizeUrl('not a url')).toBe('not a url');
  });
});

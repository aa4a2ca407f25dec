import { describe, expect, it } from 'vitest';
import { httpHostOf, isPaperIndexUrl, isPaperPageHost, normalizeUrl } from '../../src/text/url.js';

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

describe('paper hosts', () => {
  it('reads the host of http(s) URLs only', () => {
    expect(httpHostOf('https://OpenReview.net/forum?id=x')).toBe('openreview.net');
    expect(httpHostOf('http://user:pw@dl.acm.org./doi/10.1145/1')).toBe('dl.acm.org');
    expect(httpHostOf('ftp://example.org/paper.pdf')).toBeUndefined();
    expect(httpHostOf('#section')).toBeUndefined();
  });

  it('knows publishers and their subdomains, not look-alikes', () => {
    expect(isPaperPageHost('openreview.net')).toBe(true);
    expect(isPaperPageHost('onlinelibrary.wiley.com')).toBe(true);
    expect(isPaperPageHost('pubmed.ncbi.nlm.nih.gov')).toBe(true);
    expect(isPaperPageHost('notopenreview.net')).toBe(false);
    expect(isPaperPageHost('github.com')).toBe(false);
  });

  it('tells paper indexes by URL, Hugging Face only under /papers/', () => {
    expect(isPaperIndexUrl('https://scholar.google.com/scholar?q=x')).toBe(true);
    expect(isPaperIndexUrl('https://dblp.org/rec/conf/kdd/X23')).toBe(true);
    expect(isPaperIndexUrl('https://huggingface.co/papers/2305.11700')).toBe(true);
    expect(isPaperIndexUrl('https://huggingface.co/meta-llama/Llama-2-7b')).toBe(false);
    expect(isPaperIndexUrl('https://dblp.org.example.com/x')).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type PublishedVenue,
  publishedVenue,
  venueFromComment,
  venueFromJournalRef,
  venueKey,
} from '../../src/arxiv/published.js';

interface Case {
  id: string;
  venue: string | null;
}
const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/arxiv-comments.json', import.meta.url), 'utf8'),
) as {
  comments: Array<Case & { comment: string }>;
  journalRefs: Array<Case & { journalRef: string }>;
};

/** A reading as the fixture writes it: `NeurIPS 2023`, `~Computers & Security 2023`, `ACL 2025 Findings`. */
function shown(venue: PublishedVenue | undefined): string | null {
  if (!venue) return null;
  return `${venue.short ? '' : '~'}${[venue.name, venue.year, venue.track].filter(Boolean).join(' ')}`;
}

describe('venueFromComment on real arxiv:comment strings', () => {
  it('has at least 50 varied comments to read', () => {
    const { comments } = fixture;
    expect(comments.length).toBeGreaterThanOrEqual(50);
    const kinds = {
      workshop: comments.filter((c) => /workshop/i.test(c.comment)).length,
      review: comments.filter((c) => /review/i.test(c.comment)).length,
      submitted: comments.filter((c) => /submi/i.test(c.comment)).length,
      acceptedNoYear: comments.filter((c) => /accepted/i.test(c.comment) && c.venue && !/\d{4}/.test(c.venue))
        .length,
      nonEnglish: comments.filter((c) =>
        /Portuguese|Spanish|Russian|Chinese|Simp\\'osio|f\\"ur/.test(c.comment),
      ).length,
      published: comments.filter((c) => c.venue !== null).length,
      silent: comments.filter((c) => c.venue === null).length,
    };
    for (const [kind, count] of Object.entries(kinds)) expect(count, kind).toBeGreaterThanOrEqual(4);
  });

  for (const [index, { id, comment, venue }] of fixture.comments.entries()) {
    it(`#${index + 1} ${id}: ${comment.slice(0, 70)}`, () => {
      const read = venueFromComment(comment);
      expect(shown(read)).toBe(venue);
      if (read) expect(read.source).toBe('comment');
    });
  }
});

describe('venueFromJournalRef on real arxiv:journal_ref strings', () => {
  for (const { id, journalRef, venue } of fixture.journalRefs) {
    it(`${id}: ${journalRef}`, () => {
      const read = venueFromJournalRef(journalRef);
      expect(shown(read)).toBe(venue);
      expect(read?.text).toBe(journalRef);
      expect(read?.source).toBe('journal_ref');
    });
  }

  it('reads a short venue when the reference is one', () => {
    expect(shown(venueFromJournalRef('NeurIPS 2023'))).toBe('NeurIPS 2023');
    expect(
      shown(
        venueFromJournalRef(
          'Proceedings of the 40th International Conference on Machine Learning (ICML 2023)',
        ),
      ),
    ).toBe('ICML 2023');
    expect(venueFromJournalRef('NeurIPS 2023')?.text).toBe('NeurIPS 2023');
  });

  it('says nothing of an empty reference or a workshop', () => {
    expect(venueFromJournalRef('  ')).toBeUndefined();
    expect(venueFromJournalRef(undefined)).toBeUndefined();
    expect(venueFromJournalRef('NeurIPS 2023 Workshop on Robot Learning')).toBeUndefined();
  });
});

describe('publishedVenue', () => {
  it('prefers a short venue: the journal reference, else the comment, else the reference as written', () => {
    expect(publishedVenue({ journalRef: 'ICLR 2024', comment: 'Accepted at ICLR 2024' })?.source).toBe(
      'journal_ref',
    );
    expect(
      publishedVenue({
        journalRef:
          'Proceedings of the 40th International Conference on Machine Learning, PMLR 202:1-20, 2023',
        comment: 'ICML 2023',
      }),
    ).toMatchObject({ name: 'ICML', year: 2023, source: 'comment' });
    expect(publishedVenue({ journalRef: 'Phys. Rev. B 61, 13484 (2000)', comment: '8 pages' })).toMatchObject(
      {
        short: false,
        year: 2000,
        source: 'journal_ref',
      },
    );
    expect(publishedVenue({ comment: 'Under review at ICLR 2025' })).toBeUndefined();
    expect(publishedVenue({})).toBeUndefined();
  });
});

describe('venueKey', () => {
  it('folds case, punctuation, prefixes and known aliases', () => {
    expect(venueKey('NeurIPS')).toBe(venueKey('NIPS'));
    expect(venueKey('neurips')).toBe('neurips');
    expect(venueKey('ACM MM')).toBe(venueKey('ACMMM'));
    expect(venueKey('ACM MM')).toBe(venueKey('MM'));
    expect(venueKey('IEEE S&P')).toBe(venueKey('S&P'));
    expect(venueKey('IEEE TITS')).toBe(venueKey('TITS'));
    expect(venueKey('ICLR')).not.toBe(venueKey('ICRA'));
    expect(venueKey('ACL')).not.toBe(venueKey('NAACL'));
  });
});

describe('venueFromComment on wording the real ones do not cover', () => {
  it.each([
    ['Accepted', null],
    ['Accepted at ICLR 2024 as a poster', 'ICLR 2024'],
    ['Published version: IEEE TPAMI', 'IEEE TPAMI'],
    ['LLM 2023 survey', null],
    ['GPT 2023', null],
    ['Accepted to ICLR 2024; an earlier version was submitted to NeurIPS 2023', null],
    ['Reviewed at ICML 2024', null],
    ['NeurIPS 2023, Datasets and Benchmarks Track, Oral', null],
    ["NeurIPS'23", 'NeurIPS 2023'],
  ])('%s', (comment, venue) => {
    expect(shown(venueFromComment(comment))).toBe(venue);
  });
});

// The entry model on excerpts of real lists (see test/fixtures/README.md for their sources and licences).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEntries } from '../../src/parse/entries.js';
import { parseMarkdown } from '../../src/parse/index.js';
import type { Entry } from '../../src/types.js';

function load(name: string): { source: string; entries: Entry[] } {
  const source = readFileSync(path.resolve(import.meta.dirname, '../fixtures/lists', name), 'utf8');
  return { source, entries: extractEntries(parseMarkdown(source), source) };
}

function summary(entry: Entry) {
  return {
    line: entry.span.start.line,
    title: entry.title,
    dates: entry.dates.map((d) => `${d.label}:${d.year}${d.month ? `/${d.month}` : ''}`),
    arxiv: entry.arxiv.map((a) => a.id),
  };
}

describe('CHIANGEL/Awesome-LLM-for-RecSys (tables in <details>, plain-text title column)', () => {
  const { source, entries } = load('CHIANGEL-Awesome-LLM-for-RecSys.md');

  it('reads every paper row with its title, publication date and arXiv id', () => {
    expect(entries.slice(0, 3).map(summary)).toEqual([
      {
        line: 14,
        title:
          'Knowledge Graph Completion Models are Few-shot Learners: An Empirical Study of Relation Labeling in E-commerce with LLMs',
        dates: ['arxiv:2023'],
        arxiv: ['2305.09858'],
      },
      {
        line: 15,
        title: 'TagGPT: Large Language Models are Zero-shot Multimodal Taggers',
        dates: ['arxiv:2023'],
        arxiv: ['2304.03022'],
      },
      {
        line: 16,
        title: 'Large Language Models for User Interest Journeys',
        dates: ['arxiv:2023'],
        arxiv: ['2305.15498'],
      },
    ]);
    expect(entries[5]).toMatchObject({
      venue: 'AAAI',
      title: 'Enhancing Job Recommendation through LLM-based Generative Adversarial Networks',
    });
    expect(entries[1].shortName).toBe('TagGPT');
    expect(entries[0].arxiv[0].version).toBe(1);
  });

  it('takes sections from headings, <summary> and <b> paragraphs', () => {
    expect(entries[0].section).toEqual([
      '1. Papers',
      '1.1 LLM for Feature Engineering',
      '1.1.1 User- and Item-level Feature Augmentation',
    ]);
    expect(entries.at(-1)?.section).toEqual(['2. Datasets & Benchmarks', '2.2 Benchmarks']);
  });

  it('falls back to the name column when a row has no title cell, and skips the repository table', () => {
    expect(entries.slice(6).map((e) => e.title)).toEqual([
      'InfoDeepSeek',
      'RecBench',
      'RecBench+',
      'Shopping MMLU',
      'Amazon-M2 (KDD Cup 2023)',
      'LLMRec',
      'OpenP5',
      'TABLET',
    ]);
    // Paper titles are full titles; a benchmark's or data set's name stands for its paper.
    expect(entries.map((e) => e.titleKind)).toEqual([...Array(6).fill('full'), ...Array(8).fill('name')]);
    expect(
      entries.every(
        (e) => e.span.start.line < source.split('\n').findIndex((l) => l.includes('Related Repositories')),
      ),
    ).toBe(true);
  });
});

describe('Hannibal046/Awesome-LLM (title as link text in a table, nested link lists)', () => {
  const { entries } = load('Hannibal046-Awesome-LLM.md');

  it('reads the milestone table with its unlabelled year-month dates', () => {
    expect(entries.slice(0, 2).map(summary)).toEqual([
      { line: 23, title: 'Attention Is All You Need', dates: [':2017/6'], arxiv: ['1706.03762'] },
      {
        line: 24,
        title: 'Improving Language Understanding by Generative Pre-Training',
        dates: [':2018/6'],
        arxiv: [],
      },
    ]);
    expect(entries[2].shortName).toBe('BERT');
  });

  it('skips projects, the table of contents and model links, keeping the arXiv-linked model', () => {
    expect(entries.filter((e) => e.kind === 'bullet').map((e) => [e.title, e.section])).toEqual([
      ['DeepSeek-v2-236B-MoE', ['Awesome-LLM', 'Open LLM', 'DeepSeek']],
    ]);
    expect(entries).toHaveLength(9);
    // The milestone table's paper column holds full titles; the model list, names.
    expect(entries.map((e) => e.titleKind)).toEqual([...Array(8).fill('full'), 'name']);
  });
});

describe('eugeneyan/applied-ml (numbered lists, tags in inline code)', () => {
  const { entries } = load('eugeneyan-applied-ml.md');

  it('reads titles from link text and years from the code tags, never the company as a venue', () => {
    expect(entries).toHaveLength(22);
    expect(entries.every((e) => e.kind === 'ordered' && e.venue === undefined)).toBe(true);
    expect(summary(entries[7])).toEqual({
      line: 11,
      title: 'Real-time Data Infrastructure at Uber',
      dates: [':2021'],
      arxiv: ['2104.00087'],
    });
    expect(entries[7].dates[0].text).toBe('2021');
    expect(entries[11].dois.map((d) => d.doi)).toEqual(['10.14778/2733004.2733024']);
    expect(entries[13].arxiv).toHaveLength(2);
  });
});

describe('XiaoxinHe/Awesome-Graph-LLM (venue prefixes, links after the title)', () => {
  const { entries } = load('XiaoxinHe-Awesome-Graph-LLM.md');

  it('strips the venue prefix and reads it as the date label', () => {
    expect(entries.map((e) => e.title).slice(0, 4)).toEqual([
      'Knowledge Graph Based Synthetic Corpus Generation for Knowledge-Enhanced Language Model Pre-training',
      'Can Language Models Solve Graph Problems in Natural Language?',
      'Integrating Graphs with Large Language Models: Methods and Prospects',
      'Talk like a Graph: Encoding Graphs for Large Language Models',
    ]);
    expect(entries.slice(0, 4).map((e) => [e.venue, e.dates[0].label, e.dates[0].year])).toEqual([
      ['NAACL', 'naacl', 2021],
      ['NeurIPS', 'neurips', 2023],
      ['IEEE Intelligent Systems', 'ieee intelligent systems', 2023],
      ['ICLR', 'iclr', 2024],
    ]);
    expect(entries.find((e) => e.title.startsWith('Reasoning on Graphs'))?.dates[0].text).toBe('ICLR‘24');
  });

  it('keeps the table of contents out and every arXiv-linked paper in', () => {
    expect(entries.every((e) => e.section.at(-1) !== 'Table of Contents')).toBe(true);
    expect(entries.filter((e) => e.arxiv.length > 0)).toHaveLength(14);
  });
});

describe('yangzf-1023/awesome-gaussian-splatting (bold linked titles, an author line, a <details> abstract)', () => {
  const { source, entries } = load('yangzf-1023-awesome-gaussian-splatting.md');

  it('reads one entry per paper: the bold link as title, never the author line, the date line as its date', () => {
    expect(entries.map(summary)).toEqual([
      {
        line: 11,
        title: 'Residual Gaussian Splatting for Ultra Sparse-View CBCT Reconstruction',
        dates: [':2026/4'],
        arxiv: ['2604.27552', '2604.27552', '2604.27552'],
      },
      {
        line: 20,
        title: 'Multivariate Gaussian NeRF for Wide Field-of-View Ultrasound Reconstruction',
        dates: [':2026/4'],
        arxiv: ['2604.24187', '2604.24187', '2604.24187'],
      },
    ]);
    for (const entry of entries) {
      expect(entry.titleKind).toBe('full');
      expect(source.slice(entry.titleSpan!.start.offset, entry.titleSpan!.end.offset)).toBe(entry.title);
    }
  });
});

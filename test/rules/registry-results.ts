// Builds the inputs of the network rules: a parsed list and the VerifyResults a run would hand them.
import type { Dispatcher } from 'undici';
import type { PaperList } from '../../src/types.js';
import { lookupArxiv } from '../../src/verify/arxiv.js';
import type {
  ArxivResult,
  DoiResult,
  GithubRepoResult,
  LinkVerdict,
  VerifyResults,
} from '../../src/verify/types.js';
import { startFakeArxiv } from '../helpers/fake-arxiv.js';

export function resultsOf(parts: {
  links?: Record<string, LinkVerdict>;
  arxiv?: Record<string, ArxivResult>;
  dois?: Record<string, DoiResult>;
  github?: Record<string, GithubRepoResult>;
}): VerifyResults {
  return {
    links: new Map(Object.entries(parts.links ?? {})),
    arxiv: new Map(Object.entries(parts.arxiv ?? {})),
    dois: new Map(Object.entries(parts.dois ?? {})),
    github: new Map(Object.entries(parts.github ?? {})),
    requests: 0,
  };
}

/** Findings as `line:column severity message`, the shape rule docs use. */
export function brief(
  findings: Array<{ span: { start: { line: number; column: number } }; severity: string; message: string }>,
) {
  return findings.map((f) => `${f.span.start.line}:${f.span.start.column} ${f.severity} ${f.message}`);
}

/** Looks up every arXiv ref of the list on a fresh fake arXiv API, as a run would, and returns the results. */
export async function arxivResultsFromFake(list: PaperList, dispatcher: Dispatcher): Promise<VerifyResults> {
  const fake = await startFakeArxiv();
  try {
    const refs = list.entries.flatMap((entry) => entry.arxiv.map(({ id, version }) => ({ id, version })));
    const { results } = await lookupArxiv(refs, {
      api: fake.api,
      interval: 0,
      dispatcher,
      userAgent: 'paperlint-test',
      timeout: 2000,
    });
    return { ...resultsOf({}), arxiv: results };
  } finally {
    await fake.close();
  }
}

/**
 * The archives an old-style id (`archive[.SC]/YYMMNNN`) can name, with the months they took submissions
 * (`YYYY-MM`, from arXiv's taxonomy definitions): ids outside that window were never issued.
 */
export interface ArchiveSpan {
  start: string;
  /** Last month of a legacy archive since merged into another; absent for archives still open. */
  end?: string;
}

export const ARXIV_ARCHIVES: ReadonlyMap<string, ArchiveSpan> = new Map([
  ['acc-phys', { start: '1994-11', end: '1996-09' }],
  ['adap-org', { start: '1993-03', end: '1999-12' }],
  ['alg-geom', { start: '1992-02', end: '1997-12' }],
  ['ao-sci', { start: '1995-02', end: '1996-09' }],
  ['astro-ph', { start: '1992-04' }],
  ['atom-ph', { start: '1995-09', end: '1996-09' }],
  ['bayes-an', { start: '1995-06', end: '1996-11' }],
  ['chao-dyn', { start: '1993-01', end: '1999-12' }],
  ['chem-ph', { start: '1994-03', end: '1996-09' }],
  ['cmp-lg', { start: '1994-04', end: '1998-09' }],
  ['comp-gas', { start: '1993-02', end: '1999-12' }],
  ['cond-mat', { start: '1992-04' }],
  ['cs', { start: '1993-01' }],
  ['dg-ga', { start: '1994-06', end: '1997-12' }],
  ['funct-an', { start: '1992-04', end: '1997-12' }],
  ['gr-qc', { start: '1992-07' }],
  ['hep-ex', { start: '1994-04' }],
  ['hep-lat', { start: '1992-02' }],
  ['hep-ph', { start: '1992-03' }],
  ['hep-th', { start: '1991-08' }],
  ['math', { start: '1992-02' }],
  ['math-ph', { start: '1996-09' }],
  ['mtrl-th', { start: '1994-11', end: '1996-09' }],
  ['nlin', { start: '1993-01' }],
  ['nucl-ex', { start: '1994-12' }],
  ['nucl-th', { start: '1992-10' }],
  ['patt-sol', { start: '1993-02', end: '1999-12' }],
  ['physics', { start: '1996-10' }],
  ['plasm-ph', { start: '1995-09', end: '1996-09' }],
  ['q-alg', { start: '1994-12', end: '1997-12' }],
  ['q-bio', { start: '2003-09' }],
  ['q-fin', { start: '2008-12' }],
  ['quant-ph', { start: '1994-12' }],
  ['solv-int', { start: '1993-04', end: '1999-12' }],
  ['stat', { start: '2007-04' }],
  ['supr-con', { start: '1994-11', end: '1996-09' }],
]);

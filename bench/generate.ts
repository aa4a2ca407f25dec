// Synthetic lists shaped like the real ones: sections of entries with title, venue, date, arXiv and code links
// (about 150 bytes an entry: 20,000 make the 3 MB list of the bench), in each layout real lists use.

/** The layouts of real paper lists. */
export const SHAPES = ['bullets', 'tables', 'numbered', 'paragraphs', 'headings'] as const;
export type Shape = (typeof SHAPES)[number];

interface Paper {
  title: string;
  venue: string;
  date: string;
  paper: string;
  code: string | undefined;
}

function paperOf(i: number): Paper {
  const venues = ['arxiv', 'NeurIPS', 'KDD', 'SIGIR', 'WWW', 'RecSys'];
  const year = 15 + (i % 10);
  const month = String(1 + (i % 12)).padStart(2, '0');
  return {
    title: `Learning ${['Sparse', 'Dense', 'Graph', 'Language'][i % 4]} Representations ${i} for Recommendation`,
    venue: venues[i % venues.length],
    date: `20${year}/${month}`,
    paper: `https://arxiv.org/abs/${year}${month}.${String(10000 + i).slice(-5)}`,
    code: i % 3 === 2 ? undefined : `https://github.com/lab${i % 97}/repo${i}`,
  };
}

/** The lines of one entry in the given layout. */
function entryLines(shape: Shape, p: Paper, i: number): string[] {
  const code = p.code ? ` [[code]](${p.code})` : '';
  switch (shape) {
    case 'bullets':
      return [`- ${p.title}, ${p.venue} ${p.date}, [[paper]](${p.paper})${code}`];
    case 'tables':
      return [
        `| ${p.title} | ${p.venue} | ${p.date} | [paper](${p.paper}) | ${p.code ? `[code](${p.code})` : ''} |`,
      ];
    case 'numbered': {
      // Nested lines are indented to the item's text, as they must be to nest (`10. ` takes four columns).
      const marker = `${(i % 500) + 1}. `;
      const indent = ' '.repeat(marker.length);
      return [
        `${marker}**${p.title}**`,
        `${indent}- ${p.venue} ${p.date}`,
        `${indent}- [[paper]](${p.paper})${code}`,
      ];
    }
    case 'paragraphs':
      return [
        `**${p.title}**  `,
        `A. Author, B. Author. *${p.venue}* ${p.date}. [[paper]](${p.paper})${code}`,
        '',
      ];
    case 'headings':
      return [`### ${p.title}`, '', `- ${p.venue} ${p.date}`, `- [paper](${p.paper})${code}`, ''];
  }
}

export function generateList(entries: number, shape: Shape = 'bullets'): string {
  const lines = ['# Generated paper list', ''];
  for (let i = 0; i < entries; i++) {
    if (i % 500 === 0) {
      lines.push('', `## Section ${i / 500 + 1}`, '');
      if (shape === 'tables') lines.push('| Title | Venue | Date | Paper | Code |', '|---|:-:|---|---|---|');
    }
    lines.push(...entryLines(shape, paperOf(i), i));
  }
  return `${lines.join('\n')}\n`;
}

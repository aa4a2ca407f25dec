// A synthetic list shaped like the real ones: sections, bullets with title, venue, date, arXiv and code links (about 150 bytes an entry: 20,000 make the 3 MB list of the bench).
export function generateList(entries: number): string {
  const lines = ['# Generated paper list', ''];
  const venues = ['arxiv', 'NeurIPS', 'KDD', 'SIGIR', 'WWW', 'RecSys'];
  for (let i = 0; i < entries; i++) {
    if (i % 500 === 0) lines.push('', `## Section ${i / 500 + 1}`, '');
    const year = 15 + (i % 10);
    const month = 1 + (i % 12);
    const id = `${year}${String(month).padStart(2, '0')}.${String(10000 + i).slice(-5)}`;
    const venue = venues[i % venues.length];
    const words = `Learning ${['Sparse', 'Dense', 'Graph', 'Language'][i % 4]} Representations ${i} for Recommendation`;
    const code = i % 3 === 2 ? '' : ` [[code]](https://github.com/lab${i % 97}/repo${i})`;
    lines.push(
      `- ${words}, ${venue} 20${year}/${String(month).padStart(2, '0')}, [[paper]](https://arxiv.org/abs/${id})${code}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

// One paper, one entry, in the layouts real lists use beyond a bullet per paper: a heading per paper, HTML
// tables and lists, citations with authors first, a bold title over a field list, reference lines, and prose
// titles. Each layout is read into the same entries, with spans that point into the Markdown source.
import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/fix.js';
import duplicateEntry from '../../src/rules/duplicate-entry.js';
import { isAuthorList } from '../../src/text/authors.js';
import type { Entry, Span } from '../../src/types.js';
import { listOf, ON_TODAY } from '../helpers/list.js';

const entriesOf = (markdown: string): Entry[] => listOf(markdown).entries;
const slice = (source: string, span: Span | undefined) =>
  span && source.slice(span.start.offset, span.end.offset);
const brief = (entry: Entry) => [entry.kind, entry.title, entry.titleKind, entry.arxiv.map((ref) => ref.id)];

describe('a heading per paper', () => {
  const md = [
    '# Gaussian Splatting',
    '## Dynamic',
    "### 7. [CVPR '24] 3D Geometry-aware Deformable Gaussian Splatting",
    '**Authors**: Zhicheng Lu, Xiang Guo, Le Hui, Tianrui Chen, Min Yang',
    '',
    '<details><summary>Abstract</summary>',
    '',
    'We extend work of 2017 (arXiv:1706.05415) to dynamic scenes.',
    '',
    '</details>',
    '',
    '[📄 Paper](https://arxiv.org/pdf/2404.06270) | [🌐 Project Page](https://npucvr.github.io/GaGS/) | [💻 Code](https://github.com/o/GaGS)',
    '',
    "### 8. [CVPR '24] Gaussian-Flow: 4D Reconstruction with Dynamic 3D Gaussian Particle",
    '**Authors**: Youtian Lin, Zuozhuo Dai, Siyu Zhu, Yao Yao',
    '',
    '[📄 Paper (Low Resolution)](https://arxiv.org/pdf/2312.03431) | [📄 Paper (High Resolution)](https://example.org/gf.pdf)',
    '',
    '### 4 papers added: SWAGS',
    'See [SWAGS](https://arxiv.org/abs/2312.13308) and three more below.',
    '',
    '## Static',
    '### [Mip-Splatting: Alias-free 3D Gaussian Splatting](https://arxiv.org/abs/2311.16493)',
    '**Authors**: Zehao Yu, Anpei Chen',
    '',
    '### [Scaffold-GS: Structured 3D Gaussians for View-Adaptive Rendering](https://arxiv.org/abs/2312.00109)',
    '**Authors**: Tao Lu, Mulin Yu',
    '',
  ].join('\n');

  it('reads each heading with its body as one paper: the title without numbering and venue, the body links', () => {
    const entries = entriesOf(md);
    expect(entries.map(brief)).toEqual([
      ['block', '3D Geometry-aware Deformable Gaussian Splatting', 'full', ['2404.06270']],
      ['block', 'Gaussian-Flow: 4D Reconstruction with Dynamic 3D Gaussian Particle', 'full', ['2312.03431']],
      ['block', 'Mip-Splatting: Alias-free 3D Gaussian Splatting', 'full', ['2311.16493']],
      ['block', 'Scaffold-GS: Structured 3D Gaussians for View-Adaptive Rendering', 'full', ['2312.00109']],
    ]);
    // The abstract under <details> is no part of the entry: its year and arXiv id belong to other papers.
    expect(entries[0].dates.map((date) => date.text)).toEqual(["CVPR '24"]);
    expect(entries[0].section).toEqual(['Gaussian Splatting', 'Dynamic']);
    expect(slice(md, entries[0].titleSpan)).toBe(entries[0].title);
    expect(entries[0].span.start.line).toBe(3);
    expect(entries[0].span.end.line).toBe(12);
    for (const entry of entries) expect(isAuthorList(entry.title)).toBe(false);
  });

  it('reads a lone heading over one link as a section, not as a paper', () => {
    const intro =
      '# My list\n## About\nThis list grew out of [our survey](https://arxiv.org/abs/2401.00001).\n';
    expect(entriesOf(intro)).toEqual([]);
  });
});

describe('a bold title over a field list', () => {
  const md = [
    '## Detection',
    '',
    '**DETRs Beat YOLOs on Real-time Object Detection**',
    '',
    '- Paper: https://arxiv.org/abs/2304.08069',
    '- Code: https://github.com/lyuwenyu/RT-DETR',
    '',
    ' **Salience DETR: Enhancing Detection Transformer with Hierarchical Salience Filtering Refinement**',
    '',
    '- 论文/Paper: https://arxiv.org/abs/2403.16131',
    '',
    '- 代码/Code:https://github.com/xiuqhou/Salience-DETR',
    '',
  ].join('\n');

  it('reads the paragraph and its fields as one paper titled by the bold text', () => {
    const entries = entriesOf(md);
    expect(entries.map(brief)).toEqual([
      ['block', 'DETRs Beat YOLOs on Real-time Object Detection', 'full', ['2304.08069']],
      [
        'block',
        'Salience DETR: Enhancing Detection Transformer with Hierarchical Salience Filtering Refinement',
        'full',
        ['2403.16131'],
      ],
    ]);
    expect(entries[0].section).toEqual(['Detection']);
    expect(entries[0].links.map((link) => link.url)).toEqual([
      'https://arxiv.org/abs/2304.08069',
      'https://github.com/lyuwenyu/RT-DETR',
    ]);
  });
});

describe('a title over unlabelled field lines (a venue and date, a line of links)', () => {
  it('reads a numbered title item and its sub-bullets as one paper', () => {
    const md = [
      '## Recommendation',
      '',
      '1. **Learning Sparse Representations for Recommendation**',
      '   - arxiv 2015/01',
      '   - [[paper]](https://arxiv.org/abs/1501.10000) [[code]](https://github.com/lab0/repo0)',
      '2. **Learning Dense Representations for Recommendation**',
      '   - NeurIPS 2016/02',
      '   - [[paper]](https://arxiv.org/abs/1602.10001)',
      '',
    ].join('\n');
    const entries = entriesOf(md);
    expect(entries.map(brief)).toEqual([
      ['ordered', 'Learning Sparse Representations for Recommendation', 'full', ['1501.10000']],
      ['ordered', 'Learning Dense Representations for Recommendation', 'full', ['1602.10001']],
    ]);
    expect(entries[1].dates.map((date) => date.text)).toEqual(['NeurIPS 2016/02']);
    expect(entries[0].section).toEqual(['Recommendation']);
    expect(entries[0].span.end.line).toBe(5);
  });

  it('reads a heading and its list of fields as one paper', () => {
    const md = [
      '## Recommendation',
      '',
      '### Learning Sparse Representations for Recommendation',
      '',
      '- KDD 2017/03',
      '- [paper](https://arxiv.org/abs/1703.10002) [[code]](https://github.com/lab2/repo2)',
      '',
      '### Learning Dense Representations for Recommendation',
      '',
      '- Ada Lovelace, Alan Turing',
      '- [paper](https://arxiv.org/abs/1804.10003)',
      '',
    ].join('\n');
    expect(entriesOf(md).map(brief)).toEqual([
      ['block', 'Learning Sparse Representations for Recommendation', 'full', ['1703.10002']],
      ['block', 'Learning Dense Representations for Recommendation', 'full', ['1804.10003']],
    ]);
  });

  it('keeps a category over papers a grouping, and a title over two papers’ links no one paper', () => {
    const md = [
      '- Sequential models',
      '  - Self-Attentive Sequential Recommendation, ICDM 2018, [[paper]](https://arxiv.org/abs/1808.09781)',
      '  - BERT4Rec: Sequential Recommendation with BERT, CIKM 2019, [[paper]](https://arxiv.org/abs/1904.06690)',
      '- Graph models',
      '  - [[paper]](https://arxiv.org/abs/2002.02126)',
      '  - [[paper]](https://arxiv.org/abs/1905.08108)',
      '',
    ].join('\n');
    expect(entriesOf(md).map((entry) => [entry.title, entry.section])).toEqual([
      ['Self-Attentive Sequential Recommendation', ['Sequential models']],
      ['BERT4Rec: Sequential Recommendation with BERT', ['Sequential models']],
      ['', ['Graph models']],
      ['', ['Graph models']],
    ]);
  });
});

describe('HTML tables and lists', () => {
  const md = [
    '## Attacks',
    '',
    '<table>',
    '<tr><th>Name</th><th>Paper</th></tr>',
    '<tr><td>FGSM</td><td><a href="https://arxiv.org/abs/1412.6572">FGSM (Goodfellow et al., 2015)</a></td></tr>',
    '<tr><td>PGD</td><td><a href="https://arxiv.org/abd/1706.06083">Towards Deep Learning Models Resistant to Adversarial Attacks</a></td></tr>',
    '',
    '<tr><td>C&amp;W</td><td>',
    '',
    '[Towards Evaluating the Robustness of Neural Networks](https://arxiv.org/abs/1608.04644)',
    '',
    '</td></tr>',
    '</table>',
    '',
    '<ul>',
    '  <li><a href="https://arxiv.org/abs/1511.04599">DeepFool: a simple and accurate method to fool deep neural networks</a>, CVPR 2016</li>',
    '  <li><a href="https://arxiv.org/abs/1610.08401">Universal adversarial perturbations</a>, CVPR 2017</li>',
    '</ul>',
    '',
  ].join('\n');

  it('reads rows and items with a real HTML parser, a short name in the link text as a name', () => {
    const entries = entriesOf(md);
    expect(entries.map(brief)).toEqual([
      ['table', 'FGSM', 'name', ['1412.6572']],
      ['table', 'Towards Deep Learning Models Resistant to Adversarial Attacks', 'full', ['1706.06083']],
      ['table', 'Towards Evaluating the Robustness of Neural Networks', 'full', ['1608.04644']],
      [
        'bullet',
        'DeepFool: a simple and accurate method to fool deep neural networks',
        'full',
        ['1511.04599'],
      ],
      ['bullet', 'Universal adversarial perturbations', 'full', ['1610.08401']],
    ]);
    expect(entries[3].dates.map((date) => [date.label, date.year])).toEqual([['cvpr', 2016]]);
  });

  it('places every link, title and row on its line and column of the Markdown source', () => {
    const entries = entriesOf(md);
    for (const entry of entries) {
      expect(slice(md, entry.titleSpan)).toBe(entry.title);
      for (const link of entry.links) expect(slice(md, link.urlSpan)).toBe(link.url);
    }
    expect(entries[1].span.start).toMatchObject({ line: 6, column: 1 });
    expect(entries[1].links[0].span.start).toMatchObject({ line: 6, column: 21 });
    expect(slice(md, entries[1].span)?.startsWith('<tr><td>PGD')).toBe(true);
  });

  it('fixes a link inside an HTML table cell in place', () => {
    const { output } = fixText(md, 'papers.md', ON_TODAY);
    expect(output).toBe(md.replace('arxiv.org/abd/1706.06083', 'arxiv.org/abs/1706.06083'));
  });

  it('reads <a href> written inline in a list item as a link', () => {
    const item = '- <a href="https://arxiv.org/abs/1803.10122">World Models</a>, Ha and Schmidhuber, 2018\n';
    const [entry] = entriesOf(item);
    expect(brief(entry)).toEqual(['bullet', 'World Models', 'full', ['1803.10122']]);
    expect(slice(item, entry.links[0].urlSpan)).toBe('https://arxiv.org/abs/1803.10122');
    expect(slice(item, entry.links[0].span)).toBe(
      '<a href="https://arxiv.org/abs/1803.10122">World Models</a>',
    );
    expect(entry.dates.map((date) => [date.label, date.year])).toEqual([['', 2018]]);
  });
});

describe('citations with their authors first', () => {
  it('takes the title from the slot after the authors, over several lines', () => {
    const md = [
      '- <a name="Liu17iscas"></a>Liu, M., Delbruck, T.,',
      '*[Block-Matching Optical Flow for Dynamic Vision Sensors: Algorithm and FPGA Implementation](https://arxiv.org/pdf/1706.05415.pdf)*,',
      'IEEE Int. Symp. Circuits and Systems (ISCAS), 2017.',
      '- <a name="Gallego20"></a>Gallego, G., Delbruck, T., Orchard, G., Bartolozzi, C.,',
      '*[Event-based Vision: A Survey](https://arxiv.org/abs/1904.08405)*,',
      'IEEE Trans. Pattern Anal. Machine Intell. (TPAMI), 2020.',
      '- Schulman, J., Wolski, F., Dhariwal, P., Radford, A., & Klimov, O. (2017). *Proximal Policy Optimization Algorithms*. [arXiv:1707.06347](https://arxiv.org/abs/1707.06347)',
      '- Liu, M., Delbruck, T. Adaptive Time-Slice Block-Matching Optical Flow Algorithm for Dynamic Vision Sensors. BMVC, 2018. [PDF](https://arxiv.org/abs/1808.01234)',
      '',
    ].join('\n');
    const entries = entriesOf(md);
    expect(entries.map((entry) => entry.title)).toEqual([
      'Block-Matching Optical Flow for Dynamic Vision Sensors: Algorithm and FPGA Implementation',
      'Event-based Vision: A Survey',
      'Proximal Policy Optimization Algorithms',
      'Adaptive Time-Slice Block-Matching Optical Flow Algorithm for Dynamic Vision Sensors',
    ]);
    expect(entries.map((entry) => entry.dates.map((date) => date.year))).toEqual([
      [2017],
      [2020],
      [2017],
      [2018],
    ]);
    expect(entries[0].span).toMatchObject({ start: { line: 1 }, end: { line: 3 } });
  });

  it('never takes an author list for a title, whatever the layout', () => {
    const md = [
      '| Paper | Authors |',
      '| --- | --- |',
      '| [Targeted Dropout](https://arxiv.org/abs/1905.13678) | Aidan N. Gomez, Ivan Zhang, Siddhartha Rao Kamalakara, Divyam Madaan, Kevin Swersky |',
      '| Gallego, G., Delbruck, T. | [Event-based Vision: A Survey](https://arxiv.org/abs/1904.08405) |',
      '',
    ].join('\n');
    expect(entriesOf(md).map((entry) => entry.title)).toEqual([
      'Targeted Dropout',
      'Event-based Vision: A Survey',
    ]);
  });
});

describe('reference lines', () => {
  it('reads each numbered line of a paragraph as its own paper, authors after the colon no part of the title', () => {
    const md = [
      '## World models',
      '',
      '>[1] [World Models](https://arxiv.org/abs/1803.10122): Ha and Schmidhuber, 2018',
      '>[2] [PlaNet: Learning Latent Dynamics for Planning from Pixels](https://arxiv.org/abs/1811.04551): Hafner et al., 2019',
      '>[7] [POPLIN](https://arxiv.org/abs/1906.08649): Wang and Ba, 2019',
      '',
    ].join('\n');
    const entries = entriesOf(md);
    expect(entries.map((entry) => [entry.title, entry.span.start.line, entry.span.end.line])).toEqual([
      ['World Models', 3, 3],
      ['PlaNet: Learning Latent Dynamics for Planning from Pixels', 4, 4],
      ['POPLIN', 5, 5],
    ]);
    // Authors before a year are no venue.
    expect(entries.map((entry) => entry.dates.map((date) => [date.label, date.year]))).toEqual([
      [['', 2018]],
      [['', 2019]],
      [['', 2019]],
    ]);
  });
});

describe('titles that read like prose', () => {
  it('keeps entries whose titles hold pronouns or announcement words, also behind a date cell', () => {
    const md = [
      '| Date | Paper |',
      '| --- | --- |',
      '| 2024.07 | CodeUpdateArena: Benchmarking Knowledge Editing on API Updates [[paper](https://arxiv.org/abs/2407.06249)] |',
      '| 2024.06 | Inpainting is All You Need: A Diffusion Approach [[paper](https://arxiv.org/abs/2406.01234)] |',
      '| 2024.05 | Code Language Models: How Far Are We? [[paper](https://arxiv.org/abs/2405.01234)] |',
      '',
      'Inpainting is All You Need: Again, [[paper]](https://arxiv.org/abs/2406.04321)',
      '',
      '- [2024/01] We released [our survey](https://arxiv.org/abs/2401.01234) of code models.',
      '',
    ].join('\n');
    expect(entriesOf(md).map((entry) => entry.title)).toEqual([
      'CodeUpdateArena: Benchmarking Knowledge Editing on API Updates',
      'Inpainting is All You Need: A Diffusion Approach',
      'Code Language Models: How Far Are We?',
      'Inpainting is All You Need: Again',
    ]);
  });
});

describe('sections that are not papers', () => {
  it('keeps implementations and tools out of the entries unless they refer to a paper', () => {
    const md = [
      '## Papers',
      '- NeRF: Representing Scenes as Neural Radiance Fields, ECCV 2020, [[paper]](https://arxiv.org/abs/2003.08934)',
      '- Mip-NeRF: A Multiscale Representation, ICCV 2021, [[paper]](https://arxiv.org/abs/2103.13415)',
      '## Implementations',
      '- [NeRF-W](https://github.com/kwea123/nerf_pl), [@kwea123](https://github.com/kwea123), 2021',
      '- [nerfstudio](https://github.com/nerfstudio-project/nerfstudio), [@tancik](https://github.com/tancik), 2022',
      '- [Instant-NGP](https://github.com/NVlabs/instant-ngp), [paper](https://arxiv.org/abs/2201.05989), 2022',
      '',
    ].join('\n');
    expect(entriesOf(md).map((entry) => entry.title)).toEqual([
      'NeRF: Representing Scenes as Neural Radiance Fields',
      'Mip-NeRF: A Multiscale Representation',
      'Instant-NGP',
    ]);
  });
});

describe('layouts nobody here had seen', () => {
  it('reads the bold title after authors with initials, shortcodes and &nbsp; as decoration', () => {
    const md = [
      '## Attacks',
      '- :+1: &nbsp; I. J. Goodfellow, J. Shlens, and C. Szegedy, **Explaining and Harnessing Adversarial Examples**, ICLR 2015. [[link]](https://arxiv.org/abs/1412.6572)',
      '- :+1: &nbsp; N. Papernot, P. Mcdaniel, I. Goodfellow, S. Jha, Z. B. Celik, and A. Swami, **Practical Black-Box Attacks against Deep Learning Systems using Adversarial Examples.**',
      '- :+1: &nbsp; S.-M. Moosavi-Dezfooli, A. Fawzi, and P. Frossard, **DeepFool: a simple and accurate method to fool deep neural networks**, CVPR, pp. 2574–2582, 2016.',
      '- :star: &nbsp; N. Papernot, P. McDaniel, S. Jha, M. Fredrikson, Z. B. Celik, and A. Swami, **The Limitations of Deep Learning in Adversarial Settings**, [[link]](https://arxiv.org/abs/1511.07528)',
      '',
    ].join('\n');
    const titles = entriesOf(md).map((entry) => entry.title);
    expect(titles).toContain('Explaining and Harnessing Adversarial Examples');
    expect(titles).toContain('The Limitations of Deep Learning in Adversarial Settings');
    for (const title of titles) expect(isAuthorList(title ?? '')).toBe(false);
    expect(titles.join(' ')).not.toMatch(/\+1|Papernot|Moosavi/);
    // Different papers by the same first author are no duplicates.
    expect(duplicateEntry.check(listOf(md), duplicateEntry.defaults, ON_TODAY)).toEqual([]);
  });

  it('never takes a date or a venue before the linked title for the title', () => {
    const md = [
      '- 23.10 - arxiv - [Can LLMs Keep a Secret? Testing Privacy Implications of Language Models](https://arxiv.org/abs/2310.17884)',
      '- 24.02 - ICLR - [Large Language Models as Optimizers](https://arxiv.org/abs/2309.03409)',
      '',
    ].join('\n');
    expect(entriesOf(md).map((entry) => entry.title)).toEqual([
      'Can LLMs Keep a Secret? Testing Privacy Implications of Language Models',
      'Large Language Models as Optimizers',
    ]);
  });

  it('reads a heading over a bold title and its fields as a section', () => {
    const md = [
      '<a name="3D-Object-Tracking"></a>',
      '',
      '# 3D目标跟踪(3D Object Trancking)',
      '',
      '**Center-based 3D Object Detection and Tracking**',
      '',
      '- Paper: https://arxiv.org/abs/2006.11275',
      '- Code: https://github.com/tianweiy/CenterPoint',
      '',
      '# 3D语义分割(3D Semantic Segmentation)',
      '',
      '**Point Transformer V3: Simpler, Faster, Stronger**',
      '',
      '- Paper: https://arxiv.org/abs/2312.10035',
      '',
    ].join('\n');
    const entries = entriesOf(md);
    expect(entries.map(brief)).toEqual([
      ['block', 'Center-based 3D Object Detection and Tracking', 'full', ['2006.11275']],
      ['block', 'Point Transformer V3: Simpler, Faster, Stronger', 'full', ['2312.10035']],
    ]);
    expect(entries[0].section).toEqual(['3D目标跟踪(3D Object Trancking)']);
  });

  it('reads a note of slides and a video under a resource as no entry', () => {
    const md = [
      '- [Adversarial Examples in the Physical World](https://arxiv.org/abs/1607.02533)',
      '    - [Slides](https://example.org/slides.pdf) and [Video](https://youtube.com/watch?v=x) by [Yoel Yaffe](https://example.org/yoel), Samsung Israel Research Center',
      '',
    ].join('\n');
    expect(entriesOf(md).map((entry) => entry.title)).toEqual(['Adversarial Examples in the Physical World']);
  });
});

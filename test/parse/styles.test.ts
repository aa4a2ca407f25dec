// Entry styles of real lists beyond bullets of full titles: numbered digest cells, a name before a bold
// title, citation paragraphs, tables of names in any language; and what kind of title each entry carries.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEntries } from '../../src/parse/entries.js';
import { parseMarkdown } from '../../src/parse/index.js';
import type { Entry, Span } from '../../src/types.js';

function entriesOf(markdown: string): Entry[] {
  return extractEntries(parseMarkdown(markdown), markdown);
}

function slice(source: string, span: Span | undefined): string | undefined {
  return span && source.slice(span.start.offset, span.end.offset);
}

const titles = (entries: readonly Entry[]) => entries.map((e) => [e.title, e.titleKind]);

describe('numbered digest cells (weekly papers)', () => {
  const source = readFileSync(
    path.resolve(import.meta.dirname, '../fixtures/styles/weekly-papers.md'),
    'utf8',
  );
  const entries = entriesOf(source);

  it('reads one entry per row, without its number, the bold name as title and the rest as description', () => {
    expect(titles(entries)).toEqual([
      ['Searching for Best Practices in RAG', 'name'],
      ['Scaling Synthetic Data Creation', 'name'],
      ['Agentless', 'name'],
      ['LLM See, LLM Do', 'name'],
      ['AI Agents That Matter', 'name'],
      ['GraphReader', 'name'],
      ['Adam-mini', 'name'],
      ['Mamba-2', 'name'],
      ['Chameleon', 'name'],
      // A bold title with its subtitle is the paper's title, whatever follows it.
      ['Zip-NeRF: Anti-Aliased Grid-Based Neural Radiance Fields', 'full'],
      ['Generative Agents: Interactive Simulacra of Human Behavior', 'full'],
      ['ChemCrow: Augmenting large-language models with chemistry tools', 'full'],
      ['Segment Anything', 'name'],
      ['SegGPT: Segmenting Everything In Context', 'full'],
      // Without bold: the name ends at the two spaces before its description.
      ['PaperBench', 'name'],
      ['AgentRxiv', 'name'],
      ['Chain-of-Tools', 'name'],
    ]);
    expect(entries.map((e) => e.arxiv[0]?.id)).toEqual([
      '2407.01219',
      '2406.20094',
      '2407.01489',
      '2407.01490',
      '2407.01502',
      '2406.14550',
      '2406.16793',
      '2405.21060',
      '2405.09818',
      '2304.06706',
      '2304.03442',
      '2304.05376',
      '2304.02643',
      '2304.03284',
      '2504.01848',
      '2503.18102',
      '2503.16779',
    ]);
  });

  it('points the title span at the name, after the number', () => {
    for (const entry of entries) expect(slice(source, entry.titleSpan)).toBe(entry.title);
    expect(source.slice(entries[3].span.start.offset, entries[3].titleSpan?.start.offset)).toBe('| 4) **');
  });

  it('reads `N.` numbers and bracketed ones too', () => {
    const md =
      '| Paper | Links |\n| --- | --- |\n' +
      '| 1. **MusicGen** - a simple and controllable model for music generation that uses one transformer. | [Paper](https://arxiv.org/abs/2306.05284) |\n' +
      '| [2] **Llama 2** - a collection of pretrained and fine-tuned models from 7B to 70B parameters. | [Paper](https://arxiv.org/abs/2307.09288) |\n';
    expect(titles(entriesOf(md))).toEqual([
      ['MusicGen', 'name'],
      ['Llama 2', 'name'],
    ]);
  });
});

describe('a name before a bold title', () => {
  it('takes the bold title whole, commas and quotes included, and keeps the name as short name', () => {
    const md =
      '- RoBERTa **RoBERTa: A Robustly Optimized BERT Pretraining Approach**, 2019, [Paper](https://arxiv.org/abs/1907.11692)\n' +
      '- DistilBERT **DistilBERT, a distilled version of BERT: smaller, faster, cheaper and lighter**, 2019, [Paper](https://arxiv.org/abs/1910.01108)\n' +
      '- T5 **"Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer"**. *Colin Raffel et al.* JMLR 2019. [Paper](https://arxiv.org/abs/1910.10683)\n' +
      '- HELM: **Holistic evaluation of language models**, Arxiv 2022. [Paper](https://arxiv.org/abs/2211.09110)\n' +
      '- **Scaling laws for neural language models**, 2020. [Paper](https://arxiv.org/abs/2001.08361)\n';
    const entries = entriesOf(md);
    expect(entries.map((e) => [e.title, e.titleKind, e.shortName])).toEqual([
      ['RoBERTa: A Robustly Optimized BERT Pretraining Approach', 'full', 'RoBERTa'],
      ['DistilBERT, a distilled version of BERT: smaller, faster, cheaper and lighter', 'full', 'DistilBERT'],
      ['Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer', 'full', 'T5'],
      ['Holistic evaluation of language models', 'full', 'HELM'],
      ['Scaling laws for neural language models', 'full', undefined],
    ]);
    for (const entry of entries) expect(slice(md, entry.titleSpan)).toBe(entry.title);
  });

  it('keeps an emphasised word inside a plain title in the title', () => {
    const md =
      '- Towards **Robust** Recommendation with Large Models, KDD 2023, [paper](https://arxiv.org/abs/2301.00001)\n';
    expect(entriesOf(md)[0].title).toBe('Towards Robust Recommendation with Large Models');
  });
});

describe('citation paragraphs', () => {
  it('reads one entry per paragraph, titled by the quotes after the authors', () => {
    const md =
      '## 1.3 ImageNet Evolution\n\n' +
      '**[5]** Simonyan, Karen, and Andrew Zisserman. "**Very deep convolutional networks for large-scale image recognition**." arXiv preprint arXiv:1409.1556 (2014). [[pdf]](https://arxiv.org/pdf/1409.1556.pdf) **(VGGNet)** :star::star::star:\n\n' +
      '**[6]** Redmon, Joseph, et al. "**You only look once: Unified, real-time object detection**." arXiv preprint arXiv:1506.02640 (2015). [[pdf]](http://homes.cs.washington.edu/~ali/papers/YOLO.pdf)\n\n' +
      '**[8]** Dai, Jifeng, et al. "**R-FCN: Object Detection via\nRegion-based Fully Convolutional Networks**." arXiv preprint arXiv:1605.06409 (2016). [[pdf]](https://arxiv.org/abs/1605.06409)\n\n' +
      '**[11]** Tan, Mingxing, et al. “**EfficientDet: Scalable and Efficient Object Detection.**" arXiv preprint arXiv:1911.09070 (2019). [[pdf]](https://arxiv.org/pdf/1911.09070)\n\n' +
      '**[10]** Yijun Li, Ming-Yu Liu ,Xueting Li, Jan Kautz (NVIDIA). "**A Closed-form Solution to Photorealistic Image Stylization**." arXiv preprint arXiv:1802.06474(2018). [[pdf]](https://arxiv.org/pdf/1802.06474.pdf)\n';
    const entries = entriesOf(md);
    expect(entries.map((e) => [e.kind, e.title, e.titleKind, e.section])).toEqual([
      [
        'block',
        'Very deep convolutional networks for large-scale image recognition',
        'full',
        ['1.3 ImageNet Evolution'],
      ],
      [
        'block',
        'You only look once: Unified, real-time object detection',
        'full',
        ['1.3 ImageNet Evolution'],
      ],
      [
        'block',
        'R-FCN: Object Detection via Region-based Fully Convolutional Networks',
        'full',
        ['1.3 ImageNet Evolution'],
      ],
      ['block', 'EfficientDet: Scalable and Efficient Object Detection', 'full', ['1.3 ImageNet Evolution']],
      [
        'block',
        'A Closed-form Solution to Photorealistic Image Stylization',
        'full',
        ['1.3 ImageNet Evolution'],
      ],
    ]);
    expect(entries[0].arxiv.map((a) => a.id)).toEqual(['1409.1556', '1409.1556']);
    expect(entries[2].span.end.line - entries[2].span.start.line).toBe(1);
  });
});

describe('paragraphs that are not papers', () => {
  it('leaves out a remark in brackets that links a paper site', () => {
    const md =
      '（这里引用采用的是 semanticscholar，是因为它提供 [API](https://api.semanticscholar.org/api-docs/graph) 可以自动获取，不用手动更新。）\n';
    expect(entriesOf(md)).toEqual([]);
  });
});

describe('tables of names', () => {
  it('takes the linked name of a cell, with text in any language, as a name', () => {
    const md =
      '| 日期 | 标题 | 时长 |\n| --: | -- | --: |\n' +
      '| 10/23/22 | [Chain of Thought](https://arxiv.org/pdf/2201.11903.pdf) 论文、代码和资源 | 33:21 |\n' +
      '| 7/29/22 | [ViLT](https://arxiv.org/pdf/2102.03334.pdf) 论文精读 | 1:03:26 |\n' +
      '| 3/10/23 | [Anthropic LLM](https://arxiv.org/pdf/2204.05862.pdf) | 1:01:51 |\n' +
      '| 10/27/21 | [Attention Is All You Need](https://arxiv.org/abs/1706.03762) 逐段精读 | 1:27:05 |\n';
    expect(titles(entriesOf(md))).toEqual([
      ['Chain of Thought', 'name'],
      ['ViLT', 'name'],
      ['Anthropic LLM', 'name'],
      // A whole title stays one among names.
      ['Attention Is All You Need', 'full'],
    ]);
  });

  it('reads the title from a name column (名字) rather than the description', () => {
    const md =
      '| 已录制 | 年份 | 名字 | 简介 |\n| --- | --- | --- | --- |\n' +
      '| | 2014 | [VGG](https://arxiv.org/pdf/1409.1556.pdf) | 使用 3x3 卷积构造更深的网络 |\n' +
      '| ✅ | 2015 | [ResNet](https://arxiv.org/pdf/1512.03385.pdf) | 构建深层网络都要有的残差连接。 |\n' +
      '| | 2021 | [Non-deep networks](https://arxiv.org/pdf/2110.07641.pdf) | 让不深的网络也能在ImageNet刷到SOTA |\n';
    expect(titles(entriesOf(md))).toEqual([
      ['VGG', 'name'],
      ['ResNet', 'name'],
      ['Non-deep networks', 'name'],
    ]);
  });

  it('keeps whole titles written in a `Name` column full', () => {
    const md =
      '| **Name** | **Venue** | **Year** |\n| --- | --- | --- |\n' +
      '| [Large Language Models for Recommendation: Progresses and Future Directions](https://dl.acm.org/doi/abs/10.1145/3624918.3629550) | SIGIR-AP | 2023 |\n' +
      '| [Tutorial on Large Language Models for Recommendation](https://dl.acm.org/doi/10.1145/3604915.3609494) | RecSys | 2023 |\n';
    expect(titles(entriesOf(md)).map(([, kind]) => kind)).toEqual(['full', 'full']);
  });
});

describe('never authors, a venue or a date as the title', () => {
  it('keeps a bold title that ends in a number', () => {
    const md =
      '- **Representation Model Model Retrieval 54** *A. Author, B. Author.* NeurIPS 2019. [[paper](https://arxiv.org/abs/1901.00001)]\n';
    const [entry] = entriesOf(md);
    expect(entry).toMatchObject({
      title: 'Representation Model Model Retrieval 54',
      titleKind: 'full',
      venue: 'NeurIPS',
    });
  });

  it('still skips a bold venue tag before the title', () => {
    const md = '- **ICLR 24** Learning Something Useful, [paper](https://arxiv.org/abs/2401.00001)\n';
    expect(entriesOf(md)[0].title).toBe('Learning Something Useful');
  });

  it('ends a title where its authors start', () => {
    const md =
      '- Reducing the dimensionality of data with neural networks, G. Hinton and R. Salakhutdinov. [[pdf]](https://arxiv.org/abs/1901.00002)\n' +
      '- Theano: A Python framework for fast computation of mathematical expressions, R. Al-Rfou et al. [[pdf]](https://arxiv.org/abs/1901.00003)\n' +
      '- **Distilling the knowledge in a neural network** (2015), G. Hinton et al. [[pdf]](http://arxiv.org/pdf/1503.02531)\n';
    expect(entriesOf(md).map((e) => e.title)).toEqual([
      'Reducing the dimensionality of data with neural networks',
      'Theano: A Python framework for fast computation of mathematical expressions',
      'Distilling the knowledge in a neural network',
    ]);
  });

  it('ends a title before a venue and date in brackets', () => {
    const md =
      '- Neural Network and Deep Learning (Book, Jan 2017), Michael Nielsen. [[html]](http://neuralnetworksanddeeplearning.com/index.html)\n';
    expect(entriesOf(md)[0].title).toBe('Neural Network and Deep Learning');
  });

  it('leaves an entry whose only candidate is its authors untitled', () => {
    const md = '- *A. Author, B. Author* [paper](https://arxiv.org/abs/1901.00004)\n';
    const [entry] = entriesOf(md);
    expect(entry.title).toBe('');
    expect(entry.titleKind).toBeUndefined();
  });
});

describe('title kinds', () => {
  it('reads single-word model names as names and short titles by their neighbours', () => {
    const models =
      '- [DeepSeek-v2-236B-MoE](https://arxiv.org/abs/2405.04434)\n- [OPT-1.3|6.7|13|30|66B](https://arxiv.org/abs/2205.01068)\n- [T5](https://arxiv.org/abs/1910.10683)\n- [Llama 3.1-8|70|405B](https://llama.meta.com/)\n';
    expect(titles(entriesOf(models)).map(([, kind]) => kind)).toEqual(['name', 'name', 'name', 'name']);
    const papers =
      '- Wasserstein GAN (2017), M. Arjovsky et al. [[pdf]](https://arxiv.org/pdf/1701.07875v2)\n' +
      '- Understanding deep learning requires rethinking generalization (2017), C. Zhang et al. [[pdf]](https://arxiv.org/pdf/1611.03530)\n' +
      '- Least squares generative adversarial networks (2016), X. Mao et al. [[pdf]](https://arxiv.org/abs/1611.04076v2)\n';
    expect(titles(entriesOf(papers))).toEqual([
      ['Wasserstein GAN', 'full'],
      ['Understanding deep learning requires rethinking generalization', 'full'],
      ['Least squares generative adversarial networks', 'full'],
    ]);
  });

  it('calls a full title full even when a link and a description follow it', () => {
    const md =
      '- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) - Vaswani et al., NeurIPS 2017\n' +
      '- [Language Models are Few-Shot Learners](https://arxiv.org/abs/2005.14165) - introduces a model that learns from a few examples\n';
    expect(titles(entriesOf(md)).map(([, kind]) => kind)).toEqual(['full', 'full']);
  });
});

describe('a field label before the paper link', () => {
  it('takes the link text after `paper:`, `Paper -` or `论文：` as the title', () => {
    const md = [
      '## [(org/alpaca)|52K|EN](https://github.com/org/alpaca)',
      '',
      ' - Summary: a dataset of instructions',
      ' - paper: [How Close is ChatGPT to Human Experts? Comparison Corpus, Evaluation, and Detection](https://arxiv.org/abs/2301.07597)',
      ' - Cost: N/A',
      '',
      '## Papers',
      '',
      '- Paper: [Crosslingual Generalization through Multitask Finetuning](https://arxiv.org/abs/2211.01786)',
      '- Paper - [Self-Instruct: Aligning Language Models with Self-Generated Instructions](https://arxiv.org/abs/2212.10560)',
      '- 论文：[LLaMA: Open and Efficient Foundation Language Models](https://arxiv.org/abs/2302.13971)',
      '',
    ].join('\n');
    expect(entriesOf(md).map((e) => [e.title, e.titleKind, e.shortName])).toEqual([
      [
        'How Close is ChatGPT to Human Experts? Comparison Corpus, Evaluation, and Detection',
        'full',
        undefined,
      ],
      ['Crosslingual Generalization through Multitask Finetuning', 'full', undefined],
      ['Self-Instruct: Aligning Language Models with Self-Generated Instructions', 'full', 'Self-Instruct'],
      ['LLaMA: Open and Efficient Foundation Language Models', 'full', 'LLaMA'],
    ]);
  });

  it('keeps a label link after the field a label: `paper: [PDF](…)` gives no title', () => {
    const md = '- paper: [PDF](https://arxiv.org/abs/2211.01786)\n';
    expect(entriesOf(md).map((e) => e.title)).toEqual(['']);
  });
});

describe('a bold name, then the title in quotes (robotics lists)', () => {
  it('takes the quoted title, the bold name without brackets as short name, and the venue after it', () => {
    const md = [
      '## Planning',
      '* **ZSP**: "Language Models as Zero-Shot Planners: Extracting Actionable Knowledge for Embodied Agents", *ICML, Jan 2022*. [[Paper](https://arxiv.org/abs/2201.07207)]',
      '* **CoTPC**:"Chain-of-Thought Predictive Control", *arXiv, Apr 2023*, [[Paper](https://arxiv.org/abs/2304.00776)]',
      '* **[LLaRP]** "Large Language Models as Generalizable Policies for Embodied Tasks", *arXiv, Oct 2023*. [[Paper](https://arxiv.org/abs/2310.17722)]',
      '* **Gato**: "A Generalist Agent", *TMLR, Nov 2022*. [[Paper/PDF](https://openreview.net/pdf?id=1ikK0kHjvj)]',
      '* **Matcha**: "Chat with the Environment: Interactive Multimodal Perception using',
      '  Large Language Models", *IROS, 2023*. [[Paper](https://arxiv.org/abs/2303.08268)]',
      '* **ProgPrompt**: "ProgPrompt: Generating Situated Robot Task Plans using Large Language Models", *arXiv, Sept 2022*. [[Paper](https://arxiv.org/abs/2209.11302)]',
      '* **Robots Enact Malignant Stereotypes**: "Robots Enact Malignant Stereotypes", *FAccT, Jun 2022*. [[Paper](https://arxiv.org/abs/2207.11569)]',
      '',
    ].join('\n');
    const entries = entriesOf(md);
    expect(entries.map((e) => [e.title, e.titleKind, e.shortName, e.venue])).toEqual([
      [
        'Language Models as Zero-Shot Planners: Extracting Actionable Knowledge for Embodied Agents',
        'full',
        'ZSP',
        'ICML',
      ],
      ['Chain-of-Thought Predictive Control', 'full', 'CoTPC', undefined],
      ['Large Language Models as Generalizable Policies for Embodied Tasks', 'full', 'LLaRP', undefined],
      ['A Generalist Agent', 'full', 'Gato', 'TMLR'],
      [
        'Chat with the Environment: Interactive Multimodal Perception using Large Language Models',
        'full',
        'Matcha',
        'IROS',
      ],
      [
        'ProgPrompt: Generating Situated Robot Task Plans using Large Language Models',
        'full',
        'ProgPrompt',
        undefined,
      ],
      // A bold name that is the title itself names nothing shorter.
      ['Robots Enact Malignant Stereotypes', 'full', undefined, 'FAccT'],
    ]);
    expect(slice(md, entries[1].titleSpan)).toBe('Chain-of-Thought Predictive Control');
    expect(entries[0].dates.map((d) => d.text)).toEqual(['ICML, Jan 2022']);
  });

  it('reads the quoted title of a translated list, which stays a name when it mixes scripts', () => {
    const md =
      '* **RT-2**: "RT-2: 视觉语言动作模型将网络知识转移到机器人控制", *arXiv, 2023年7月*. [[论文](https://arxiv.org/abs/2307.15818)]\n';
    expect(entriesOf(md).map((e) => [e.title, e.titleKind, e.shortName])).toEqual([
      ['RT-2: 视觉语言动作模型将网络知识转移到机器人控制', 'name', 'RT-2'],
    ]);
  });
});

describe('numbered digest cells without bold (2025 weekly shape)', () => {
  const md = [
    '## Top ML Papers of the Week (March 31 - April 6) - 2025',
    '| **Paper**  | **Links** |',
    '| ------------- | ------------- |',
    '| 1) PaperBench  OpenAI introduces a new benchmark to test whether agents can replicate research papers from scratch.   ● A rigorous replication challenge – agents reproduce 20 papers from ICML 2024. | [Paper](https://arxiv.org/abs/2504.01848), [Tweet](https://x.com/a/status/1) |',
    '| 2) Command A: An Enterprise-Ready LLM  Cohere announced Command A, a 111B parameter open-weights LLM built for enterprise-grade tasks.   ● Modular expert merging for domain mastery. | [Paper](https://arxiv.org/abs/2504.00698), [Tweet](https://x.com/a/status/2) |',
    '| 3) Tracing the Thoughts of a Large Language Model ● Anthropic researchers explain how the model thinks across languages. | [Paper](https://transformer-circuits.pub/2025/biology.html) |',
    '| 4) Open Deep Search - an open framework that pairs a reasoning agent with a search tool for the web. | [Paper](https://arxiv.org/abs/2503.20201) |',
    '',
  ].join('\n');
  const entries = entriesOf(md);

  it('ends the title at two spaces, a `●` or a spaced dash, and reads the rest as description', () => {
    expect(titles(entries)).toEqual([
      ['PaperBench', 'name'],
      // A title with its subtitle stays full; a title that a description follows is otherwise a name.
      ['Command A: An Enterprise-Ready LLM', 'full'],
      ['Tracing the Thoughts of a Large Language Model', 'name'],
      ['Open Deep Search', 'name'],
    ]);
  });

  it('takes no venue or date from the description', () => {
    expect(entries.map((e) => [e.venue, e.dates.length])).toEqual([
      [undefined, 0],
      [undefined, 0],
      [undefined, 0],
      [undefined, 0],
    ]);
  });
});

describe('smaller shapes', () => {
  it('reads `<u>Name</u>:` before a bracketed link as a name, without the bracket', () => {
    const md = [
      '## Corpora',
      '11. <u>BigQuery</u>:  [[Source](https://cloud.google.com/bigquery/public-data?hl=zh-cn)]',
      '12. <u>CommonCrawl</u>:  [[Source](https://commoncrawl.org/)]',
      '13. <u>Pile</u>: **"The Pile: An 800GB Dataset of Diverse Text for Language Modeling"**. *Leo Gao et al*. arxiv 2021. [[Paper](https://arxiv.org/abs/2101.00027)]',
      '14. <u>ROOTS</u>: **"The BigScience ROOTS Corpus: A 1.6TB Composite Multilingual Dataset"**. *Hugo Laurençon et al*. NeurIPS 2022. [[Paper](https://arxiv.org/abs/2303.03915)]',
      '',
    ].join('\n');
    expect(titles(entriesOf(md))).toEqual([
      ['BigQuery', 'name'],
      ['CommonCrawl', 'name'],
      ['The Pile: An 800GB Dataset of Diverse Text for Language Modeling', 'full'],
      ['The BigScience ROOTS Corpus: A 1.6TB Composite Multilingual Dataset', 'full'],
    ]);
  });

  it('skips a venue tag in brackets and takes a bold name in parentheses as short name', () => {
    const md =
      '- [ICLR 2023] (***Bit Diffusion***) Analog Bits: Generating Discrete Data using Diffusion Models with Self-Conditioning [[Paper]](https://openreview.net/forum?id=3itjR9QxFw) [[Code]](https://github.com/x/y)\n';
    const [entry] = entriesOf(md);
    expect(entry).toMatchObject({
      title: 'Analog Bits: Generating Discrete Data using Diffusion Models with Self-Conditioning',
      titleKind: 'full',
      shortName: 'Bit Diffusion',
      venue: 'ICLR',
    });
    expect(entry.dates.map((d) => d.text)).toEqual(['ICLR 2023']);
  });

  it('still reads `[Name] (url)` as a broken link, not as a venue tag', () => {
    const md =
      '- [Amazon data 2014] (http://jmcauley.ucsd.edu/data/amazon/) Image-based Recommendations on Styles and Substitutes\n';
    expect(entriesOf(md).map((e) => e.title)).not.toContain(
      'Image-based Recommendations on Styles and Substitutes',
    );
  });

  it('calls a long bold title followed by a description full, a shorter one a name', () => {
    const md = [
      '| **Paper**  | **Links** |',
      '| ------------- | ------------- |',
      '| 1) **The Wisdom of Hindsight Makes Language Models Better Instruction Followers** - an alternative algorithm to train LLMs from feedback. | [Paper](https://arxiv.org/abs/2302.05206) |',
      '| 2) **Searching for Best Practices in RAG** - studies which choices in a retrieval pipeline matter most. | [Paper](https://arxiv.org/abs/2407.01219) |',
      '| 3) **MusicGen** - a simple and controllable model for music generation. | [Paper](https://arxiv.org/abs/2306.05284) |',
      '',
    ].join('\n');
    expect(titles(entriesOf(md))).toEqual([
      ['The Wisdom of Hindsight Makes Language Models Better Instruction Followers', 'full'],
      ['Searching for Best Practices in RAG', 'name'],
      ['MusicGen', 'name'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { compareTitles, hasWords, normalizeTitle, readsAsName, titleTokens } from '../../src/text/title.js';

describe('normalizeTitle', () => {
  it('folds case, NFKC, quotes, dashes, punctuation and line breaks', () => {
    expect(normalizeTitle('  “ChatGPT’s”  Capabilities —\nin   Recommender\tSystems! ')).toBe(
      'chatgpts capabilities in recommender systems',
    );
    expect(normalizeTitle('Ｆｕｌｌ－ｗｉｄｔｈ：Ｔｉｔｌｅ')).toBe('full width title');
    expect(normalizeTitle('Micro‐Video – Recommendation')).toBe('micro video recommendation');
  });

  it('removes LaTeX math delimiters, braces and commands', () => {
    expect(normalizeTitle('$k$-NN on {BERT}: \\emph{Fast} \\textbf{\\emph{Deep}} $\\alpha$-Nets')).toBe(
      'k nn on bert fast deep alpha nets',
    );
  });

  it('gives the empty string for titles without letters or digits', () => {
    expect(normalizeTitle(' -- ')).toBe('');
    expect(titleTokens(' -- ')).toEqual([]);
  });
});

describe('hasWords', () => {
  it('counts the words of a normalised title as splitting it at spaces would', () => {
    for (const title of ['', 'bert', 'attention is all you need', 'a b c', 'a b c d'])
      for (let count = 1; count <= 6; count++)
        expect(hasWords(title, count), `${title}: ${count}`).toBe(title.split(' ').length >= count);
  });
});

describe('titleTokens', () => {
  it('splits the normalised title into words', () => {
    expect(titleTokens('LLaRA: Aligning Large Language Models')).toEqual([
      'llara',
      'aligning',
      'large',
      'language',
      'models',
    ]);
  });
});

describe('compareTitles', () => {
  it("treats a title and the same title behind a short name as 'same'", () => {
    expect(
      compareTitles(
        'MicroLens: A Content-Driven Micro-Video Recommendation Dataset at Scale',
        'A Content-Driven Micro-Video Recommendation Dataset at Scale',
      ),
    ).toEqual({ match: 'same', score: 1 });
    expect(compareTitles('Chat-REC: Towards …', 'chat rec towards').match).toBe('same');
  });

  it("calls a typo 'near'", () => {
    const result = compareTitles(
      'Leveraging Large Langauge Models in Conversational Recommender Systems',
      'Leveraging Large Language Models in Conversational Recommender Systems',
    );
    expect(result.match).toBe('near');
    expect(result.score).toBeGreaterThan(0.9);
    expect(compareTitles('Recommender AI Agnet', 'Recommender AI Agent').match).toBe('near');
  });

  it("treats names lists write for a paper as 'same' (real short-name list cases)", () => {
    const cases: [string, string][] = [
      ['Chameleon', 'Chameleon: Mixed-Modal Early-Fusion Foundation Models'],
      ['Bi-Mamba', 'Bi-Mamba: Towards Accurate 1-Bit State Space Models'],
      ['Graph Neural Prompting with LLMs', 'Graph Neural Prompting with Large Language Models'],
      [
        'Computer Vision Through the Lens of Natural Language',
        'Towards Language Models That Can See: Computer Vision Through the LENS of Natural Language',
      ],
      [
        'Recommender Systems in the Era of Large Language Models',
        'Recommender Systems in the Era of Large Language Models (LLMs)',
      ],
      ['A Survey on Multimodal LLMs', 'A Survey on Multimodal Large Language Models'],
      ['Mamba2', 'Mamba-2'],
      ['GNNs for Recommendation', 'Graph Neural Networks for Recommendation'],
      // A missing space folds like a missing hyphen (real corpus typo).
      [
        'Leveraging Large Language Models in ConversationalRecommender Systems',
        'Leveraging Large Language Models in Conversational Recommender Systems',
      ],
    ];
    for (const [name, title] of cases) {
      expect(compareTitles(name, title).match, `${name} vs ${title}`).toBe('same');
      expect(compareTitles(title, name).match, `${title} vs ${name}`).toBe('same');
    }
  });

  it("does not call two papers 'same' for their words after the colon alone", () => {
    expect(compareTitles('BERT: A Survey of Pretraining', 'GPT: A Survey of Pretraining').match).not.toBe(
      'same',
    );
    expect(
      compareTitles(
        'Reflexion: an autonomous agent with dynamic memory and self-reflection',
        'Reflexion: Language Agents with Verbal Reinforcement Learning',
      ).match,
    ).not.toBe('same');
  });

  it("calls shortened, extended and renamed titles of one paper 'near'", () => {
    // Chinchilla: the arXiv title and the NeurIPS title.
    expect(
      compareTitles(
        'Training Compute-Optimal Large Language Models',
        'An empirical analysis of compute-optimal large language model training',
      ).match,
    ).toBe('near');
    expect(
      compareTitles(
        'Where to Go Next for Recommender Systems? ID-vs. Modality-based recommender models revisited',
        'Where to Go Next for Recommender Systems',
      ).match,
    ).toBe('near');
    // A citation string around the title.
    expect(
      compareTitles(
        'Geng, S., Liu, S., Fu, Z., Ge, Y., & Zhang, Y. (2022, September). Recommendation as language processing (rlp): A unified pretrain, personalized prompt & predict paradigm (p5). In *Proceedings of the 16th ACM Conference on Recommender Systems* (pp. 299-315).',
        'Recommendation as Language Processing (RLP): A Unified Pretrain, Personalized Prompt & Predict Paradigm (P5)',
      ).match,
    ).toBe('near');
    expect(
      compareTitles(
        'LLaRA: Large Language-Recommendation Assistant',
        'LLaRA: Aligning Large Language Models with Sequential Recommenders',
      ).match,
    ).toBe('near');
    expect(
      compareTitles('P5: a paradigm', 'Recommendation as Language Processing (RLP): A Unified Paradigm (P5)')
        .match,
    ).toBe('near');
  });

  it("calls a renamed version that keeps its key phrase 'near' (2308.10835, real corpus pair)", () => {
    expect(
      compareTitles(
        'Enhancing Recommender Systems with Large Language Model Reasoning Graphs',
        'LLMRG: Improving Recommendations through Large Language Model Reasoning Graphs',
      ).match,
    ).toBe('near');
  });

  it("does not call a name of three words or fewer 'different' from a full title", () => {
    const title =
      'Towards Next-Generation Recommender Systems: A Benchmark for Personalized Recommendation Assistant with LLMs';
    expect(compareTitles('RecBench+', title).match).toBe('near');
    expect(
      compareTitles('Amazon-Review 2023', 'Bridging Language and Items for Retrieval and Recommendation')
        .match,
    ).toBe('near');
    expect(compareTitles('Graph Transformers', 'Speech Models for Audio').match).toBe('different');
  });

  it("calls clearly different papers 'different' (real corpus collisions)", () => {
    const cases: [string, string][] = [
      [
        'VIP5: Towards Multimodal Foundation Models for Recommendation',
        'UP5: Unbiased Foundation Model for Fairness-aware Recommendation',
      ],
      [
        'LLaRA: Aligning Large Language Models with Sequential Recommenders',
        'E4SRec: An Elegant Effective Efficient Extensible Solution of Large Language Models for Sequential Recommendation',
      ],
      [
        'Towards Efficient and Effective Adaptation of Large Language Models for Sequential Recommendation',
        'Knowledge Plugins: Enhancing Large Language Models for Domain-Specific Recommendations',
      ],
      [
        'Exploring the Potential of Large Language Models in Graph Generation',
        'Call Me When Necessary: LLMs can Efficiently and Faithfully Reason over Structured Environments',
      ],
    ];
    for (const [a, b] of cases) {
      const result = compareTitles(a, b);
      expect(result.match, `${a} vs ${b}`).toBe('different');
      expect(result.score).toBeLessThanOrEqual(0.5);
    }
  });

  it('does not treat a generic word before a colon as a shared short name', () => {
    expect(
      compareTitles('Survey: Graph Neural Networks in Chemistry', 'Survey: Speech Recognition at Scale')
        .match,
    ).toBe('different');
  });

  it('is symmetric', () => {
    const pairs: [string, string][] = [
      ['MicroLens: A Dataset', 'A Dataset'],
      ['Graph Transformers', 'Speech Models for Audio'],
      [
        'Where to Go Next for Recommender Systems',
        'Where to Go Next for Recommender Systems? ID-vs. Modality',
      ],
    ];
    for (const [a, b] of pairs) expect(compareTitles(a, b)).toEqual(compareTitles(b, a));
  });

  it("never calls an empty title 'same' as a real one", () => {
    expect(compareTitles('', 'A Title').match).toBe('different');
    expect(compareTitles('', '').match).toBe('same');
  });
});

describe('readsAsName', () => {
  it('takes three words or fewer against a longer title, or its first words, for a name', () => {
    const mamba2 =
      'Transformers are SSMs: Generalized Models and Efficient Algorithms Through Structured State Space Duality';
    expect(readsAsName('Mamba-2', mamba2)).toBe(true);
    expect(
      readsAsName(
        'Chain of Thought',
        'Chain-of-Thought Prompting Elicits Reasoning in Large Language Models',
      ),
    ).toBe(true);
    expect(
      readsAsName(
        '4) MusicGen - a simple and controllable model for music generation',
        'Simple and Controllable Music Generation',
      ),
    ).toBe(true);
    expect(
      readsAsName(
        'Where to Go Next for Recommender Systems',
        'Where to Go Next for Recommender Systems? ID- vs. Modality-based Recommender Models Revisited',
      ),
    ).toBe(true);
  });

  it('does not take a full title of another paper, or a title missing a word, for a name', () => {
    // Four words, stopwords included: a title, not a name.
    expect(
      readsAsName(
        'Quantum Computers Are Cats',
        'Quantum Computers and Quantum Computer Languages: Quantum Assembly Language and Quantum C Language',
      ),
    ).toBe(false);
    expect(
      readsAsName(
        'Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism',
        'ZeRO: Memory Optimizations Toward Training Trillion Parameter Models',
      ),
    ).toBe(false);
    expect(
      readsAsName(
        'Leveraging Language Models in Conversational Recommender Systems',
        'Leveraging Large Language Models in Conversational Recommender Systems',
      ),
    ).toBe(false);
  });
});

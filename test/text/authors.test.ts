import { describe, expect, it } from 'vitest';
import { isAuthorList, isSurnamePair, leadingAuthors } from '../../src/text/authors.js';

describe('isAuthorList', () => {
  it.each([
    'Liu, M., Delbruck, T.',
    'Gallego, G., Delbruck, T., Orchard, G., Bartolozzi, C., Taba, B.',
    'Zhicheng Lu, Xiang Guo, Le Hui, Tianrui Chen, Min Yang',
    'Xiaodong Lan and Mac Schwager',
    'Colin Raffel et al.',
    'Gallego, G., et al.',
    'G. Hinton',
    'J.-Y. Zhu, T. Park',
    'Luc Van Gool, Radu Timofte',
    'Smith J, Jones K',
    'Nießner, M., O’Brien, K.',
    'N. Papernot',
    'S.-M. Moosavi-Dezfooli',
    'Sabour et al.',
    'S.-M. Moosavi-Dezfooli, A. Fawzi, and P. Frossard',
  ])('%s is an author list', (text) => {
    expect(isAuthorList(text)).toBe(true);
  });

  it.each([
    'Attention Is All You Need',
    'Deep Learning, Big Data',
    'Vision, Language, Action',
    'Segment Anything, Track Anything',
    'LLM See, LLM Do',
    'Sense and Sensibility',
    'Inpainting is All You Need: A Diffusion Approach',
    'Code Language Models: How Far Are We?',
    'GPT-4, Llama and Claude',
    'Deep Learning et al.',
    'Structural Ambiguity and Lexical Relations',
    '',
  ])('%s is no author list', (text) => {
    expect(isAuthorList(text)).toBe(false);
  });

  it('reads two surnames as a citation names them, apart from titles', () => {
    expect(isSurnamePair('Ha and Schmidhuber')).toBe(true);
    expect(isSurnamePair('Wang & Ba')).toBe(true);
    expect(isSurnamePair('Ha, Schmidhuber and Levine')).toBe(false);
    expect(isSurnamePair('pride and prejudice')).toBe(false);
  });

  it.each([
    [
      'I. J. Goodfellow, J. Shlens, and C. Szegedy, Explaining and Harnessing Adversarial Examples',
      'Explaining',
    ],
    ['Sabour et al., Adversarial Manipulation of Deep Representations', 'Adversarial'],
    ['Quoc V. Le and Tomas Mikolov: Distributed Representations of Sentences', 'Distributed'],
    // A name holding `et` and a lower-case particle among the first words.
    ['Bennet Smith, Hugo de Garis, Evolving Neural Circuits', 'Evolving'],
  ])('finds the author list that opens %s', (text, next) => {
    expect(text.slice(leadingAuthors(text))).toMatch(new RegExp(`^${next}`));
  });

  it.each([
    'Pixels and Words: Grounding Language in Images',
    'Quantum Computers and Quantum Computer Languages: Quantum Assembly Language',
    'Attention Is All You Need',
    // Six capitalised words before the first separator: no name is that long.
    'Alpha Beta Gamma Delta Epsilon Zeta, Title of the Paper',
    'with Alan Turing, Title',
  ])('finds no author list opening the title %s', (text) => {
    expect(leadingAuthors(text)).toBe(0);
  });
});

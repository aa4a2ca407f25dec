// dead-link on soft 404s: the chain in the message, and Papers with Code's successor on Hugging Face Papers.
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/fix.js';
import deadLink from '../../src/rules/dead-link.js';
import { type LinkVerdict, SOFT_NOT_FOUND } from '../../src/verify/types.js';
import { listOf } from '../helpers/list.js';
import { resultsOf } from './registry-results.js';

const TRENDING = 'https://huggingface.co/papers/trending';
const closed = (url: string): LinkVerdict => ({
  status: 'dead',
  reason: SOFT_NOT_FOUND,
  httpStatus: 200,
  chain: [url, TRENDING],
});

/** dead-link's findings on `markdown` whose `dead` links redirect to Hugging Face's trending papers. */
function check(markdown: string, dead: string[]) {
  const list = listOf(markdown);
  const findings = deadLink.check(
    list,
    resultsOf({ links: Object.fromEntries(dead.map((url) => [url, closed(url)])) }),
  );
  const { output } = applyFixes(
    markdown,
    findings.flatMap((f) => (f.fix ? [f.fix] : [])),
  );
  return { messages: findings.map((f) => f.message), output };
}

const PWC = 'https://paperswithcode.com/paper/attention-is-all-you-need';

describe('dead-link: soft 404', () => {
  it('names the redirect chain', () => {
    const url = 'https://lab.example.org/projects/tool';
    const { messages } = check(`- A Tool, [[site]](${url})\n`, [url]);
    expect(messages).toEqual([`Dead link: soft 404: redirected to a generic page (${url} → ${TRENDING})`]);
  });

  it('moves a Papers with Code paper link to the paper’s Hugging Face page, renaming a label that names the site', () => {
    const markdown = [
      `- Attention Is All You Need, NeurIPS 2017, [[paper]](https://arxiv.org/abs/1706.03762) [[pwc]](${PWC})`,
      `- Attention Is All You Need, [Papers with Code](${PWC}), [arXiv](https://arxiv.org/abs/1706.03762)`,
      `- Attention Is All You Need, [[PWC]](${PWC}) [[paper]](https://arxiv.org/pdf/1706.03762)`,
      `- Attention Is All You Need, [[code]](${PWC}) [[paper]](https://arxiv.org/abs/1706.03762)`,
      '',
    ].join('\n');
    const { messages, output } = check(markdown, [PWC]);
    expect(messages).toEqual(
      Array(4).fill(
        `Dead link: soft 404: redirected to a generic page (${PWC} → ${TRENDING}); Hugging Face Papers has the paper at https://huggingface.co/papers/1706.03762`,
      ),
    );
    expect(output.split('\n').map((line) => line.replace(/^.*?, /, ''))).toEqual([
      'NeurIPS 2017, [[paper]](https://arxiv.org/abs/1706.03762) [[hf]](https://huggingface.co/papers/1706.03762)',
      '[Hugging Face](https://huggingface.co/papers/1706.03762), [arXiv](https://arxiv.org/abs/1706.03762)',
      '[[HF]](https://huggingface.co/papers/1706.03762) [[paper]](https://arxiv.org/pdf/1706.03762)',
      '[[code]](https://huggingface.co/papers/1706.03762) [[paper]](https://arxiv.org/abs/1706.03762)',
      '',
    ]);
  });

  it('uses the label the list already gives Hugging Face Papers links', () => {
    const markdown = [
      '- BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding, [[paper]](https://arxiv.org/abs/1810.04805) [[🤗 page]](https://huggingface.co/papers/1810.04805)',
      `- Attention Is All You Need, [[paper]](https://arxiv.org/abs/1706.03762) [[pwc]](${PWC})`,
      '',
    ].join('\n');
    expect(check(markdown, [PWC]).output.split('\n')[1]).toBe(
      '- Attention Is All You Need, [[paper]](https://arxiv.org/abs/1706.03762) [[🤗 page]](https://huggingface.co/papers/1706.03762)',
    );
  });

  it('reads the page’s slug against the arXiv title when the entry writes a name', () => {
    const page = 'https://paperswithcode.com/paper/llama-open-and-efficient-foundation-language';
    const markdown = `- LLaMA, [[paper]](https://arxiv.org/abs/2302.13971) [[pwc]](${page})\n`;
    const list = listOf(markdown);
    const record = {
      id: '2302.13971',
      title: 'LLaMA: Open and Efficient Foundation Language Models',
      withdrawn: false,
    };
    const without = deadLink.check(list, resultsOf({ links: { [page]: closed(page) } }));
    expect(without[0].fix).toBeUndefined();
    const [finding] = deadLink.check(
      list,
      resultsOf({ links: { [page]: closed(page) }, arxiv: { '2302.13971': { status: 'found', record } } }),
    );
    expect(finding.fix?.replacement).toBe('[[hf]](https://huggingface.co/papers/2302.13971)');
  });

  it('proposes nothing for another paper’s page, an entry without one arXiv id, or one that links Hugging Face already', () => {
    const other = 'https://paperswithcode.com/paper/graph-convolutional-matrix-completion';
    const markdown = [
      // A real list's row: the code column links another paper's page.
      `| TALLRec | [TALLRec: An Effective and Efficient Tuning Framework to Align Large Language Model with Recommendation](https://arxiv.org/pdf/2305.00447) | [Python](${other}) |`,
      `- Attention Is All You Need, NeurIPS 2017, [[pwc]](${PWC})`,
      `- Attention Is All You Need, [[paper]](https://arxiv.org/abs/1706.03762) [[hf]](https://huggingface.co/papers/1706.03762) [[pwc]](${PWC})`,
      '',
    ].join('\n');
    const { messages, output } = check(markdown, [other, PWC]);
    expect(messages).toHaveLength(3);
    expect(messages.every((message) => !message.includes('Hugging Face Papers has'))).toBe(true);
    expect(output).toBe(markdown);
  });
});

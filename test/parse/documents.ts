// Random Markdown documents made of the shapes real paper lists use, with now and then a piece the fast reader
// must decline: parseDocument is compared with remark on them (document.test.ts).
import fc from 'fast-check';

/** Inline pieces the reader reads itself. */
const taken = fc.constantFrom(
  '![a](b.png)',
  '[![b](c)](d)',
  '![x [y] z](u)',
  '![`c`](u)',
  '![](u)',
  '![[a](b)](c)',
  '*',
  '**',
  '***',
  '**a**',
  '*b*',
  'x**y',
  "(*NeurIPS'23*)",
  '**Title**: ',
  '**[a](b)**',
  '[**a**](b)',
  '[a **b](c)** d',
  '**`c`**',
  '(*',
  '*.',
  '_a_',
  '__b__',
  'snake_case',
  '_',
  '(_x_)',
  '🔎',
  'Title',
  ' ',
  'a, b',
  ': ',
  '(',
  ')',
  '[',
  ']',
  'x]',
  '#',
  '.',
  '-',
  '=',
  '+',
  '|',
  '!',
  '⚠',
  'R&D',
  '&',
  '2023/05',
  '[paper](https://arxiv.org/abs/2301.00001)',
  '[[code]](https://github.com/a/b_c)',
  '[a [b] c](d)',
  '[a](b)[c](d)',
  '`MIT`',
  '` a `',
  '`a|b`',
  '``',
  '`',
  '\\*',
  '\\_',
  '\\[',
  '\\|',
  '\\',
  'a\\b',
  '<br>',
  '<br/>',
  '<b>x</b>',
  '</p>',
  '<img src="a.png" width="20">',
  "<a href='u'>",
  '<!-- c -->',
  '<3',
  '< b',
  '<',
  '  ',
);
/** Pieces it must decline (or read exactly when it learns them). */
const declined = fc.constantFrom(
  '[x](<a b>)',
  '[x](a "t")',
  '[x](a(b))',
  '[x]()',
  '~',
  '&amp;',
  'https://x.org',
  'www.x.org',
  'a@b.org',
  'PMAI@IJCAI 2023',
  'x@y.',
  '<https://x.org>',
  '<!-->',
  '<?x?>',
  '[^1]',
  '\u00a0',
  '\t',
  '`a]`',
  '[x] ',
  '1. ',
  '* ',
);
const content = fc
  .array(fc.oneof({ weight: 14, arbitrary: taken }, { weight: 1, arbitrary: declined }), { maxLength: 7 })
  .map((parts) => parts.join(''));

/** What may stand before a line's content: indentation, list markers and quote markers, nested. */
const prefix = fc
  .array(
    fc.constantFrom(
      '- ',
      '* ',
      '+ ',
      '1. ',
      '2. ',
      '1) ',
      '10. ',
      '-   ',
      '> ',
      '>',
      '  ',
      '   ',
      ' ',
      '    ',
    ),
    { maxLength: 3 },
  )
  .map((parts) => parts.join(''));

const tableLine = fc.oneof(
  fc.constantFrom('|---|:-:|', '|:--|--:|', '--|--', '| - | - |', '|-|', '|---|---|---|', ':-: | -'),
  fc
    .array(content, { minLength: 1, maxLength: 4 })
    .chain((cells) =>
      fc
        .constantFrom(['| ', ' | ', ' |'], ['|', '|', '|'], ['', ' | ', ''], ['| ', ' | ', ''])
        .map(([open, between, close]) => open + cells.join(between) + close),
    ),
);

const special = fc.constantFrom(
  '---',
  '***',
  '- - -',
  '*\t*\t*',
  '```',
  '~~~',
  '<div>',
  '</div>',
  '<details><summary>x</summary>',
  '</details>',
  '<p align="center">',
  '</p>',
  '<!--',
  '<!-- a -->',
  '-->',
  '<img src="a">',
  '<a href="b">',
  '<b>bold</b> text',
  '<pre>',
  '===',
  '##',
  '#',
  '-',
  '1.',
  '>',
  '[x]: y',
);

const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(prefix, content).map(([p, text]) => p + text) },
  { weight: 3, arbitrary: fc.tuple(prefix, tableLine).map(([p, text]) => p + text) },
  { weight: 2, arbitrary: fc.tuple(prefix, content).map(([p, text]) => `${p}## ${text}`) },
  fc.tuple(prefix, content).map(([p, text]) => `${p}# ${text}`),
  content.map((text) => `**${text}**`),
  content.map((text) => `_${text}_`),
  content,
  { weight: 4, arbitrary: fc.constantFrom('', ' ', '', '') },
  { weight: 2, arbitrary: fc.tuple(prefix, special).map(([p, text]) => p + text) },
);

export const documents = fc.array(line, { maxLength: 16 }).map((lines) => `${lines.join('\n')}\n`);

// `npm run lint-list`: the CLI from the committed build; with no file argument it lints the shipped example.
import { fileURLToPath } from 'node:url';

process.env.PAPERLINT_DEFAULT_FILE ||= fileURLToPath(new URL('../examples/papers.md', import.meta.url));
await import('../dist/cli.js');

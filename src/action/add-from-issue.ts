/**
 * `add-from-issue: true` on `issues` events: the arXiv papers an issue names are added to the list in its own
 * style on a new branch, in a pull request that closes the issue, and the issue is told what was done or why
 * not. Everything is done through the REST API (no checkout, no git): the list is read at the default
 * branch's head and committed with the contents API. Every piece of issue text is untrusted: only arXiv ids
 * (checked against arXiv's grammar) and a section name (compared with the list's headings) are read from it,
 * and nothing of it is echoed unescaped.
 */

import {
  AddError,
  type AddOutcome,
  addPaper,
  lineListing,
  type PaperToAdd,
  paperFromRecord,
} from '../add/index.js';
import { arxivIdFromUrl, findArxivIdsInText, parseArxivId } from '../arxiv/id.js';
import { escapeMarkdown } from '../report/markdown.js';
import type { FetchedPaper } from '../verify/index.js';
import type { RunContext } from './event.js';
import { type GitHubClient, httpStatusOf } from './github.js';
import { fenceFor } from './suggestions.js';

/** Papers one issue may add: a body listing hundreds of ids is not a request to honour in full. */
export const MAX_PAPERS_PER_ISSUE = 10;
/** Characters of an issue body read: ids past this are not looked for. */
const MAX_BODY = 65_536;

/** The part of an `issues` event payload this reads. */
export interface IssuePayload {
  action?: string;
  issue?: { number?: number; title?: string; body?: string | null; state?: string; pull_request?: unknown };
  repository?: { default_branch?: string; name?: string; owner?: { login?: string } };
}

/** The arXiv ids an issue names, in order, at most `MAX_PAPERS_PER_ISSUE`: arXiv links, `arXiv:` ids, a bare id on a line. */
export function arxivIdsOfIssue(text: string, today = new Date()): string[] {
  const body = text.slice(0, MAX_BODY);
  const found: Array<{ at: number; id: string }> = [];
  for (const match of body.matchAll(/\bhttps?:\/\/[^\s<>()[\]"'`]+|\barxiv\.org\/[^\s<>()[\]"'`]+/gi)) {
    const url = match[0].startsWith('http') ? match[0] : `https://${match[0]}`;
    const id = arxivIdFromUrl(url)?.id;
    if (id) found.push({ at: match.index, id });
  }
  for (const match of findArxivIdsInText(body)) found.push({ at: match.index, id: match.id });
  for (const match of body.matchAll(/^[ \t]*(\d{4}\.\d{4,5})(?:v\d+)?[ \t]*$/gm))
    found.push({ at: match.index, id: match[1] });
  const ids = found
    .sort((a, b) => a.at - b.at)
    .map(({ id }) => id)
    .filter((id) => parseArxivId(id, today).valid);
  return [...new Set(ids)].slice(0, MAX_PAPERS_PER_ISSUE);
}

/** The answer of an issue form's `Section` field (`### Section` then the answer), when one was given. */
export function sectionOfIssue(text: string): string | undefined {
  const answer = /^###[ \t]+Section[ \t]*\r?\n+[ \t]*([^\r\n]{1,200})/im
    .exec(text.slice(0, MAX_BODY))?.[1]
    .trim();
  return answer && answer !== '_No response_' ? answer : undefined;
}

export interface AddFromIssueOptions {
  /** The list's path in the repository. */
  file: string;
  fetchPapers: (ids: string[]) => Promise<Map<string, FetchedPaper>>;
  log: (line: string) => void;
}

/** What the run did, for the job summary. */
export interface AddFromIssueResult {
  issue?: number;
  pullRequest?: number;
  /** Markdown, escaped: one line per paper. */
  lines: string[];
}

/** A piece of text in a code block no line of it can close. */
function block(text: string): string {
  const fence = fenceFor(text);
  return `${fence}markdown\n${text}\n${fence}`;
}

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

/** One Markdown line about one paper, every outside text escaped. */
function told(id: string, outcome: AddOutcome | { kind: 'missing' }, file: string): string {
  if (outcome.kind === 'missing') return `- arXiv ${code(id)}: no such paper on arXiv.`;
  if (outcome.kind === 'refused')
    return `- arXiv ${code(id)}: not added, ${escapeMarkdown(outcome.reason)} of ${code(file)}.`;
  const section = escapeMarkdown(outcome.section.at(-1) ?? file);
  return `- arXiv ${code(id)}: added to ${code(file)} under *${section}* (${escapeMarkdown([outcome.why, outcome.order].filter(Boolean).join('; '))}):\n\n${block(outcome.entry)}`;
}

/** Adds under the section the issue names, else where the list's words say. */
function addSomewhere(source: string, paper: PaperToAdd, section: string): ReturnType<typeof addPaper> {
  try {
    return addPaper(source, paper, { section });
  } catch (error) {
    if (!(error instanceof AddError)) throw error;
    return addPaper(source, paper);
  }
}

/** The list at the head of `branch`, with the blob sha the contents API wants to replace it. */
async function readList(client: GitHubClient, context: RunContext, file: string, ref: string) {
  const { data } = await client.rest.repos.getContent({
    owner: context.owner,
    repo: context.repo,
    path: file,
    ref,
  });
  if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
    throw new AddError(`${file} is not a file in the repository`);
  }
  return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
}

/** Makes `branch` at `sha`; an existing branch (an edited issue run again) is taken as it is. */
async function ensureBranch(
  client: GitHubClient,
  context: RunContext,
  branch: string,
  sha: string,
): Promise<void> {
  try {
    await client.rest.git.createRef({
      owner: context.owner,
      repo: context.repo,
      ref: `refs/heads/${branch}`,
      sha,
    });
  } catch (error) {
    if (httpStatusOf(error) !== 422) throw error;
  }
}

/** Opens the pull request, or finds the one an earlier run opened for the branch. */
async function openPullRequest(
  client: GitHubClient,
  context: RunContext,
  request: { head: string; base: string; title: string; body: string },
): Promise<number> {
  const repo = { owner: context.owner, repo: context.repo };
  try {
    return (await client.rest.pulls.create({ ...repo, ...request })).data.number;
  } catch (error) {
    if (httpStatusOf(error) !== 422) throw error;
    const { data } = await client.rest.pulls.list({
      ...repo,
      head: `${context.owner}:${request.head}`,
      state: 'open',
    });
    if (!data[0]) throw error;
    return data[0].number;
  }
}

/**
 * Adds the issue's papers: reads the list at the default branch, writes the entries, commits them on
 * `paperlint/add-issue-<n>`, opens a pull request that closes the issue, and comments on the issue.
 */
export async function addFromIssue(
  client: GitHubClient,
  context: RunContext,
  payload: IssuePayload,
  options: AddFromIssueOptions,
): Promise<AddFromIssueResult> {
  const issue = payload.issue;
  const number = issue?.number;
  if (!issue || !number || issue.pull_request || issue.state === 'closed') {
    options.log('paperlint: add-from-issue: not an open issue, nothing to do');
    return { lines: [] };
  }
  const repo = { owner: context.owner, repo: context.repo };
  const comment = async (body: string) => {
    await client.rest.issues.createComment({ ...repo, issue_number: number, body });
  };
  const text = `${issue.title ?? ''}\n${issue.body ?? ''}`;
  const ids = arxivIdsOfIssue(text);
  if (ids.length === 0) {
    const line =
      'paperlint found no arXiv link in this issue: write one such as `https://arxiv.org/abs/2406.01234` (or `arXiv:2406.01234`).';
    await comment(line);
    return { issue: number, lines: [line] };
  }
  const base = payload.repository?.default_branch || (await client.rest.repos.get(repo)).data.default_branch;
  const list = await readList(client, context, options.file, base);
  let source = list.text;
  const lines: string[] = [];
  const added: string[] = [];
  const wanted = ids.filter((id) => {
    const line = lineListing(source, id);
    if (line !== undefined)
      lines.push(told(id, { kind: 'refused', reason: `already listed at line ${line}`, line }, options.file));
    return line === undefined;
  });
  const fetched = wanted.length > 0 ? await options.fetchPapers(wanted) : new Map<string, FetchedPaper>();
  const section = sectionOfIssue(issue.body ?? '');
  for (const id of wanted) {
    const paper = fetched.get(id);
    if (paper?.result.status === 'unverifiable')
      throw new Error(`could not fetch arXiv ${id}: ${paper.result.reason}`);
    if (paper?.result.status !== 'found') {
      lines.push(told(id, { kind: 'missing' }, options.file));
      continue;
    }
    const toAdd = paperFromRecord(id, paper.result.record, paper.dblp);
    let result: ReturnType<typeof addPaper>;
    try {
      // A section the issue names that the list has not: the list's own choice instead.
      result = section ? addSomewhere(source, toAdd, section) : addPaper(source, toAdd);
    } catch (error) {
      if (!(error instanceof AddError)) throw error;
      lines.push(`- arXiv ${code(id)}: not added, ${escapeMarkdown(error.message)}.`);
      continue;
    }
    source = result.output;
    if (result.outcome.kind === 'added') added.push(id);
    lines.push(told(id, result.outcome, options.file));
  }
  if (added.length === 0) {
    await comment(`paperlint added nothing:\n\n${lines.join('\n')}`);
    return { issue: number, lines };
  }
  const branch = `paperlint/add-issue-${number}`;
  const head = (await client.rest.git.getRef({ ...repo, ref: `heads/${base}` })).data.object.sha;
  await ensureBranch(client, context, branch, head);
  // The branch may hold an earlier run's commit: replace the file there, written from the default branch.
  const current = await readList(client, context, options.file, branch);
  const names = added.map((id) => `arXiv ${id}`).join(', ');
  await client.rest.repos.createOrUpdateFileContents({
    ...repo,
    path: options.file,
    branch,
    sha: current.sha,
    message: `Add ${names} (from #${number})`,
    content: Buffer.from(source, 'utf8').toString('base64'),
  });
  const pullRequest = await openPullRequest(client, context, {
    head: branch,
    base,
    title: `Add ${names}`,
    body: `Adds the papers issue #${number} asks for, written in the list's own style by paperlint.\n\n${lines.join('\n')}\n\nCloses #${number}`,
  });
  await comment(`paperlint opened #${pullRequest}:\n\n${lines.join('\n')}`);
  options.log(`paperlint: add-from-issue: opened pull request #${pullRequest} for issue #${number}`);
  return { issue: number, pullRequest, lines };
}

/** DOIs checked through the DOI handle API, so that publishers' bot walls are never touched. */

import {
  busyWait,
  lookupEach,
  type RegistryResponse,
  sendRegistryRequest,
  sleep,
  TransportError,
} from './registry-http.js';
import type { ClientOptions, DoiResult } from './types.js';

export interface DoiLookupOptions extends ClientOptions {
  /** The handle API root, `https://doi.org/api/handles`. */
  api: string;
  concurrency: number;
  /** Longest Retry-After honoured on 429/503, in ms (default 30 000). */
  maxRetryWait?: number;
}

/** Handle API response codes (https://www.doi.org/the-identifier/resources/factsheets/doi-resolution-documentation). */
const HANDLE_FOUND = 1;
const HANDLE_NOT_FOUND = 100;

/** `GET {api}/{doi}` with each path segment escaped: DOIs may hold `#`, `?`, `%`, `<` and spaces. */
export function handleUrl(api: string, doi: string): string {
  return `${api.replace(/\/+$/, '')}/${doi.split('/').map(encodeURIComponent).join('/')}`;
}

/** Reads the handle API's verdict from its JSON body; only the exact codes 1 and 100 decide. */
export function doiResultOf(status: number, body: string): DoiResult {
  let code: unknown;
  try {
    code = (JSON.parse(body) as { responseCode?: unknown }).responseCode;
  } catch {
    return { status: 'unverifiable', reason: `DOI API answered HTTP ${status} without JSON` };
  }
  if (code === HANDLE_FOUND) return { status: 'found' };
  if (code === HANDLE_NOT_FOUND) return { status: 'not-found' };
  return { status: 'unverifiable', reason: `DOI API answered HTTP ${status}, responseCode ${String(code)}` };
}

async function lookupOne(doi: string, options: DoiLookupOptions, count: () => void): Promise<DoiResult> {
  const maxRetryWait = options.maxRetryWait ?? 30_000;
  for (let attempt = 0; ; attempt++) {
    count();
    let response: RegistryResponse;
    try {
      response = await sendRegistryRequest(
        handleUrl(options.api, doi),
        { headers: { accept: 'application/json' } },
        options,
      );
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      return { status: 'unverifiable', reason: `DOI API: ${error.message}` };
    }
    if (response.status === 429 || response.status === 503) {
      const wait = busyWait(response.headers, attempt, { base: 1000, retries: 2, maxWait: maxRetryWait });
      if (wait === undefined)
        return { status: 'unverifiable', reason: `DOI API busy (HTTP ${response.status})` };
      await sleep(wait);
      continue;
    }
    return doiResultOf(response.status, response.body);
  }
}

/** Checks DOIs (any case; keyed lower-case) against the handle API, `concurrency` at a time. */
export async function lookupDois(
  dois: string[],
  options: DoiLookupOptions,
): Promise<{ results: Map<string, DoiResult>; requests: number }> {
  return lookupEach(
    dois.map((doi) => [doi.toLowerCase(), doi.toLowerCase()] as const),
    options.concurrency,
    (doi, count) => lookupOne(doi, options, count),
  );
}

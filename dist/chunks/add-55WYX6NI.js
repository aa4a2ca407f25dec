import { createRequire as __paperlintCreateRequire } from 'node:module';
const require = __paperlintCreateRequire(import.meta.url);
import {
  UsageError,
  httpUrl,
  positiveInteger
} from "./chunk-CLBCJEGJ.js";
import {
  applyFixes
} from "./chunk-DFCTN5XZ.js";
import {
  MONTHS,
  buildPaperList,
  isAuthorList,
  isPreprintLabel,
  linksOf,
  lintText,
  parseDocument,
  placeInOrder,
  readListSource,
  shortNameOf,
  venueStyleOf
} from "./chunk-XEMZG23Y.js";
import {
  DEFAULT_VERIFY_OPTIONS,
  arxivIdFromUrl,
  dblpVenueOf,
  findArxivIdsInText,
  parseArxivId,
  publishedVenue
} from "./chunk-EIDJZDLC.js";
import "./chunk-VJ2YKYWV.js";
import {
  compareTitles
} from "./chunk-2B4IKTUP.js";
import {
  InputError,
  replaceFile
} from "./chunk-TMKY6SYQ.js";
import "./chunk-6KEFYCYW.js";

// src/cli/add.ts
import path from "node:path";
import { parseArgs } from "node:util";

// src/add/diff.ts
var CONTEXT = 3;
function insertionDiff(file, before, after) {
  if (before === after) return "";
  const old = before.split("\n");
  const lines = after.split("\n");
  const walked = [];
  let i = 0;
  for (let j = 0; j < lines.length; j++) {
    if (i < old.length && lines[j] === old[i]) {
      walked.push({ kind: " ", text: lines[j], old: i + 1, new: j + 1 });
      i++;
    } else walked.push({ kind: "+", text: lines[j], old: i, new: j + 1 });
  }
  const changed = walked.flatMap((line, index) => line.kind === "+" ? [index] : []);
  const hunks = [];
  for (const index of changed) {
    const [from, to] = [Math.max(0, index - CONTEXT), Math.min(walked.length - 1, index + CONTEXT)];
    const last = hunks.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else hunks.push([from, to]);
  }
  const out = [`--- a/${file}`, `+++ b/${file}`];
  for (const [from, to] of hunks) {
    const part = walked.slice(from, to + 1);
    const context = part.filter((line) => line.kind === " ");
    const oldStart = context[0]?.old ?? part[0].old;
    out.push(`@@ -${oldStart},${context.length} +${part[0].new},${part.length} @@`);
    for (const line of part) out.push(`${line.kind}${line.text.replace(/\r$/, "")}`);
  }
  return `${out.join("\n")}
`;
}

// src/add/authors.ts
var WORD = String.raw`(?:\p{Lu}\.(?:\s?\p{Lu}\.)*|\p{Lu}[\p{L}'’-]+)`;
var PARTICLE = "(?:van|von|der|den|de|da|di|du|la|le|del|della|dos|bin|al)";
var NAME = String.raw`${WORD}(?:\s+(?:${PARTICLE}\s+)*${WORD}){0,3}`;
var LIST = new RegExp(
  String.raw`${NAME}(?:\s*,\s*${NAME})*(?:\s*,?\s*(?:and|&)\s+${NAME})?(?<etAl>\s*,?\s*et\s+al\.?)?`,
  "gu"
);
function findAuthors(text) {
  for (const match of text.matchAll(LIST)) {
    const etAl = match.groups?.etAl;
    const body = etAl ? match[0].slice(0, -etAl.length) : match[0];
    const items = body.split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/).filter((item) => item !== "");
    const inverted = items.length >= 2 && !items[0].includes(" ") && !items[1].includes(" ") && !/\./.test(items[0]);
    const names = inverted ? items.length - 1 : items.length;
    const fullNames = items.slice(inverted ? 2 : 0).every((item) => item.split(/\s+/).length >= 2);
    if (!(etAl || names >= 2 && fullNames)) continue;
    const first = inverted ? `${items[1]} ${items[0]}` : items[0];
    const read = inverted ? `${first}${match[0].slice(match[0].indexOf(items[1]) + items[1].length)}` : match[0];
    if (!isAuthorList(read)) continue;
    const lastJoin = /,\s*(?:and|&)\s+[^,]+$/.test(body) ? ", and " : /\s+(?:and|&)\s+[^,]+$/.test(body) ? " and " : ", ";
    return {
      start: match.index,
      end: match.index + match[0].length,
      style: {
        ...etAl && { etAl },
        initials: new RegExp("^\\p{Lu}\\.", "u").test(first),
        inverted,
        last: lastJoin
      }
    };
  }
  return void 0;
}
function nameLike(name, style, first) {
  const words = name.trim().split(/\s+/);
  const surname = words.at(-1) ?? "";
  const given = words.slice(0, -1);
  if (first && style.inverted) return given.length > 0 ? `${surname}, ${given.join(" ")}` : surname;
  if (style.initials && given.length > 0) return `${given[0][0]}. ${surname}`;
  return words.join(" ");
}
function writeAuthors(authors, style) {
  if (authors.length === 0) return void 0;
  if (style.etAl !== void 0)
    return `${nameLike(authors[0], style, true)}${authors.length > 1 ? style.etAl : ""}`;
  const names = authors.map((name, index) => nameLike(name, style, index === 0));
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(", ")}${style.last}${names.at(-1)}`;
}

// src/add/dates.ts
var FULL_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
function monthNameLike(sample, month) {
  const full = FULL_MONTHS[month - 1];
  const name = sample.length <= 3 ? full.slice(0, 3) : sample.length === 4 && month === 9 ? "Sept" : sample.length >= 5 ? full : full.slice(0, 3);
  if (sample === sample.toUpperCase()) return name.toUpperCase();
  if (sample === sample.toLowerCase()) return name.toLowerCase();
  return name;
}
var pad = (sample, value) => String(value).padStart(sample.length === 2 ? 2 : 1, "0");
var MONTH_NAMES = `(?:${MONTHS.map((stem) => `${stem}[a-z]*`).join("|")})`;
function dateLike(sample, date) {
  const forms = [
    [
      /(\d{4})(\s*年\s*)(\d{1,2})(\s*月)(?:(\s*)(\d{1,2})(\s*日))?/,
      (m) => date.month === void 0 || m[6] !== void 0 && date.day === void 0 ? void 0 : `${date.year}${m[2]}${pad(m[3], date.month)}${m[4]}${m[6] === void 0 ? "" : `${m[5]}${pad(m[6], date.day)}${m[7]}`}`
    ],
    [
      new RegExp(`(${MONTH_NAMES})(\\.?,?\\s+)(\\d{4})`, "i"),
      (m) => date.month === void 0 ? void 0 : `${monthNameLike(m[1], date.month)}${m[2]}${date.year}`
    ],
    [
      /(\d{4})([./-])(\d{1,2})(?:\2(\d{1,2}))?(?!\d)/,
      (m) => {
        if (date.month === void 0 || m[4] !== void 0 && date.day === void 0) return void 0;
        const day = m[4] === void 0 ? "" : `${m[2]}${pad(m[4], date.day)}`;
        return `${date.year}${m[2]}${pad(m[3], date.month)}${day}`;
      }
    ],
    [
      /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{2})(?!\d)/,
      (m) => date.month === void 0 || date.day === void 0 ? void 0 : `${pad(m[1], date.month)}/${pad(m[2], date.day)}/${String(date.year % 100).padStart(2, "0")}`
    ],
    [/(?<![\d.])(?:19|20)\d{2}(?![\d]|[./-]\d)/, () => String(date.year)],
    [/(?<=['’])\d{2}(?!\d)/, () => String(date.year % 100).padStart(2, "0")]
  ];
  for (const [pattern, render] of forms) {
    const match = pattern.exec(sample);
    if (!match) continue;
    const written = render(match);
    return written === void 0 ? void 0 : `${sample.slice(0, match.index)}${written}${sample.slice(match.index + match[0].length)}`;
  }
  return void 0;
}
function dateOfTimestamp(timestamp) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(timestamp ?? "");
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : void 0;
}

// src/add/model.ts
var partOf = (span) => ({
  start: span.start.offset,
  end: span.end.offset
});
function dateOf(list, date) {
  const part = partOf(date.span);
  if (list.source.slice(part.start, part.end) !== date.text) return void 0;
  return {
    ...part,
    text: date.text,
    label: date.label,
    year: date.year,
    ...date.month !== void 0 && { month: date.month }
  };
}
function ownEnd(list, entry) {
  const next = list.entries[entry.index + 1];
  const { start, end } = partOf(entry.span);
  return next && next.span.start.offset > start && next.span.start.offset < end ? next.span.start.offset : end;
}
function listedEntry(list, entry) {
  const { start } = partOf(entry.span);
  const end = ownEnd(list, entry);
  const inside = (part) => part.start >= start && part.end <= end;
  const links = entry.links.map(
    (link) => ({
      ...partOf(link.span),
      url: link.url,
      label: link.label,
      ...link.urlSpan && { urlStart: link.urlSpan.start.offset, urlEnd: link.urlSpan.end.offset },
      ...arxivIdFromUrl(link.url) && { arxivId: arxivIdFromUrl(link.url).id },
      image: list.source[link.span.start.offset] === "!"
    })
  );
  return {
    entry,
    kind: entry.kind,
    section: entry.section,
    start,
    end,
    fullEnd: entry.span.end.offset,
    line: entry.span.start.line,
    title: entry.title,
    ...entry.titleSpan && { titlePart: partOf(entry.titleSpan) },
    titleKind: entry.titleKind ?? "full",
    ...entry.shortName && { shortName: entry.shortName },
    ...entry.venue && { venue: entry.venue },
    dates: entry.dates.flatMap((date) => dateOf(list, date) ?? []).filter(inside),
    links: links.filter(inside),
    idsInText: entry.arxiv.flatMap((ref) => ref.link ? [] : [{ ...partOf(ref.span), id: ref.id }]).filter(inside),
    arxivIds: entry.arxiv.map((ref) => ref.id),
    dois: entry.dois.map((ref) => ref.doi)
  };
}
function entryOf(title, id, dates, section) {
  const point = { line: 0, column: 0, offset: 0 };
  const span = { start: point, end: point };
  return {
    index: -1,
    kind: "bullet",
    section,
    title,
    dates: dates.map((date) => ({ ...date, text: "", span })),
    links: [],
    arxiv: [{ id, span }],
    dois: [],
    span,
    text: title
  };
}
function listedEntries(list) {
  return list.entries.map((entry) => listedEntry(list, entry));
}
function shortNameOfTitle(title) {
  return shortNameOf(title);
}

// src/add/compose.ts
var GITHUB_REPO = /^https?:\/\/(?:www\.)?github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?:[/?#].*)?$/i;
function publishedAs(paper) {
  const venue = paper.venue;
  return venue?.short && venue.year !== void 0 && venue.track === void 0 ? { name: venue.name, year: venue.year } : void 0;
}
function arxivUrlLike(sample, id) {
  const pdf = /\/pdf\//i.test(sample);
  return `https://arxiv.org/${pdf ? "pdf" : "abs"}/${id}${pdf && /\.pdf(?:[?#]|$)/i.test(sample) ? ".pdf" : ""}`;
}
function escaped(text, table, inLink) {
  let out = text.replace(/\s+/g, " ").trim();
  if (table) out = out.replace(/\|/g, "\\|");
  if (inLink) out = out.replace(/([[\]])/g, "\\$1");
  return out.replace(/([*_`<])/g, "\\$1");
}
function titleFor(exemplar, paper) {
  return exemplar.titleKind === "name" ? shortNameOfTitle(paper.title) ?? paper.title : paper.title;
}
function dateFor(date, paper, style) {
  const published = publishedAs(paper);
  const labelled = date.label !== "" && date.text.toLowerCase().startsWith(date.label);
  const preprint = date.label === "" || isPreprintLabel(date.label);
  if (preprint) {
    if (published && style.venues && (labelled || date.month === void 0)) {
      const text2 = style.venues.render(style.venues.spelling(published.name), published.year);
      return { text: text2, label: published.name.toLowerCase(), year: published.year };
    }
    if (!paper.date) return void 0;
    const text = dateLike(date.text, paper.date);
    return text === void 0 ? void 0 : { text, label: date.label, ...paper.date };
  }
  if (!labelled) {
    const year = published ? { year: published.year } : paper.date;
    const text = year && dateLike(date.text, year);
    return text === void 0 || !year ? void 0 : { text, label: date.label, ...year };
  }
  const rest = date.text.slice(date.label.length);
  if (published) {
    const form = /^( |'|’| '| ’|-|)(\d{4}|\d{2})$/.exec(rest);
    if (!form) return void 0;
    const year = form[2].length === 2 ? String(published.year % 100).padStart(2, "0") : String(published.year);
    const name = style.venues?.spelling(published.name) ?? published.name;
    return { text: `${name}${form[1]}${year}`, label: published.name.toLowerCase(), year: published.year };
  }
  const own = style.preprintSample && paper.date && dateLike(style.preprintSample, paper.date);
  if (own) return { text: own, label: "arxiv", ...paper.date };
  const written = paper.date && dateLike(rest, paper.date);
  return written === void 0 ? void 0 : { text: `${style.preprint}${written}`, label: "arxiv", ...paper.date };
}
function codeRepository(exemplar) {
  for (const link of exemplar.links) {
    const match = !link.image && GITHUB_REPO.exec(link.url);
    if (match) return `${match[1]}/${match[2]}`;
  }
  return void 0;
}
function holesOf(exemplar, paper, style, repositories) {
  const holes = [];
  const dates = [];
  const table = exemplar.kind === "table";
  const source = style.source;
  const title = exemplar.titlePart;
  const titleInLink = (link) => title !== void 0 && title.start >= link.start && title.end <= link.end;
  if (title) {
    const inLink = exemplar.links.some(titleInLink);
    holes.push({ ...title, text: escaped(titleFor(exemplar, paper), table, inLink) });
  }
  for (const date of exemplar.dates) {
    const written = dateFor(date, paper, style);
    if (!written) return void 0;
    holes.push({ start: date.start, end: date.end, text: written.text });
    dates.push({ label: written.label, year: written.year, ...written.month && { month: written.month } });
  }
  const { from: repository, to: newRepository } = repositories;
  const keepLink = (link, url, inner) => {
    holes.push(url);
    let cursor = link.start;
    for (const part of [...inner, url].sort((a, b) => a.start - b.start)) {
      if (part.start > cursor)
        holes.push({ start: cursor, end: part.start, text: source.slice(cursor, part.start) });
      cursor = Math.max(cursor, part.end);
    }
    if (link.end > cursor) holes.push({ start: cursor, end: link.end, text: source.slice(cursor, link.end) });
  };
  for (const link of exemplar.links) {
    const titled = titleInLink(link) && !link.image;
    const hasUrl = link.urlStart !== void 0 && link.urlEnd !== void 0;
    if (link.arxivId !== void 0 || titled) {
      if (!hasUrl) return void 0;
      const url = link.arxivId !== void 0 ? arxivUrlLike(link.url, paper.id) : `https://arxiv.org/abs/${paper.id}`;
      keepLink(link, { start: link.urlStart, end: link.urlEnd, text: url }, titled && title ? [title] : []);
      continue;
    }
    const ofRepository = repository !== void 0 && link.url.includes(repository);
    if (ofRepository && newRepository && hasUrl) {
      const url = link.image ? link.url.replace(repository, newRepository) : paper.code;
      keepLink(link, { start: link.urlStart, end: link.urlEnd, text: url }, []);
      continue;
    }
    holes.push({ start: link.start, end: link.end, text: "" });
  }
  for (const id of exemplar.idsInText) {
    holes.push({
      ...id,
      text: source.slice(id.start, id.end).replace(/(\d{4}\.\d{4,5}|[a-z-]+\/\d{7})(v\d+)?/i, paper.id)
    });
  }
  if (exemplar.venue !== void 0 && !exemplar.dates.some((date) => date.label !== "" && date.text.toLowerCase().startsWith(date.label))) {
    const cell = new RegExp(`\\|\\s*(${exemplar.venue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})\\s*\\|`).exec(
      source.slice(exemplar.start, exemplar.end)
    );
    if (cell) {
      const start = exemplar.start + cell.index + cell[0].indexOf(cell[1]);
      const published = publishedAs(paper);
      const name = published ? style.venues?.spelling(published.name) ?? published.name : style.preprint;
      holes.push({ start, end: start + cell[1].length, text: name });
    }
  }
  const sorted = holes.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    holes: sorted.filter(
      (hole, i) => !sorted.slice(0, i).some((other) => hole.start < other.end && hole.end > other.end)
    ),
    dates
  };
}
function shortNameHole(exemplar, paper, source, holes) {
  const name = exemplar.shortName;
  if (!name || !exemplar.titlePart) return void 0;
  const text = source.slice(exemplar.start, exemplar.titlePart.start);
  const at = text.lastIndexOf(name);
  if (at < 0) return void 0;
  const start = exemplar.start + at;
  if (holes.some((hole) => start < hole.end && start + name.length > hole.start)) return void 0;
  const written = shortNameOfTitle(paper.title);
  const joint = written ? 0 : /^[\s:：\-–—]*/.exec(text.slice(at + name.length))?.[0].length ?? 0;
  return { start, end: start + name.length + joint, text: written ?? "" };
}
function wordsOutside(entry, source) {
  const parts = [
    ...entry.titlePart ? [entry.titlePart] : [],
    ...entry.dates,
    ...entry.links,
    ...entry.idsInText
  ].sort((a, b) => a.start - b.start);
  let text = "";
  let cursor = entry.start;
  for (const part of parts) {
    if (part.start >= cursor) text += ` ${source.slice(cursor, part.start)}`;
    cursor = Math.max(cursor, part.end);
  }
  text += ` ${source.slice(cursor, entry.end)}`;
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}
var SetAside = class {
  texts = [];
  token(text) {
    return text === "" ? "" : String.fromCharCode(57344 + this.texts.push(text) - 1);
  }
  restore(text) {
    return text.replace(/[\ue000-\uf8ff]/g, (token) => this.texts[token.charCodeAt(0) - 57344]);
  }
};
function fixedOnly(text, fixed) {
  return text.replace(
    /[\p{L}\p{N}][\p{L}\p{N}'’+&-]*/gu,
    (word) => fixed.has(word.toLowerCase()) ? word : ""
  );
}
function keptText(gap, paper, fixed, { from, to }, aside) {
  const authors = findAuthors(gap);
  const rewrite = (text) => fixedOnly(
    text.replace(
      /!?\[[^\]\n]*\]\([^)\s]*\)|<https?:[^>\s]*>|\bhttps?:\/\/\S+/g,
      (link) => from && to && link.includes(from) ? aside.token(link.replace(from, to)) : ""
    ),
    fixed
  );
  if (!authors) return rewrite(gap);
  const written = aside.token(writeAuthors(paper.authors, authors.style) ?? "");
  return `${rewrite(gap.slice(0, authors.start))}${written}${rewrite(gap.slice(authors.end))}`;
}
function tidy(text) {
  let out = text;
  for (let previous = ""; previous !== out; ) {
    previous = out;
    out = out.replace(/\(\s*[,;:|/·]*\s*\)|（\s*）|【\s*】|\[\s*[,;|]*\s*\](?!\()|\{\s*\}/g, "").replace(/\*\*\s*\*\*|__\s*__|``|""|“\s*”/g, "").replace(/([,;|/·])(?:\s*[,;|/·])+/g, "$1").replace(/(\S) +([,;.:!?](?=\s|$)|[）)\]])/g, "$1$2").replace(/([([（【])\s*[,;|/·]\s*/g, "$1").replace(/\s*[,;|/·]\s*([)\]）】]|$)/g, "$1").replace(/[,;]\s*\./g, ".").replace(/(\S) {2,}(?=\S)/g, "$1 ");
  }
  return out.replace(/[ \t]+$/g, "");
}
var MARKER = /^([ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+|[ \t]*\|)/;
function writeRow(row, holes, offset, fixed) {
  const pipes = [];
  for (let i = 0; i < row.length; i++) {
    const inHole = holes.some((hole) => offset + i >= hole.start && offset + i < hole.end);
    if (row[i] === "|" && row[i - 1] !== "\\" && !inHole) pipes.push(i);
  }
  let out = row.slice(0, pipes[0] ?? 0);
  for (let k = 0; k < pipes.length; k++) {
    const from = pipes[k] + 1;
    const to = pipes[k + 1] ?? row.length;
    out += "|";
    if (k === pipes.length - 1) {
      out += row.slice(from, to);
      break;
    }
    const inside = holes.filter((hole) => hole.start >= offset + from && hole.end <= offset + to);
    if (inside.length === 0) {
      out += row.slice(from, to).trim() === "" ? row.slice(from, to) : " ";
      continue;
    }
    let cell = "";
    let cursor = offset + from;
    for (const hole of inside) {
      if (hole.start < cursor) continue;
      cell += fixedOnly(row.slice(cursor - offset, hole.start - offset), fixed) + hole.text;
      cursor = hole.end;
    }
    cell += fixedOnly(row.slice(cursor - offset, to), fixed);
    out += cell;
  }
  return out;
}
function composeEntry(exemplar, paper, style, fixed) {
  const newRepository = paper.code && GITHUB_REPO.exec(paper.code);
  const repositories = {
    from: codeRepository(exemplar),
    ...newRepository && { to: `${newRepository[1]}/${newRepository[2]}` }
  };
  const found = holesOf(exemplar, paper, style, repositories);
  if (!found) return void 0;
  const { dates } = found;
  const short = shortNameHole(exemplar, paper, style.source, found.holes);
  const holes = short ? [...found.holes, short].sort((a, b) => a.start - b.start) : found.holes;
  const own = style.source.slice(exemplar.start, exemplar.end).replace(/\s+$/, "");
  if (exemplar.kind === "table") return { text: writeRow(own, holes, exemplar.start, fixed), dates };
  const marker = MARKER.exec(own)?.[0] ?? "";
  const aside = new SetAside();
  let text = "";
  let cursor = exemplar.start + marker.length;
  for (const hole of holes) {
    if (hole.start < cursor) continue;
    text += keptText(style.source.slice(cursor, hole.start), paper, fixed, repositories, aside) + aside.token(hole.text);
    cursor = hole.end;
  }
  text += keptText(
    style.source.slice(cursor, exemplar.start + own.length),
    paper,
    fixed,
    repositories,
    aside
  );
  return { text: marker + aside.restore(tidy(text)).replace(/^\s+/, ""), dates };
}

// src/add/place.ts
var key = (path2) => path2.join("\0");
function sectionsOf(entries) {
  const sections = /* @__PURE__ */ new Map();
  let outer;
  for (const entry of entries) {
    if (outer && entry.start < outer.fullEnd && entry.section.join() === outer.section.join()) continue;
    outer = entry;
    const found = sections.get(key(entry.section));
    if (found) found.entries.push(entry);
    else sections.set(key(entry.section), { path: entry.section, entries: [entry] });
  }
  return [...sections.values()];
}
var STOP_WORDS = new Set(
  "a an and are as at be by for from in into is it its of on or our the their this to towards toward via we with without using based new paper papers".split(
    " "
  )
);
function wordsOf(text) {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length > 1 && !STOP_WORDS.has(word)).map(
    (word) => word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word
  );
}
var normalHeading = (text) => text.replace(/[*_`]/g, "").replace(/\s+/g, " ").trim().toLowerCase();
function namedSection(sections, heading) {
  const wanted = normalHeading(heading);
  const tiers = [
    (path2) => normalHeading(path2.at(-1) ?? "") === wanted,
    (path2) => path2.some((name) => normalHeading(name) === wanted),
    (path2) => normalHeading(path2.at(-1) ?? "").includes(wanted)
  ];
  for (const matches of tiers) {
    const found = sections.filter((section) => matches(section.path));
    if (found.length === 1) return found[0];
    if (found.length > 1) return found;
  }
  return [];
}
function bestSection(sections, paperText) {
  const paper = new Set(wordsOf(paperText));
  const withPapers = sections.filter((section) => section.entries.some((entry) => entry.arxivIds.length > 0));
  if (withPapers.length > 0 && withPapers.length < sections.length) return bestSection(withPapers, paperText);
  const sectionCount = sections.length;
  const df = /* @__PURE__ */ new Map();
  for (const section of sections)
    for (const word of new Set(section.path.flatMap(wordsOf))) df.set(word, (df.get(word) ?? 0) + 1);
  const idf = (word) => Math.log((sectionCount + 1) / (df.get(word) ?? 0.5));
  let best;
  for (const section of sections) {
    const last = new Set(wordsOf(section.path.at(-1) ?? ""));
    const parents = new Set(section.path.slice(0, -1).flatMap(wordsOf));
    const shared = [.../* @__PURE__ */ new Set([...last, ...parents])].filter((word) => paper.has(word) && idf(word) > 0);
    const heading = shared.reduce((sum, word) => sum + idf(word) * (last.has(word) ? 2 : 1), 0);
    const titles = section.entries.reduce(
      (sum, entry) => sum + [...new Set(wordsOf(entry.title))].filter((word) => paper.has(word)).length,
      0
    );
    const score = heading * 10 + titles / Math.sqrt(section.entries.length);
    if (!best || score > best.score) best = { section, shared, score };
  }
  return best;
}
function placeIn(section, newcomer, today) {
  const placed = placeInOrder(
    section.entries.map((listed) => listed.entry),
    newcomer,
    today
  );
  if (!placed) return {};
  const before = placed.before && section.entries.find((listed) => listed.entry === placed.before);
  return { ...before && { before }, order: placed.order };
}

// src/add/index.ts
var AddError = class extends InputError {
  name = "AddError";
};
function paperFromRecord(id, record, dblp) {
  const venue = publishedVenue(record) ?? dblpVenueOf(record, dblp);
  const date = dateOfTimestamp(record.published);
  return {
    id,
    title: record.title,
    authors: record.authors ?? [],
    ...date && { date },
    ...venue && { venue },
    ...record.code && { code: record.code },
    ...record.abstract && { abstract: record.abstract },
    ...record.doi && { doi: record.doi }
  };
}
function parse(source) {
  return buildPaperList(parseDocument(source), source);
}
function idLine(list, id) {
  const entry = list.entries.find((candidate) => candidate.arxiv.some((ref) => ref.id === id));
  const link = linksOf(list).find((candidate) => arxivIdFromUrl(candidate.url)?.id === id);
  return entry?.span.start.line ?? link?.span.start.line;
}
function lineListing(source, id) {
  return idLine(parse(source), id);
}
function alreadyListed(list, entries, paper) {
  const byId = idLine(list, paper.id);
  const doi = paper.doi?.toLowerCase();
  const byDoi = doi ? entries.find((entry) => entry.dois.includes(doi)) : void 0;
  const byTitle = entries.find(
    (entry) => entry.titleKind === "full" && entry.title !== "" && compareTitles(entry.title, paper.title).match === "same"
  );
  const line = byId ?? byDoi?.line ?? byTitle?.line;
  if (line === void 0) return void 0;
  const how = byId !== void 0 ? `arXiv ${paper.id}` : byDoi ? `DOI ${paper.doi}` : "its title";
  return { kind: "refused", reason: `already listed (${how}) at line ${line}`, line };
}
function features(entry, source) {
  const arxiv = entry.links.find((link) => link.arxivId !== void 0);
  const form = arxiv ? arxiv.url.replace(/\d{4}\.\d{4,5}(v\d+)?|[a-z-]+\/\d{7}(v\d+)?/i, "ID") : "none";
  const gaps = entry.links.slice(1).map((link, i) => source.slice(entry.links[i].end, link.start));
  const date = entry.dates[0]?.text.replace(new RegExp("\\p{L}+", "gu"), "a").replace(/\d/g, "9") ?? "none";
  return [
    `form ${form}`,
    `label ${arxiv?.label ?? ""}`,
    `gaps ${gaps.join("|")}`,
    `date ${date}`,
    `kind ${entry.kind}`,
    `dates ${entry.dates.length}`
  ];
}
function exemplars(section, all, paper, source) {
  const own = section.entries.filter((entry) => entry.titlePart && entry.links.some((link) => link.arxivId));
  const pool = own.length > 0 ? own : all.filter((entry) => entry.titlePart && entry.links.some((link) => link.arxivId));
  const titled = pool.length > 0 ? pool : all.filter((entry) => entry.titlePart);
  const withCode = paper.code ? titled.filter((entry) => codeRepository(entry) !== void 0) : [];
  const candidates = withCode.length > 0 ? withCode : titled;
  const counts = /* @__PURE__ */ new Map();
  for (const entry of titled)
    for (const feature of features(entry, source)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const published = publishedAs(paper) !== void 0;
  const status = (entry) => {
    const venue = entry.dates.some((date) => date.label !== "" && !isPreprintLabel(date.label));
    return venue === published ? 1 : 0;
  };
  const score = (entry) => features(entry, source).reduce((sum, feature) => sum + (counts.get(feature) ?? 0), 0) * 10 + status(entry);
  return candidates.map((entry, index) => ({ entry, index, score: score(entry) })).sort((a, b) => b.score - a.score || b.index - a.index).map(({ entry }) => entry);
}
function fixedWords(exemplar, section, all, source) {
  const siblings = section.entries.filter((entry) => entry.kind === exemplar.kind);
  const sample = siblings.length >= 5 ? siblings : all.filter((entry) => entry.kind === exemplar.kind);
  const counts = /* @__PURE__ */ new Map();
  for (const entry of sample)
    for (const word of wordsOutside(entry, source)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return new Set(
    [...counts].filter(([, count]) => count >= sample.length / 2 && sample.length >= 3).map(([word]) => word)
  );
}
function preprintStyle(entries) {
  const samples = /* @__PURE__ */ new Map();
  for (const entry of entries)
    for (const date of entry.dates) {
      if (date.label !== "arxiv" || !date.text.toLowerCase().startsWith("arxiv")) continue;
      const shape = date.text.replace(/\d/g, "9");
      const known = samples.get(shape);
      samples.set(shape, { count: (known?.count ?? 0) + 1, text: date.text });
    }
  const best = [...samples.values()].sort((a, b) => b.count - a.count)[0];
  const dates = [...samples.values()].reduce((sum, sample) => sum + sample.count, 0);
  return best ? { preprint: best.text.slice(0, 5), preprintSample: best.text, dates } : { preprint: "arXiv", dates };
}
var lineStart = (source, offset) => source.lastIndexOf("\n", offset - 1) + 1;
var lineEnd = (source, offset) => {
  const end = source.indexOf("\n", offset);
  if (end < 0) return source.length;
  return source[end - 1] === "\r" ? end - 1 : end;
};
function fitted(text, neighbour, source, after) {
  const line = source.slice(lineStart(source, neighbour.start), lineEnd(source, neighbour.start));
  const marker = /^([ \t]*)(?:([-+*])|(\d{1,9})([.)]))([ \t]+)/.exec(line);
  const own = /^[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+/.exec(text);
  if (!marker || !own) return text;
  const [, indent, bullet, number, delimiter, space] = marker;
  const written = bullet ?? `${after ? Number(number) + 1 : Number(number)}${delimiter}`;
  const ownIndent = /^[ \t]*/.exec(text)[0];
  const body = text.slice(own[0].length).replace(new RegExp(`
${ownIndent}`, "g"), `
${indent}`);
  return `${indent}${written}${space}${body}`;
}
function insert(source, text, section, before) {
  const eol = source.includes("\r\n") ? "\r\n" : "\n";
  const neighbour = before ?? section.entries.at(-1);
  const block = neighbour.kind === "block";
  const entry = fitted(text, neighbour, source, !before).replace(/\n/g, eol);
  if (before) {
    const at = lineStart(source, before.start);
    return { output: `${source.slice(0, at)}${entry}${eol}${block ? eol : ""}${source.slice(at)}`, at };
  }
  const end = lineEnd(source, Math.max(neighbour.end, neighbour.fullEnd) - 1);
  const gap = block ? `${eol}${eol}` : eol;
  return { output: `${source.slice(0, end)}${gap}${entry}${source.slice(end)}`, at: end + gap.length };
}
function inListStyle(text, from, to, today) {
  const { findings, list } = lintText(text, "list", today ? { today } : {});
  const fixes = findings.flatMap(
    (finding) => finding.fix && (finding.rule === "entry-format" || finding.rule === "arxiv-url") && finding.fix.start >= from && finding.fix.end <= to ? [finding.fix] : []
  );
  if (fixes.length === 0) return { output: text, list };
  const output = applyFixes(text, fixes).output;
  return { output, list: parse(output) };
}
function addPaper(source, paper, options = {}) {
  const list = parse(source);
  const entries = listedEntries(list);
  if (entries.length === 0) throw new AddError("the list has no paper entries to take a style from");
  const listed = alreadyListed(list, entries, paper);
  if (listed) return { output: source, outcome: listed };
  const sections = sectionsOf(entries);
  let section;
  let why;
  if (options.section !== void 0) {
    const named = namedSection(sections, options.section);
    if (Array.isArray(named)) {
      const names = (named.length > 0 ? named : sections).map((candidate) => `'${candidate.path.at(-1)}'`);
      throw new AddError(
        `${named.length > 0 ? "several sections are" : "no section is"} called '${options.section}' (sections with papers: ${names.slice(0, 12).join(", ")}${names.length > 12 ? ", \u2026" : ""})`
      );
    }
    section = named;
    why = "--section";
  } else {
    const best = bestSection(sections, `${paper.title} ${paper.abstract ?? ""}`);
    section = best.section;
    why = best.shared.length > 0 ? `its heading shares ${best.shared.slice(0, 4).map((word) => `'${word}'`).join(", ")} with the paper` : "its papers' titles share the most words with the paper's";
  }
  const own = preprintStyle(section.entries);
  const { preprint, preprintSample } = own.dates >= 5 ? own : preprintStyle(entries);
  const style = {
    venues: venueStyleOf(list),
    preprint,
    ...preprintSample && { preprintSample },
    source
  };
  let composed;
  for (const version of paper.venue ? [paper, { ...paper, venue: void 0 }] : [paper]) {
    for (const exemplar of exemplars(section, entries, version, source)) {
      composed = composeEntry(exemplar, version, style, fixedWords(exemplar, section, entries, source));
      if (composed) break;
    }
    if (composed) break;
  }
  if (!composed)
    throw new AddError(`no entry of section '${section.path.at(-1)}' can be written for this paper`);
  const newcomer = entryOf(paper.title, paper.id, composed.dates, section.path);
  const place = placeIn(section, newcomer, options.today ?? /* @__PURE__ */ new Date());
  const inserted = insert(source, composed.text, section, place.before);
  const { output, list: after } = inListStyle(
    inserted.output,
    inserted.at,
    inserted.at + composed.text.length,
    options.today
  );
  const added = listedEntries(after).find(
    (entry) => entry.start <= inserted.at && inserted.at <= entry.end && entry.arxivIds.includes(paper.id)
  );
  if (!added) throw new AddError(`the entry written for ${paper.id} would not read as an entry of this list`);
  return {
    output,
    outcome: {
      kind: "added",
      line: added.line,
      entry: output.slice(added.start, added.end).trimEnd(),
      section: section.path,
      why,
      ...place.order && { order: place.order }
    }
  };
}

// src/cli/add.ts
var ADD_HELP = `Usage: paperlint add [options] <arXiv id or URL>...

Write the papers' entries into a list in its own style: title form, separators, date format, link label
and form, venue when arXiv says it is published, code link when the paper names a GitHub repository.

Options:
  --list <file>             the list to add to (default README.md)
  --section <heading>       the section to add under (default: the one whose heading best matches the paper)
  --dry-run                 print the change as a diff, write nothing
  --arxiv-api <url>         default ${DEFAULT_VERIFY_OPTIONS.arxivApi}
  --arxiv-interval <ms>     minimum gap between arXiv API requests (default ${DEFAULT_VERIFY_OPTIONS.arxivInterval})
  --timeout <ms>            per request (default ${DEFAULT_VERIFY_OPTIONS.timeout})
  --venues <dblp>           also ask DBLP where papers arXiv says nothing about were published
  --dblp-api <url>          default ${DEFAULT_VERIFY_OPTIONS.dblpApi}
  --allow-private-hosts     allow loopback/private/link-local API hosts (off by default)
  --help                    show this help

Exit codes: 0 every paper added, 1 a paper refused (already listed, no such paper), 2 usage or input error.
`;
function parse2(argv) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      list: { type: "string" },
      section: { type: "string" },
      "dry-run": { type: "boolean" },
      "arxiv-api": { type: "string" },
      "arxiv-interval": { type: "string" },
      timeout: { type: "string" },
      venues: { type: "string" },
      "dblp-api": { type: "string" },
      "allow-private-hosts": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
}
function arxivIdOfArgument(text, today = /* @__PURE__ */ new Date()) {
  const trimmed = text.trim();
  const guess = arxivIdFromUrl(
    /^[a-z]+:\/\//i.test(trimmed) || /arxiv\.org\//i.test(trimmed) ? trimmed : `https://arxiv.org/abs/${trimmed.replace(/^arxiv:\s*/i, "")}`
  ) ?? findArxivIdsInText(`arXiv:${trimmed}`)[0];
  if (!guess || !parseArxivId(guess.id, today).valid) {
    throw new UsageError(`'${text}' is not an arXiv id or arXiv URL`);
  }
  return guess.id;
}
function report(file, id, outcome) {
  if (outcome.kind === "refused") return `${file}:${outcome.line}  refused ${id}: ${outcome.reason}
`;
  const how = [outcome.why, outcome.order].filter(Boolean).join("; ");
  const entry = outcome.entry.split("\n").map((line) => `    ${line}`).join("\n");
  return `${file}:${outcome.line}  added ${id} under '${outcome.section.at(-1) ?? "(top)"}' (${how})
${entry}
`;
}
async function runAdd(argv, io) {
  let parsed;
  try {
    parsed = parse2(argv);
  } catch (error) {
    throw new UsageError(error.message.split("\n")[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(ADD_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("add expects at least one arXiv id or URL");
  if (values.venues !== void 0 && values.venues.toLowerCase() !== "dblp")
    throw new UsageError(`--venues expects dblp, got '${values.venues}'`);
  const asked = [...new Set(positionals.map((text2) => arxivIdOfArgument(text2)))];
  const network = {
    ...DEFAULT_VERIFY_OPTIONS,
    arxivApi: httpUrl("arxiv-api", values["arxiv-api"] ?? DEFAULT_VERIFY_OPTIONS.arxivApi),
    arxivInterval: positiveInteger("arxiv-interval", values["arxiv-interval"], DEFAULT_VERIFY_OPTIONS.arxivInterval, 0),
    timeout: positiveInteger("timeout", values.timeout, DEFAULT_VERIFY_OPTIONS.timeout),
    allowPrivateHosts: values["allow-private-hosts"] ?? false,
    ...values.venues !== void 0 && { venues: "dblp" },
    dblpApi: httpUrl("dblp-api", values["dblp-api"] ?? DEFAULT_VERIFY_OPTIONS.dblpApi)
  };
  const file = values.list ?? "README.md";
  const absolute = path.resolve(io.cwd, file);
  const source = await readListSource(absolute, file);
  if (!source.utf8) throw new InputError(`${file}: not valid UTF-8; save it as UTF-8 to add papers to it`);
  const original = source.text;
  let text = original.replace(/^\uFEFF/, "");
  const bom = original.length > text.length ? "\uFEFF" : "";
  const notes = [];
  const ids = asked.filter((id) => {
    const line = lineListing(text, id);
    if (line !== void 0)
      notes.push(`${file}:${line}  refused ${id}: already listed (arXiv ${id}) at line ${line}
`);
    return line === void 0;
  });
  let refused = ids.length < asked.length;
  const { fetchPapers } = await import("./verify-3CS7RKPH.js");
  const fetched = await fetchPapers(ids, network);
  for (const id of ids) {
    const { result } = fetched.get(id);
    if (result.status === "unverifiable") throw new AddError(`could not fetch ${id}: ${result.reason}`);
    if (result.status === "not-found") {
      refused = true;
      notes.push(`${file}  refused ${id}: no such paper on arXiv
`);
      continue;
    }
    const { output, outcome } = addPaper(text, paperFromRecord(id, result.record, fetched.get(id).dblp), {
      ...values.section !== void 0 && { section: values.section }
    });
    if (outcome.kind === "refused") refused = true;
    text = output;
    notes.push(report(file, id, outcome));
  }
  const changed = bom + text !== original;
  if (values["dry-run"]) {
    io.stdout.write(insertionDiff(file.split(path.sep).join("/"), original, bom + text));
    io.stderr.write(notes.join(""));
  } else {
    if (changed)
      await replaceFile(absolute, bom + text, {
        shownAs: file,
        unchanged: source.snapshot,
        writing: { task: "adding to it", notWritten: "nothing added", retry: "run paperlint add again" }
      });
    io.stdout.write(notes.join(""));
  }
  return refused ? 1 : 0;
}
export {
  ADD_HELP,
  arxivIdOfArgument,
  runAdd
};

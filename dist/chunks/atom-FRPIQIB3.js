// src/verify/atom.ts
import { XMLParser } from "fast-xml-parser";
var ATOM = "http://www.w3.org/2005/Atom";
var ARXIV = "http://arxiv.org/schemas/atom";
var XMLNS_PREFIX = "xmlns:";
var parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Needed for numeric character references (`&#233;`); named HTML entities stay undecoded, as XML wants.
  htmlEntities: true
});
function resolve(nodes, scope) {
  const elements = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((key) => key !== ":@" && key !== "#text");
    if (name === void 0) continue;
    const attributes = node[":@"] ?? {};
    let inner = scope;
    for (const [attribute, value] of Object.entries(attributes)) {
      if (attribute === "xmlns" || attribute.startsWith(XMLNS_PREFIX)) {
        if (inner === scope) inner = new Map(scope);
        inner.set(
          attribute === "xmlns" ? "" : attribute.slice(XMLNS_PREFIX.length),
          value
        );
      }
    }
    const colon = name.indexOf(":");
    const prefix = colon < 0 ? "" : name.slice(0, colon);
    const children = node[name] ?? [];
    elements.push({
      uri: inner.get(prefix) ?? "",
      local: colon < 0 ? name : name.slice(colon + 1),
      children: resolve(children, inner),
      text: children.map((child2) => typeof child2["#text"] === "string" ? child2["#text"] : "").join("")
    });
  }
  return elements;
}
function child(element, uri, local) {
  return element.children.find((c) => c.uri === uri && c.local === local);
}
function arxivIdOfEntryId(entryId) {
  const match = /\/abs\/(.+?)(?:v(\d+))?\/?$/.exec(entryId.trim());
  if (!match) return void 0;
  return match[2] === void 0 ? { id: match[1] } : { id: match[1], version: Number(match[2]) };
}
function erroredId(entryId, summary) {
  const fromId = /#incorrect_id_format_for_(.+)$/.exec(entryId.trim());
  if (fromId) return fromId[1];
  return /incorrect id format for\s+(\S+)/i.exec(summary)?.[1];
}
function parseArxivFeed(xml) {
  const root = resolve(parser.parse(xml.trimStart()), /* @__PURE__ */ new Map());
  const feed = root.find((element) => element.uri === ATOM && element.local === "feed");
  if (!feed) throw new Error("not an Atom feed");
  const entries = [];
  const errors = [];
  for (const entry of feed.children) {
    if (entry.uri !== ATOM || entry.local !== "entry") continue;
    const entryId = child(entry, ATOM, "id")?.text.trim() ?? "";
    const title = child(entry, ATOM, "title")?.text ?? "";
    if (entryId.includes("/api/errors")) {
      const message = (child(entry, ATOM, "summary")?.text ?? title).trim();
      errors.push({ id: erroredId(entryId, message), message });
      continue;
    }
    const parsed = arxivIdOfEntryId(entryId);
    if (!parsed) continue;
    const published = child(entry, ATOM, "published")?.text.trim();
    const comment = child(entry, ARXIV, "comment")?.text.trim();
    entries.push({
      ...parsed,
      title,
      ...published ? { published } : {},
      ...comment ? { comment } : {}
    });
  }
  return { entries, errors };
}
export {
  arxivIdOfEntryId,
  parseArxivFeed
};

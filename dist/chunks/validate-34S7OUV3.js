import {
  ConfigError,
  RULE_IDS,
  compileExclusion,
  didYouMean,
  quotedPattern
} from "./chunk-FUIKXAXA.js";
import "./chunk-OMTTI6XD.js";

// src/config/validate.ts
import { Ajv } from "ajv";

// schema/paperlintrc.schema.json
var paperlintrc_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/paperlint/paperlint/raw/main/schema/paperlintrc.schema.json",
  title: "paperlint configuration",
  description: 'Configuration for paperlint: .paperlintrc.json, .paperlintrc.jsonc, .paperlintrc, or the "paperlint" key of package.json, the nearest to each list.',
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: {
      description: "The JSON schema of this file, for editors.",
      type: "string"
    },
    rules: {
      description: 'Severity and options per rule: "off", "info", "warning", "error", or [severity, options].',
      type: "object",
      additionalProperties: false,
      properties: {
        "entry-format": {
          description: "Entries without a link or title, broken link syntax, and spacing, punctuation, date, label and separator styles that break the list's own convention; unknown rule ids in paperlint comments.",
          if: { type: "array" },
          then: {
            type: "array",
            items: [{ $ref: "#/definitions/severity" }, { $ref: "#/definitions/entryFormatOptions" }],
            minItems: 1,
            maxItems: 2
          },
          else: { $ref: "#/definitions/severity" }
        },
        "duplicate-entry": {
          description: "The same paper listed twice (same arXiv id, DOI, paper URL or title).",
          if: { type: "array" },
          then: {
            type: "array",
            items: [{ $ref: "#/definitions/severity" }, { $ref: "#/definitions/duplicateEntryOptions" }],
            minItems: 1,
            maxItems: 2
          },
          else: { $ref: "#/definitions/severity" }
        },
        "conflicting-link": {
          description: "One arXiv id, DOI or paper URL attached to entries with clearly different titles, or one entry linking two arXiv ids.",
          if: { type: "array" },
          then: {
            type: "array",
            items: [{ $ref: "#/definitions/severity" }, { $ref: "#/definitions/noOptions" }],
            minItems: 1,
            maxItems: 2
          },
          else: { $ref: "#/definitions/severity" }
        },
        "arxiv-url": {
          description: "Malformed or non-canonical arXiv links.",
          if: { type: "array" },
          then: {
            type: "array",
            items: [{ $ref: "#/definitions/severity" }, { $ref: "#/definitions/arxivUrlOptions" }],
            minItems: 1,
            maxItems: 2
          },
          else: { $ref: "#/definitions/severity" }
        },
        "arxiv-date": {
          description: "An entry's arXiv date that contradicts the month in its arXiv id.",
          if: { type: "array" },
          then: {
            type: "array",
            items: [{ $ref: "#/definitions/severity" }, { $ref: "#/definitions/arxivDateOptions" }],
            minItems: 1,
            maxItems: 2
          },
          else: { $ref: "#/definitions/severity" }
        },
        "entry-order": {
          description: "An entry out of place in a section that keeps its entries newest first, oldest first or by title.",
          if: { type: "array" },
          then: {
            type: "array",
            items: [{ $ref: "#/definitions/severity" }, { $ref: "#/definitions/noOptions" }],
            minItems: 1,
            maxItems: 2
          },
          else: { $ref: "#/definitions/severity" }
        },
        "dead-link": {
          description: "Links that are gone: 404/410, host names that no longer resolve, redirect loops.",
          if: { type: "array" },
          then: {
            type: "array",
            items: [{ $ref: "#/definitions/severity" }, { $ref: "#/definitions/noOptions" }],
            minItems: 1,
            maxItems: 2
          },
          else: { $ref: "#/definitions/severity" }
        },
        redirect: {
          description: "Links that permanently redirect (301/308) elsewhere; the fix points them at the target.",
          if: { type: "array" },
          then: {
            type: "array",
            items: [{ $ref: "#/definitions/severity" }, { $ref: "#/definitions/noOptions" }],
            minItems: 1,
            maxItems: 2
          },
          else: { $ref: "#/definitions/severity" }
        },
        "unverified-link": {
          description: "Links that could not be checked (bot walls, rate limits, timeouts, TLS errors, private addresses).",
          if: { type: "array" },
          then: {
            type: "array",
            items: [{ $ref: "#/definitions/severity" }, { $ref: "#/definitions/noOptions" }],
            minItems: 1,
            maxItems: 2
          },
          else: { $ref: "#/definitions/severity" }
        },
        "arxiv-not-found": {
          description: "arXiv ids that the arXiv API does not know (or a pinned version that does not exist).",
          if: { type: "array" },
          then: {
            type: "array",
            items: [{ $ref: "#/definitions/severity" }, { $ref: "#/definitions/noOptions" }],
            minItems: 1,
            maxItems: 2
          },
          else: { $ref: "#/definitions/severity" }
        },
        "arxiv-title-mismatch": {
          description: "An entry's title that is not the title of the arXiv paper it links to.",
          if: { type: "array" },
          then: {
            type: "array",
            items: [{ $ref: "#/definitions/severity" }, { $ref: "#/definitions/noOptions" }],
            minItems: 1,
            maxItems: 2
          },
          else: { $ref: "#/definitions/severity" }
        },
        "arxiv-withdrawn": {
          description: "arXiv papers that their authors withdrew (or that were retracted).",
          if: { type: "array" },
          then: {
            type: "array",
            items: [{ $ref: "#/definitions/severity" }, { $ref: "#/definitions/noOptions" }],
            minItems: 1,
            maxItems: 2
          },
          else: { $ref: "#/definitions/severity" }
        },
        "doi-not-found": {
          description: "DOIs that the DOI system does not know.",
          if: { type: "array" },
          then: {
            type: "array",
            items: [{ $ref: "#/definitions/severity" }, { $ref: "#/definitions/noOptions" }],
            minItems: 1,
            maxItems: 2
          },
          else: { $ref: "#/definitions/severity" }
        },
        "github-repo": {
          description: "Links to archived (read-only) GitHub repositories.",
          if: { type: "array" },
          then: {
            type: "array",
            items: [{ $ref: "#/definitions/severity" }, { $ref: "#/definitions/noOptions" }],
            minItems: 1,
            maxItems: 2
          },
          else: { $ref: "#/definitions/severity" }
        }
      }
    },
    ignore: {
      description: "Globs of files not to lint, relative to this file's folder.",
      type: "array",
      items: { type: "string", minLength: 1 }
    },
    hosts: {
      description: "Settings per host name (as in the link, without port) used when checking links: request headers, politeness.",
      type: "object",
      additionalProperties: { $ref: "#/definitions/hostSettings" }
    },
    links: {
      description: "Which links are verified.",
      type: "object",
      additionalProperties: false,
      properties: {
        exclude: {
          description: "Regular expressions (JavaScript syntax, case-sensitive, matched anywhere in the URL as written): a link that matches one gets no request, no verdict and no network finding, and counts as excluded in the summary. Added to --exclude.",
          type: "array",
          items: { type: "string", minLength: 1 }
        }
      }
    }
  },
  definitions: {
    severity: {
      description: '"off" disables the rule; the others set the severity of its findings.',
      enum: ["off", "info", "warning", "error"]
    },
    hostSettings: {
      type: "object",
      additionalProperties: false,
      properties: {
        headers: {
          description: "Extra request headers sent to this host.",
          type: "object",
          additionalProperties: { type: "string" }
        },
        interval: {
          description: "Minimum gap in ms between the starts of two requests to this host, instead of --host-interval (1000 = one request a second).",
          type: "integer",
          minimum: 0
        },
        concurrency: {
          description: "Requests in flight to this host, instead of --host-concurrency.",
          type: "integer",
          minimum: 1
        }
      }
    },
    noOptions: {
      description: "The rule has no options.",
      type: "object",
      additionalProperties: false
    },
    entryFormatOptions: {
      description: "Each sub-check of entry-format; false turns it off.",
      type: "object",
      additionalProperties: false,
      properties: {
        "no-link": {
          description: "An entry with no link at all, when most entries of its section (or list) have one.",
          type: "boolean",
          default: true
        },
        "empty-title": {
          description: "An entry with links but no title.",
          type: "boolean",
          default: true
        },
        "link-syntax": {
          description: "Markdown links that do not render as links; unbalanced brackets.",
          type: "boolean",
          default: true
        },
        spacing: {
          description: "Spaces around commas ('Systems,arxiv').",
          type: "boolean",
          default: true
        },
        whitespace: {
          description: "Runs of spaces that Markdown shows as one (an info).",
          type: "boolean",
          default: true
        },
        fullwidth: {
          description: "Full-width punctuation next to Latin text.",
          type: "boolean",
          default: true
        },
        date: {
          description: "A date written unlike the list's own dates ('2023/5' among '2023/05').",
          type: "boolean",
          default: true
        },
        label: {
          description: "A link label written unlike the list's own labels ('Paper' among 'paper').",
          type: "boolean",
          default: true
        },
        separator: {
          description: "What separates two links of an entry, when it differs from the list's own separator.",
          type: "boolean",
          default: true
        },
        directive: {
          description: "An unknown rule id in a paperlint comment.",
          type: "boolean",
          default: true
        }
      }
    },
    duplicateEntryOptions: {
      type: "object",
      additionalProperties: false,
      properties: {
        crossSection: {
          description: "Severity of a copy in another section: 'auto' infers it from the list (an info where the list cross-lists papers on purpose, a warning otherwise); 'off' ignores such copies.",
          enum: ["auto", "error", "warning", "info", "off"],
          default: "auto"
        }
      }
    },
    arxivUrlOptions: {
      type: "object",
      additionalProperties: false,
      properties: {
        prefer: {
          description: "Which page paper links should open: 'abs' or 'pdf' asks every paper link to open that page; 'any' accepts both.",
          enum: ["any", "abs", "pdf"],
          default: "any"
        },
        versions: {
          description: "'unpinned' asks for links to the latest version (no 'vN'); 'any' accepts both.",
          enum: ["any", "unpinned"],
          default: "any"
        }
      }
    },
    arxivDateOptions: {
      type: "object",
      additionalProperties: false,
      properties: {
        unlabelled: {
          description: "Whether dates without an arXiv label are compared with their ids: 'auto' when most of the file's unlabelled dates agree with their ids, 'always' or 'never'.",
          enum: ["auto", "always", "never"],
          default: "auto"
        }
      }
    }
  }
};

// src/config/validate.ts
var SEVERITIES = ["off", "info", "warning", "error"];
var TOP_LEVEL_KEYS = Object.keys(paperlintrc_schema_default.properties).filter((key) => key !== "$schema");
var compiled;
function validator() {
  compiled ??= new Ajv({ allErrors: false, strict: true, strictTuples: false, verbose: true }).compile(
    paperlintrc_schema_default
  );
  return compiled;
}
function alternatives(values) {
  return values.length === 1 ? values[0] : `${values.slice(0, -1).join(", ")} or ${values.at(-1)}`;
}
function dottedPath(instancePath, prefix) {
  const parts = instancePath.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
  let out = prefix;
  for (const part of parts) out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
  return out;
}
var show = (value) => typeof value === "string" ? `'${value}'` : JSON.stringify(value);
var ESLINT_SEVERITY = { 0: "off", 1: "warning", 2: "error" };
function suggestion(value, allowed) {
  const eslint = ESLINT_SEVERITY[String(value)];
  if (eslint && allowed.includes(eslint)) return ` (did you mean '${eslint}'?)`;
  return typeof value === "string" ? didYouMean(value, allowed) : "";
}
function allowedValues(error) {
  if (error.keyword === "enum") return alternatives(error.params.allowedValues.map(show));
  return error.params.type === "boolean" ? "true or false" : article(String(error.params.type));
}
var article = (type) => `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
function describeRuleOption(error, prefix) {
  const match = /^\/rules\/([^/]+)\/1(?:\/([^/]+))?$/.exec(error.instancePath);
  if (!match) return void 0;
  const [, rule, option] = match;
  const at = `${dottedPath(`/rules/${rule}`, prefix)}: `;
  if (option === void 0 && error.keyword === "additionalProperties") {
    const key = String(error.params.additionalProperty);
    const known = Object.keys(error.parentSchema.properties ?? {});
    if (known.length === 0) return `${at}takes no options, got '${key}'`;
    const guess = known.length > 1 ? didYouMean(key, known) : "";
    return `${at}unknown option '${key}' (expected ${alternatives(known.map(show))})${guess}`;
  }
  if (option === void 0 && error.keyword === "type")
    return `${at}options must be an object, got ${show(error.data)}`;
  if (option === void 0 || !(error.keyword === "enum" || error.keyword === "type")) return void 0;
  const name = option.replace(/~1/g, "/").replace(/~0/g, "~");
  const allowed = error.keyword === "enum" ? error.params.allowedValues.map(String) : [];
  return `${at}option '${name}' expects ${allowedValues(error)}, got ${show(error.data)}${suggestion(error.data, allowed)}`;
}
function describe(error, prefix) {
  const ruleOption = describeRuleOption(error, prefix);
  if (ruleOption) return ruleOption;
  const where = dottedPath(error.instancePath, prefix);
  const at = where ? `${where}: ` : "";
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      if (error.instancePath === "/rules") return `${at}unknown rule '${key}'${didYouMean(key, RULE_IDS)}`;
      if (error.instancePath === "")
        return `${at}unknown key '${key}' (expected ${alternatives(TOP_LEVEL_KEYS)})${didYouMean(key, TOP_LEVEL_KEYS)}`;
      return `${at}unknown key '${key}'`;
    }
    case "enum": {
      const allowed = error.params.allowedValues.map(String);
      const isSeverity = allowed.join() === SEVERITIES.join();
      return `${at}unknown ${isSeverity ? "severity" : "value"} ${show(error.data)} (expected ${alternatives(allowed)})${suggestion(error.data, allowed)}`;
    }
    case "type":
      return `${at}expected ${article(String(error.params.type))}, got ${show(error.data)}`;
    case "minimum":
      return `${at}expected at least ${error.params.limit}, got ${show(error.data)}`;
    case "minLength":
      return `${at}must not be empty`;
    case "minItems":
    case "maxItems":
      return `${at}expected [severity] or [severity, options]`;
    default:
      return `${at}${error.message ?? "invalid"}`;
  }
}
function validateConfig(value, file, prefix = "") {
  const validate = validator();
  if (validate(value)) {
    const config = value;
    for (const [index, source] of (config.links?.exclude ?? []).entries()) {
      const compiled2 = compileExclusion(source);
      if ("invalid" in compiled2) {
        const where = dottedPath(`/links/exclude/${index}`, prefix);
        throw new ConfigError(
          file,
          `${where}: invalid regular expression ${quotedPattern(source)} (${compiled2.invalid})`
        );
      }
    }
    return config;
  }
  const error = validate.errors?.find((e) => e.keyword !== "if");
  throw new ConfigError(file, error ? describe(error, prefix) : "invalid configuration");
}
export {
  validateConfig
};

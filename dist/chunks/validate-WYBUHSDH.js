import {
  ConfigError,
  compileExclusion,
  quotedPattern
} from "./chunk-6DJ5CSLU.js";
import {
  RULE_IDS,
  didYouMean
} from "./chunk-HKNDKFV7.js";
import "./chunk-RPG5BQVK.js";

// src/config/validate.ts
import { Ajv } from "ajv";

// schema/paperlintrc.schema.json
var paperlintrc_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/paperlint/paperlint/raw/main/schema/paperlintrc.schema.json",
  title: "paperlint configuration",
  description: 'Configuration for paperlint: .paperlintrc.json, .paperlintrc, or the "paperlint" key of package.json.',
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: {
      description: "The JSON schema of this file, for editors.",
      type: "string"
    },
    rules: {
      description: "Severity and options per rule.",
      type: "object",
      additionalProperties: false,
      properties: {
        "entry-format": { $ref: "#/definitions/ruleSetting" },
        "duplicate-entry": { $ref: "#/definitions/ruleSetting" },
        "conflicting-link": { $ref: "#/definitions/ruleSetting" },
        "arxiv-url": { $ref: "#/definitions/ruleSetting" },
        "arxiv-date": { $ref: "#/definitions/ruleSetting" },
        "entry-order": { $ref: "#/definitions/ruleSetting" },
        "dead-link": { $ref: "#/definitions/ruleSetting" },
        redirect: { $ref: "#/definitions/ruleSetting" },
        "unverified-link": { $ref: "#/definitions/ruleSetting" },
        "arxiv-not-found": { $ref: "#/definitions/ruleSetting" },
        "arxiv-title-mismatch": { $ref: "#/definitions/ruleSetting" },
        "arxiv-withdrawn": { $ref: "#/definitions/ruleSetting" },
        "doi-not-found": { $ref: "#/definitions/ruleSetting" },
        "github-repo": { $ref: "#/definitions/ruleSetting" }
      }
    },
    ignore: {
      description: "Globs of files not to lint.",
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
    ruleSetting: {
      description: "A severity, or [severity, options].",
      if: { type: "array" },
      then: {
        type: "array",
        items: [{ $ref: "#/definitions/severity" }, { $ref: "#/definitions/ruleOptions" }],
        minItems: 1,
        maxItems: 2
      },
      else: { $ref: "#/definitions/severity" }
    },
    ruleOptions: {
      description: "Options of the rule (see the rule's documentation).",
      type: "object"
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
function describe(error, prefix) {
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
      return `${at}unknown ${isSeverity ? "severity" : "value"} ${show(error.data)} (expected ${alternatives(allowed)})`;
    }
    case "type": {
      const type = String(error.params.type);
      return `${at}expected ${/^[aeiou]/.test(type) ? "an" : "a"} ${type}, got ${show(error.data)}`;
    }
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

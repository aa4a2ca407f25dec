import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import formats from 'ajv-formats';

const schema = JSON.parse(
  readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
);

// ajv-formats is CommonJS: its plugin is `module.exports` and, for ESM callers, also its `default`.
const addFormats = formats.default;

/**
 * The official schema is draft-04, which ajv 8 reads once told that `id` (not `$id`) names a schema, as
 * the ajv-draft-04 package does. The keywords it uses (type, enum, anyOf, oneOf, required, pattern,
 * format, $ref, items, minimum, minItems, uniqueItems) mean the same in draft-04 and draft-07; only the
 * meta-schema check of the schema itself is skipped.
 */
export const ajv = new Ajv({ schemaId: 'id', validateSchema: false, strict: false, allErrors: true });
ajv.removeKeyword('id');
addFormats(ajv);
export const validateSarif = ajv.compile(schema);

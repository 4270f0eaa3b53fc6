/**
 * Validates a GitHub Actions workflow against GitHub's own workflow schema, with the parser
 * GitHub publishes (`@actions/workflow-parser`, the one behind its editor tooling), offline.
 * The package's entry point imports its schema JSON without an import attribute, which Node
 * refuses, so the same steps are taken here from its modules, with the schema read from disk.
 */

import { readFile } from "node:fs/promises";
import { JSONObjectReader } from "@actions/workflow-parser/templates/json-object-reader";
import { TemplateSchema } from "@actions/workflow-parser/templates/schema/index";
import {
  TemplateContext,
  TemplateValidationErrors,
} from "@actions/workflow-parser/templates/template-context";
import { readTemplate } from "@actions/workflow-parser/templates/template-reader";
import { NoOperationTraceWriter } from "@actions/workflow-parser/templates/trace-writer";
import { WORKFLOW_ROOT } from "@actions/workflow-parser/workflows/workflow-constants";
import { YamlObjectReader } from "@actions/workflow-parser/workflows/yaml-object-reader";

const SCHEMA = new URL(
  "../../node_modules/@actions/workflow-parser/dist/workflow-v1.0.min.json",
  import.meta.url,
);
let schema: TemplateSchema | undefined;

/** The schema errors of a workflow file's text (empty when it is valid). */
export async function workflowErrors(name: string, content: string): Promise<string[]> {
  schema ??= TemplateSchema.load(new JSONObjectReader(undefined, await readFile(SCHEMA, "utf8")));
  const context = new TemplateContext(new TemplateValidationErrors(), schema, new NoOperationTraceWriter());
  const fileId = context.getFileId(name);
  const reader = new YamlObjectReader(fileId, content);
  if (reader.errors.length > 0) return reader.errors.map((e) => e.message);
  readTemplate(context, WORKFLOW_ROOT, reader, fileId);
  return context.errors.getErrors().map((e) => e.message);
}

// Lint rules: typescript-eslint's recommended set over every TypeScript file of the project.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * The layers, one way only: site → worker → grader/CLI → host → compile → guest, with the trace
 * and the protocol shared by all. `forbid(files, patterns, why)` refuses imports whose path matches.
 */
const forbid = (files, patterns, message) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns: patterns.map((regex) => ({ regex, message })) }] },
});
const SITE = "(^|/)(island|course|progress|pages|components|user-components)/";
const layers = [
  forbid(
    ["runtime/guest/**/*.ts"],
    ["(^|/)(host|compile|build)/", "(^|/)src/"],
    "The guest runs inside QuickJS: it imports only guest modules, protocol.ts and trace.ts.",
  ),
  forbid(
    ["runtime/compile/**/*.ts"],
    ["(^|/)(host|guest|build)/", "(^|/)src/"],
    "The compiler sits below the host and above nothing but the protocol.",
  ),
  forbid(
    ["runtime/host/**/*.ts"],
    ["(^|/)guest/", "(^|/)src/"],
    "The host drives the guest through protocol.ts only; it never imports guest modules.",
  ),
  forbid(
    ["runtime/protocol.ts", "runtime/trace.ts"],
    ["^\\./"],
    "The protocol and the trace are the shared bottom layer: they import nothing of the project.",
  ),
  forbid(
    ["src/grader/**/*.ts", "src/exercise-folders/**/*.ts"],
    [SITE, "(^|/)(worker|cli)/", "runtime/(guest|host|compile|build)/"],
    "The grader reads traces; it is given a runner, and knows nothing of the site, the worker or the sandbox's insides.",
  ),
  forbid(
    ["src/cli/**/*.ts"],
    [SITE, "(^|/)worker/", "runtime/(guest|compile)/"],
    "The CLI is a host of the sandbox, beside the worker: it imports the host, the grader and the exercises.",
  ),
  forbid(
    ["src/worker/**/*.ts"],
    [SITE, "(^|/)cli/", "runtime/guest/"],
    "The worker sits below the site: the site imports the worker's protocol, never the other way.",
  ),
  forbid(
    ["src/island/**/*.ts", "src/course/**/*.ts", "src/progress/**/*.ts"],
    ["runtime/(guest|host|compile|build)/"],
    "The site talks to the sandbox through the worker only.",
  ),
];

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      ".astro/",
      "vendor/",
      "**/*.d.ts",
      "tests/differential/programs/",
      "public/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...layers,
  {
    // The guest runs inside QuickJS on a virtual clock: no wall-clock API may be read there.
    files: ["runtime/guest/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...[
          "performance",
          "setTimeout",
          "setInterval",
          "clearTimeout",
          "clearInterval",
          "queueMicrotask",
        ].map((name) => ({
          name,
          message: "Guest code runs on the virtual clock: use clock.ts or the loop.",
        })),
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Guest code runs on the virtual clock: use clock.ts.",
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Guest code runs on the virtual clock: use clock.ts.",
        },
      ],
    },
  },
  {
    // Learner-facing programs use the sandbox's globals (print, StopIteration…).
    files: [
      "content/examples/**/*.ts",
      "exercises/**/*.ts",
      "tests/**/programs/**/*.ts",
      "bench/programs/**/*.ts",
    ],
    languageOptions: { globals: { print: "readonly", StopIteration: "readonly" } },
  },
  {
    // A starter is a skeleton: the helpers it gives the learner stay unused until the learner uses them.
    files: ["exercises/*/starter.ts"],
    rules: { "@typescript-eslint/no-unused-vars": "off" },
  },
);

// Lint rules: typescript-eslint's recommended set over every TypeScript file of the project.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", ".astro/", "**/*.d.ts", "tests/differential/programs/", "public/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
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

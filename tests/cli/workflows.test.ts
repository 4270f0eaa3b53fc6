import { readdir, readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { workflowErrors } from "./workflow-schema.ts";

interface Workflow {
  jobs: Record<string, { steps: { run?: string; uses?: string; env?: Record<string, string> }[] }>;
}

const read = (file: string) => readFile(file, "utf8");

describe("the repository's GitHub workflows", () => {
  it("are valid by GitHub's workflow schema", async () => {
    const files = (await readdir(".github/workflows")).filter((f) => f.endsWith(".yml"));
    expect(files.sort()).toEqual(["ci.yml", "pages.yml"]);
    for (const file of files) {
      expect(await workflowErrors(file, await read(`.github/workflows/${file}`)), file).toEqual([]);
    }
  });

  it("CI runs the CI entry point, .ci/run", async () => {
    const ci = parse(await read(".github/workflows/ci.yml")) as Workflow;
    const runs = Object.values(ci.jobs).flatMap((job) => job.steps.filter((s) => s.run !== undefined));
    expect(runs.map((s) => s.run)).toEqual(["bash .ci/run"]);
    // GitHub's Ubuntu images have Google Chrome; setup.sh then installs no browser.
    expect(runs[0].env?.LOOPLAB_CHROMIUM).toBe("/usr/bin/google-chrome");
    expect(await read("scripts/setup.sh")).toContain('[ ! -x "${LOOPLAB_CHROMIUM:-/usr/bin/chromium}" ]');
  });

  it("Pages builds the site for the repository's sub-path and deploys dist/", async () => {
    const pages = parse(await read(".github/workflows/pages.yml")) as Workflow;
    const steps = pages.jobs.deploy.steps;
    const build = steps.find((s) => s.run === "npm run build");
    expect(build?.env?.LOOPLAB_BASE).toBe("/${{ github.event.repository.name }}/");
    expect(steps.map((s) => s.uses?.split("@")[0]).filter(Boolean)).toEqual([
      "actions/checkout",
      "actions/setup-node",
      "actions/configure-pages",
      "actions/upload-pages-artifact",
      "actions/deploy-pages",
    ]);
  });

  it("docs/deploy.md shows the Pages workflow as it is", async () => {
    expect(await read("docs/deploy.md")).toContain(
      `\`\`\`yaml\n${await read(".github/workflows/pages.yml")}\`\`\``,
    );
  });
});

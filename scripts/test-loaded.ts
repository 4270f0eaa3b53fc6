/**
 * `npm run test:loaded`: the whole test suite while two other processes keep both cores busy, as
 * on a teacher's laptop or a shared CI runner. No verdict may depend on the machine's speed, so
 * this must pass exactly as `npm test` does; the burners stop when the suite ends.
 */
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import process from "node:process";

const BURNERS = Math.max(2, availableParallelism());
const burners = Array.from({ length: BURNERS }, () =>
  spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }),
);
console.log(`test:loaded: ${burners.length} CPU-burning processes running beside the suite`);

const stopBurners = () => {
  for (const burner of burners) burner.kill("SIGKILL");
};
process.on("SIGINT", () => {
  stopBurners();
  process.exit(130);
});

const suite = spawn("npm", ["test"], { stdio: "inherit" });
suite.on("exit", (code, signal) => {
  stopBurners();
  process.exit(code ?? (signal ? 1 : 0));
});

/**
 * Runs a command's `main` and sets the exit code it returns; an unexpected error is printed with
 * its stack under the command's name and exits 1, so a crash never looks like success.
 */
export function runCli(name: string, main: (args: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`${name}: ${text}\n`);
      process.exitCode = 1;
    },
  );
}

/**
 * Runs a script's `main` and exits with its code (0 when it returns nothing), or with 1 after
 * printing the error's message: the scripts leave child processes and sockets that would otherwise
 * keep Node alive.
 */
export function runMain(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}

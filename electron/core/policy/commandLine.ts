/**
 * Switches that open the running app to another process: a remote debugger or an inspector
 * can read every decrypted case and the vault key out of memory. A packaged build refuses to
 * start with any of them (the fuses already ignore NODE_OPTIONS and --inspect for Node).
 */
const DEBUGGING_SWITCHES = ['--remote-debugging-port', '--remote-debugging-pipe', '--remote-debugging-address', '--remote-allow-origins', '--inspect', '--inspect-brk', '--inspect-port', '--debug', '--js-flags'];

/** The debugging switches among `argv` (each as given, with its value). */
export function debuggingSwitches(argv: readonly string[]): string[] {
  return argv.filter((arg) => DEBUGGING_SWITCHES.some((name) => arg === name || arg.startsWith(`${name}=`) || arg.startsWith(`${name}-`)));
}

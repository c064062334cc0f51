/** What a command hands back to the entry point, which alone writes to the terminal. */
export interface CommandResult {
  code: number;
  stdout?: string;
  stderr?: string;
}
